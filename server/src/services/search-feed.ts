import { performance } from 'node:perf_hooks';
import type { Core } from '@strapi/strapi';
import { advance, pending, startAt } from '../domain/search/feed-cursor';
import { getPluginService } from '../utils';
import { SEARCH_CHANGE_UID } from '../uids';

/** Changes read at most per round; the next round goes on after the last one read. */
const READ_LIMIT = 500;
/** Changes are kept this long: an instance that has been away longer rebuilds its index at boot anyway. */
const KEEP_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * The search change feed. Each FAQ or documentation write adds a row in its own transaction
 * (`middlewares/search-sync.ts`); every instance reads the rows it has not seen and re-reads those
 * documents into its index. Several Strapi instances on one database thus converge within one read
 * interval, with the database as the only thing they share.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Tells this instance's own changes apart: it applied them to its index as it made them. */
  const origin = () => getPluginService(strapi, 'job-lease').instanceId;
  const query = () => strapi.db.query(SEARCH_CHANGE_UID as any);
  let cursor = startAt(0);
  let timer: NodeJS.Timeout | undefined;
  let reading = false;
  // Elapsed time only (gap ages, pruning), so a monotonic timer rather than the clock service.
  let lastPrune = performance.now();

  const prune = async () => {
    if (performance.now() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = performance.now();
    await query().deleteMany({ where: { createdAt: { $lt: new Date(Date.now() - KEEP_MS) } } });
  };

  return {
    /** Records that a searchable document changed; runs in the caller's transaction. */
    async record(uid: string, documentId: string): Promise<void> {
      await query().create({ data: { sourceUid: uid, sourceDocumentId: documentId, origin: origin() } });
    },

    /** Starts after the newest change there is now; call it before the index is built from the database. */
    async prime(): Promise<void> {
      const newest = await query().findOne({ select: ['id'], orderBy: { id: 'desc' } });
      cursor = startAt(Number(newest?.id ?? 0));
    },

    /** Applies the changes other instances made since the last read; returns how many documents it re-read. */
    async readChanges(): Promise<number> {
      if (reading) return 0;
      reading = true;
      try {
        const { after, gapIds } = pending(cursor);
        const rows: Array<{ id: number; sourceUid: string; sourceDocumentId: string; origin: string }> = await query().findMany({
          where: gapIds.length ? { $or: [{ id: { $gt: after } }, { id: { $in: gapIds } }] } : { id: { $gt: after } },
          select: ['id', 'sourceUid', 'sourceDocumentId', 'origin'],
          orderBy: { id: 'asc' },
          limit: READ_LIMIT,
        });
        const changed = new Map<string, { uid: string; documentId: string }>();
        const own = origin();
        for (const row of rows) {
          if (row.origin !== own) changed.set(`${row.sourceUid}#${row.sourceDocumentId}`, { uid: row.sourceUid, documentId: row.sourceDocumentId });
        }
        const search = getPluginService(strapi, 'search');
        for (const { uid, documentId } of changed.values()) await search.reindex(uid, documentId);
        // Only now: a failed re-read leaves the cursor where it was, so the next round retries it.
        cursor = advance(
          cursor,
          rows.map((row) => Number(row.id)),
          performance.now()
        );
        await prune();
        return changed.size;
      } finally {
        reading = false;
      }
    },

    start(intervalMs: number): void {
      this.stop();
      timer = setInterval(() => {
        this.readChanges().catch((error: Error) => strapi.log.error(`[helpdesk] Reading the search change feed failed: ${error.message}`));
      }, intervalMs);
      // The feed must never keep a process alive that is otherwise done.
      timer.unref();
    },

    stop(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
};
