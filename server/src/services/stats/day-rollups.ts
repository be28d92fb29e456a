import type { Core } from '@strapi/strapi';
import { consecutiveRuns, decodeTally, encodeTally, splitByDay, utcDayStart, type Tally } from '../../domain/stats';
import { STATS_DAY_UID } from '../../uids';
import { newDocumentId } from '../../utils';
import type { Span } from './queries';
import { num } from './sql';

const INSERT_CHUNK = 100;
const range = (first: number, end: number) => Array.from({ length: Math.max(0, end - first) }, (_, i) => first + i);

/**
 * The dashboard's day rollups: the tally of each closed UTC day, one row a day in
 * helpdesk_stats_days, so 90 days of figures are 90 rows to read instead of every ticket.
 *
 * A row is fresh while its `computedRevision` equals its `revision`. A write that touches a kept
 * day bumps the revision after it has written (day-rollup-touches.ts), within its transaction when
 * it has one; a recomputation that read the tickets before that write then stores an older
 * revision than the row has, so the day is recomputed on the next read instead of kept stale.
 */
export function createDayRollups(strapi: Core.Strapi, tallyOf: (span: Span) => Promise<Tally>) {
  const meta = strapi.db.metadata.get(STATS_DAY_UID as any);
  const table = meta.tableName;
  const column = (name: string) => (meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name;
  const [day, revision, computed, tally, documentId, createdAt, updatedAt] = [
    'day',
    'revision',
    'computedRevision',
    'tally',
    'documentId',
    'createdAt',
    'updatedAt',
  ].map(column);
  const rows = () => strapi.db.getConnection(table);
  /** A day marked as changed since it was counted. */
  const bumped = () => ({ [revision]: strapi.db.connection.raw('?? + 1', [revision]) });
  /** The table within a transaction, in the connection's schema as getConnection() gives it. */
  const rowsIn = (trx: any) => {
    const schema = strapi.db.getSchemaName();
    return schema ? trx(table).withSchema(schema) : trx(table);
  };

  /** Rows for days never kept, so a touch during their first computation has something to bump. */
  const insertMissing = async (days: number[]) => {
    const at = new Date();
    for (let i = 0; i < days.length; i += INSERT_CHUNK) {
      await rows()
        .insert(days.slice(i, i + INSERT_CHUNK).map((d) => ({ [day]: d, [revision]: 0, [computed]: -1, [documentId]: newDocumentId(strapi, STATS_DAY_UID), [createdAt]: at, [updatedAt]: at })))
        .onConflict(day)
        .ignore();
    }
  };

  return {
    /** The tallies of the UTC days [firstDay, endDay), recomputing those not kept or touched since. */
    async tallies(firstDay: number, endDay: number): Promise<Tally[]> {
      const kept = new Map<number, Tally>();
      /** Days to compute, with the revision the computation answers. */
      const due = new Map<number, number>();
      const seen = new Set<number>();
      for (const row of await rows().select(day, revision, computed, tally).where(day, '>=', firstDay).where(day, '<', endDay)) {
        const d = num(row[day]);
        seen.add(d);
        const stored = num(row[computed]) === num(row[revision]) ? decodeTally(row[tally], d) : null;
        if (stored) kept.set(d, stored);
        else due.set(d, num(row[revision]));
      }
      const missing = range(firstDay, endDay).filter((d) => !seen.has(d));
      if (missing.length) {
        await insertMissing(missing);
        // Read back: another instance may have made or touched them in between.
        for (const row of await rows().select(day, revision).whereIn(day, missing)) due.set(num(row[day]), num(row[revision]));
      }

      for (const [first, end] of consecutiveRuns([...due.keys()])) {
        const days = range(first, end);
        const byDay = splitByDay(await tallyOf({ from: utcDayStart(first), to: utcDayStart(end) }), days);
        const at = new Date();
        await strapi.db.transaction(async ({ trx }) => {
          for (const d of days) {
            await rowsIn(trx)
              .where(day, d)
              .update({ [tally]: encodeTally(byDay.get(d)!), [computed]: due.get(d)!, [updatedAt]: at });
          }
        });
        for (const d of days) kept.set(d, byDay.get(d)!);
      }
      return [...kept.values()];
    },

    /** Marks kept days as changed; days not kept need nothing. */
    async touch(days: Iterable<number>): Promise<void> {
      const list = [...new Set(days)];
      if (!list.length) return;
      const bump = (query: any) => query.whereIn(day, list).update(bumped());
      // Inside the write's transaction when it has one, so the mark commits (or rolls back) with it.
      if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ trx }) => bump(rowsIn(trx)));
      else await bump(rows());
    },

    /** Marks every kept day as changed: after writes made below Strapi (an SQL import, say). */
    async recount(): Promise<void> {
      await rows().update(bumped());
    },
  };
}

export type DayRollups = ReturnType<typeof createDayRollups>;
