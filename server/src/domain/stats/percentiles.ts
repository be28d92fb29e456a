/**
 * Percentiles the way PostgreSQL's percentile_cont computes them: linear interpolation between the
 * two closest ranks of the sorted values. Null for no values.
 */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError('fraction must be within [0, 1]');
  if (sorted.length === 0) return null;
  const rank = fraction * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

export interface Spread {
  median: number | null;
  p90: number | null;
}

/** Median and 90th percentile of values in any order, rounded to 1/100. */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return { median: round(percentile(sorted, 0.5)), p90: round(percentile(sorted, 0.9)) };
}

/** A value and how many times it occurs: a GROUP BY's answer. */
export type Counted = readonly [value: number, count: number];

/** The value at a 0-based rank of the expanded, sorted values (`sorted` by value). */
const atRank = (sorted: readonly Counted[], rank: number) => {
  let seen = 0;
  for (const [value, count] of sorted) {
    seen += count;
    if (rank < seen) return value;
  }
  return sorted[sorted.length - 1][0];
};

/** percentile() over counted values, without expanding them. */
export function countedPercentile(counted: readonly Counted[], fraction: number): number | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError('fraction must be within [0, 1]');
  const sorted = counted.filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = fraction * (total - 1);
  const lower = atRank(sorted, Math.floor(rank));
  const upper = atRank(sorted, Math.ceil(rank));
  return lower + (upper - lower) * (rank - Math.floor(rank));
}

/** spreadOf() over counted values. */
export function countedSpreadOf(counted: readonly Counted[]): Spread {
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return { median: round(countedPercentile(counted, 0.5)), p90: round(countedPercentile(counted, 0.9)) };
}
