import { perSecond } from './stats';

/**
 * Queries per second of two search functions over the same queries, in turns (one round of ours,
 * one of theirs, and so on) so that neither gets a quieter machine; one unmeasured round each warms
 * up the JIT first. Both are awaited the same way, whether they return a promise or not.
 */
export type SearchFunction = (query: string) => unknown;

async function round(queries: string[], search: SearchFunction): Promise<number> {
  const start = performance.now();
  for (const query of queries) await search(query);
  return performance.now() - start;
}

export async function compareInProcess(queries: string[], rounds: number, ours: SearchFunction, theirs: SearchFunction) {
  await round(queries, ours);
  await round(queries, theirs);
  let oursMs = 0;
  let theirsMs = 0;
  for (let n = 0; n < rounds; n += 1) {
    oursMs += await round(queries, ours);
    theirsMs += await round(queries, theirs);
  }
  const count = queries.length * rounds;
  return { ours: perSecond(count, oursMs), theirs: perSecond(count, theirsMs) };
}

/** Queries per second of one search function, after one unmeasured round. */
export async function queriesPerSecond(queries: string[], rounds: number, search: SearchFunction): Promise<number> {
  await round(queries, search);
  let elapsedMs = 0;
  for (let n = 0; n < rounds; n += 1) elapsedMs += await round(queries, search);
  return perSecond(queries.length * rounds, elapsedMs);
}
