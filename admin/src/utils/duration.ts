/** A span of time as staff read it: the two largest units that matter ("2 h 10 min", "3 d 4 h"). */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;

/**
 * Splits a span into days, hours and minutes, rounding up to the minute so "due in 0 min" never
 * shows while time is left. Only the two largest non-zero units are kept: a countdown needs the
 * order of magnitude, not the seconds.
 */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.max(1, Math.ceil(Math.abs(ms) / MINUTE));
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  if (days > 0) return { days, hours, minutes: 0 };
  return { days: 0, hours, minutes };
}

const unitFormats = new Map<string, Intl.NumberFormat>();
const unitFormat = (locale: string, unit: 'day' | 'hour' | 'minute') => {
  const key = `${locale}:${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
    unitFormats.set(key, format);
  }
  return format;
};

/**
 * Time logged on a ticket, in hours and minutes in the reader's language ("1 hr 30 min",
 * "1 uur 30 min"); none at all reads "0 min".
 */
export function formatMinutes(totalMinutes: number, locale: string): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const words: string[] = [];
  if (hours) words.push(unitFormat(locale, 'hour').format(hours));
  if (rest || !hours) words.push(unitFormat(locale, 'minute').format(rest));
  return words.join(' ');
}

/** The parts in the reader's language, through the browser's own unit names ("2 hr 10 min", "2 uur 10 min"). */
export function formatDuration(ms: number, locale: string): string {
  const { days, hours, minutes } = durationParts(ms);
  const words: string[] = [];
  if (days) words.push(unitFormat(locale, 'day').format(days));
  if (hours) words.push(unitFormat(locale, 'hour').format(hours));
  if (minutes) words.push(unitFormat(locale, 'minute').format(minutes));
  return words.join(' ');
}
