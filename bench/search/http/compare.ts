import { percentile, perSecond } from '../stats';
import type { HttpClient } from './client';
import { baselinePlan, emptyPlan, oursPlan, type RequestPlan } from './requests';

export interface SideResult {
  p50: number;
  p95: number;
  queriesPerSecond: number;
  /** Queries that found at least one entry. */
  answered: number;
}

/**
 * Ours against the `$containsi` baseline over HTTP, after a warm-up of both.
 *
 * Latency: one query at a time, each side in blocks over the whole query list (ours, baseline, ours,
 * baseline), so neither side's request pays for what the other left behind (garbage, cold caches)
 * while drift over the run is shared. Throughput: a fixed number of queries per side with `clients`
 * in flight, going round the query list; the counts differ so that each side runs for seconds (the
 * baseline is some 20 times slower), and the rate is what is compared. The empty route's latency is
 * the floor under any route of this server, measured in turns with ours.
 */
export async function compareOverHttp(
  client: HttpClient,
  queries: string[],
  { clients, requests }: { clients: number; requests: { ours: number; baseline: number } },
) {
  const ours = queries.map(oursPlan);
  const baseline = queries.map(baselinePlan);

  await client.sequential(ours.slice(0, 50));
  await client.sequential(baseline.slice(0, 50));
  const blocks = { ours: { durations: [] as number[], results: [] as number[] }, baseline: { durations: [] as number[], results: [] as number[] } };
  const block = async (side: keyof typeof blocks, plans: RequestPlan[]) => {
    const { durations, results } = await client.sequential(plans);
    blocks[side].durations.push(...durations);
    blocks[side].results = results;
  };
  for (let n = 0; n < 2; n += 1) {
    await block('ours', ours);
    await block('baseline', baseline);
  }
  // The floor against our route alone, in alternating blocks of their own: the baseline's blocks
  // above leave garbage and cold caches that neither should be charged with here. The blocks are
  // short (a tenth of the queries each, every query twice over), so that a slow spell of the machine,
  // which on a shared one lasts seconds, falls on both sides alike rather than on one side's block.
  const floor: number[] = [];
  const oursBesideFloor: number[] = [];
  const blockSize = Math.ceil(queries.length / 10);
  for (let n = 0; n < 2; n += 1) {
    for (let start = 0; start < queries.length; start += blockSize) {
      oursBesideFloor.push(...(await client.sequential(ours.slice(start, start + blockSize))).durations);
      floor.push(...(await client.sequential(queries.slice(start, start + blockSize).map(emptyPlan))).durations);
    }
  }

  const baselineRun = await client.throughput(baseline, clients, requests.baseline);
  const oursRun = await client.throughput(ours, clients, requests.ours);

  const summary = ({ durations, results }: { durations: number[]; results: number[] }, count: number, elapsedMs: number): SideResult => ({
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    queriesPerSecond: perSecond(count, elapsedMs),
    answered: results.filter((count) => count > 0).length,
  });
  return {
    ours: summary(blocks.ours, requests.ours, oursRun.elapsedMs),
    baseline: summary(blocks.baseline, requests.baseline, baselineRun.elapsedMs),
    floorP50: percentile(floor, 50),
    /** Our route's p50 measured in turns with the floor. */
    oursBesideFloorP50: percentile(oursBesideFloor, 50),
  };
}
