/**
 * Pure helpers of the settings page: the server's field errors by input, opening intervals, and
 * prices in cents as staff type them.
 */

export interface Interval {
  start: string;
  end: string;
}

/** The problems of a refused `PUT /settings` by field path after `body.data.` (e.g. `sla.tiers.standard.calendar.weekly.6.0.end`). */
export function settingsFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const strip = (path: string) => path.replace(/^(body\.)?data\./, '');
  const answer = (error as { response?: { data?: { error?: { details?: { errors?: unknown } } } } } | null)?.response?.data?.error;
  const listed = answer?.details?.errors;
  if (Array.isArray(listed)) {
    for (const item of listed) {
      if (item && typeof item.message === 'string' && typeof item.path === 'string') out[strip(item.path)] ??= item.message;
    }
    if (Object.keys(out).length) return out;
  }
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string') {
    for (const part of message.split('; ')) {
      const match = /^((?:body\.)?data\.[^:\s]+): (.+)$/s.exec(part);
      if (match) out[strip(match[1])] ??= match[2];
    }
  }
  return out;
}

/** The first error at `path` or below it (a day's overlap is reported at the day, an interval's end at the end). */
export function errorAt(errors: Record<string, string>, path: string, exact = false): string | undefined {
  if (errors[path]) return errors[path];
  if (exact) return undefined;
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

/** Errors not shown at any of the given inputs, for a summary above the section. */
export function unplacedErrors(errors: Record<string, string>, placed: (path: string) => boolean): string[] {
  return Object.entries(errors)
    .filter(([path]) => !placed(path))
    .map(([path, message]) => `${path}: ${message}`);
}

const minutes = (value: string) => (/^\d{2}:\d{2}$/.test(value) ? Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)) : NaN);
const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** A new interval after the day's last one: an hour after it closes, for two hours, within the day; 09:00–17:00 on an empty day. */
export function addInterval(intervals: Interval[]): Interval[] {
  if (intervals.length === 0) return [{ start: '09:00', end: '17:00' }];
  const lastEnd = Math.max(...intervals.map((interval) => minutes(interval.end)).filter(Number.isFinite), 0);
  const start = Math.min(lastEnd + 60, 22 * 60);
  return [...intervals, { start: hhmm(start), end: hhmm(Math.min(start + 120, 24 * 60)) }];
}

export const removeInterval = (intervals: Interval[], index: number): Interval[] => intervals.filter((_, i) => i !== index);

export const updateInterval = (intervals: Interval[], index: number, patch: Partial<Interval>): Interval[] =>
  intervals.map((interval, i) => (i === index ? { ...interval, ...patch } : interval));

/** Cents as staff read them: 1250 → "12.50" (the decimal sign of the locale). */
export function centsToDisplay(cents: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}

/** What staff typed as a price ("12.50", "12,5", "12") in cents, or null when it is not an amount. */
export function displayToCents(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** An immutable update of a nested value by path (`['tiers', 'standard', 'calendar']`). */
export function setIn<T>(object: T, path: (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const current = (object as any)?.[head];
  if (Array.isArray(object)) {
    const copy = [...object];
    copy[head as number] = setIn(current, rest, value);
    return copy as T;
  }
  return { ...(object as any), [head]: setIn(current, rest, value) };
}

/** The same value, key order aside (a dirty check of drafts). */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as any)[key])]))
      : value;

/** A real calendar date written YYYY-MM-DD (what a date input hands over). */
export function isLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date added to a list of dates: the list stays in date order and holds each date once. Refused
 * with the reason when the date is none or already listed.
 */
export function addDate(dates: string[], date: string): { dates: string[] } | { problem: 'invalid' | 'duplicate' } {
  const value = date.trim();
  if (!isLocalDate(value)) return { problem: 'invalid' };
  if (dates.includes(value)) return { problem: 'duplicate' };
  return { dates: [...dates, value].sort() };
}

/** The positions of a list of dates in date order (stored lists may be in any order; errors keep their index). */
export const byDate = (dates: string[]): number[] => dates.map((_, index) => index).sort((a, b) => dates[a].localeCompare(dates[b]) || a - b);

/** The IANA time zones the browser knows, with `keep` (the zone in use) among them, in alphabetical order. */
export function timeZoneList(keep: string[] = []): string[] {
  // Typed here: not every TypeScript lib the code is checked with knows this ES2022 method.
  const { supportedValuesOf } = Intl as { supportedValuesOf?: (key: 'timeZone') => string[] };
  const supported = typeof supportedValuesOf === 'function' ? supportedValuesOf('timeZone') : [];
  return [...new Set([...supported, 'UTC', ...keep.filter(Boolean)])].sort((a, b) => a.localeCompare(b));
}

/** A zone's offset from UTC at `at`, as staff read it: "UTC+02:00", "UTC". */
export function utcOffset(zone: string, at = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return part ? part.value.replace(/^GMT/, 'UTC').replace(/^UTC[+-]00:00$/, 'UTC') : '';
  } catch {
    return '';
  }
}
