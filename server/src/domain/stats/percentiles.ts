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
