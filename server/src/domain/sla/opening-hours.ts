import type { OpeningInterval } from './types';

/** An opening interval as minutes after local midnight; `end` may be 1440 (`24:00`). */
export interface MinuteInterval {
  start: number;
  end: number;
}

const CLOCK = /^(\d{2}):(\d{2})$/;
export const MINUTES_PER_DAY = 1440;

export function parseClock(value: string, field: string): number {
  const match = CLOCK.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`${field}: "${value}" is not a time between 00:00 and 24:00 (HH:mm)`);
  }
  return minutes;
}

/**
 * Validates a day's intervals and normalises them to sorted, disjoint stretches, so the walkers can
 * rely on order. Overlapping or touching intervals are merged rather than refused: `09:00–12:00` plus
 * `12:00–17:00` is simply a day open from 9 to 5.
 */
export function compileIntervals(intervals: readonly OpeningInterval[], field: string): MinuteInterval[] {
  const parsed = intervals.map((interval, index) => {
    const start = parseClock(interval.start, `${field}[${index}].start`);
    const end = parseClock(interval.end, `${field}[${index}].end`);
    if (end <= start) throw new RangeError(`${field}[${index}]: end ${interval.end} must be after start ${interval.start}`);
    return { start, end };
  });
  parsed.sort((a, b) => a.start - b.start);
  const merged: MinuteInterval[] = [];
  for (const interval of parsed) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}
