import type { Weekday } from './types';

/**
 * Arithmetic on local calendar dates (`YYYY-MM-DD`). A local date is a label, not an instant, so it is
 * computed on the UTC calendar where every day has 24 hours: no time zone may leak into day stepping.
 */

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function parseLocalDate(date: string, field = 'date'): DateParts {
  const match = LOCAL_DATE.exec(date);
  if (match) {
    const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    const roundTrip = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
    // Date.UTC silently rolls 2026-02-30 over into March; a round trip exposes it.
    if (roundTrip.getUTCMonth() === parts.month - 1 && roundTrip.getUTCDate() === parts.day) return parts;
  }
  throw new RangeError(`${field}: "${date}" is not a calendar date (YYYY-MM-DD)`);
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isoWeekday(date: string): Weekday {
  const { year, month, day } = parseLocalDate(date);
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayFirst === 0 ? 7 : sundayFirst) as Weekday;
}
