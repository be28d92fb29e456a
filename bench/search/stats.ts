/** Nearest-rank percentile of durations in ms. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

export const perSecond = (count: number, elapsedMs: number) => (count / elapsedMs) * 1000;

export const ratio = (value: number) => `${value.toFixed(1)}x`;
