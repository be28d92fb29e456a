/**
 * Where an instance stands in the search change feed: the highest change id it has read, plus the
 * ids below it that it has not seen yet.
 *
 * Change ids come from an auto-increment column, and transactions commit out of order: id 8 can be
 * visible while id 7's transaction is still open. Reading only `id > position` would then skip 7
 * for good. So a missing id becomes a gap that is asked for again on each read, until it shows up
 * or is old enough to be a rolled-back transaction (auto-increment ids are never reused).
 */
export interface FeedCursor {
  position: number;
  /** Missing change id → when it was first noticed (ms). */
  gaps: ReadonlyMap<number, number>;
}

/** Far beyond any transaction's lifetime; a gap older than this was rolled back. */
export const GAP_TTL_MS = 5 * 60 * 1000;
/** A jump larger than this (e.g. a MySQL auto-increment jump after a restart) is not tracked id by id. */
export const MAX_GAPS = 1000;

export const startAt = (position: number): FeedCursor => ({ position, gaps: new Map() });

/** The ids to read next: everything after the position, and the gaps. */
export const pending = (cursor: FeedCursor) => ({ after: cursor.position, gapIds: [...cursor.gaps.keys()] });

/**
 * The cursor after reading `seenIds` (rows with id > position, or in the gaps) at `now`. When a read
 * is capped by a limit, pass only the ids it returned: the next read continues after the highest.
 */
export function advance(cursor: FeedCursor, seenIds: readonly number[], now: number): FeedCursor {
  const gaps = new Map(cursor.gaps);
  let position = cursor.position;
  const seen = new Set(seenIds);
  for (const id of seen) gaps.delete(id);

  const newer = [...seen].filter((id) => id > cursor.position).sort((a, b) => a - b);
  for (const id of newer) {
    for (let missing = position + 1; missing < id && gaps.size < MAX_GAPS; missing += 1) {
      if (!seen.has(missing)) gaps.set(missing, now);
    }
    position = id;
  }

  for (const [id, noticedAt] of gaps) {
    if (now - noticedAt > GAP_TTL_MS) gaps.delete(id);
  }
  return { position, gaps };
}
