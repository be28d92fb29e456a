import { DateTime, IANAZone } from 'luxon';
import { NoOpeningWithinHorizonError } from './errors';
import { createHolidayDates } from './holidays';
import { addDays, isoWeekday, parseLocalDate } from './local-dates';
import { compileIntervals, MINUTES_PER_DAY, type MinuteInterval } from './opening-hours';
import type { CalendarSettings, Weekday } from './types';

/** One stretch of opening time as instants. */
export interface OpeningSpan {
  start: Date;
  end: Date;
}

/**
 * Business hours compiled for fast questions about instants. Intervals are half-open: open at
 * `start`, closed again at `end`.
 */
export interface BusinessCalendar {
  readonly timezone: string;
  isOpen(at: Date): boolean;
  /** `at` (as a new Date) when open; null when nothing opens within the horizon. */
  nextOpening(at: Date): Date | null;
  /** Opening stretches of a local date, in order. */
  openingsOn(localDate: string): OpeningSpan[];
  /**
   * The instant `minutes` of opening time after `from` (fractions allowed, rounded to the
   * millisecond). Adding 0 returns `from` unchanged, even outside opening hours, so that adding
   * A then B always equals adding A + B. Throws NoOpeningWithinHorizonError when the calendar runs dry.
   */
  addWorkingTime(from: Date, minutes: number): Date;
  /** Opening minutes in [from, to); 0 when `to` is not after `from`. */
  workingMinutesBetween(from: Date, to: Date): number;
  /** The local date (`YYYY-MM-DD`) of an instant in the calendar's zone. */
  localDateOf(at: Date): string;
  /** The first local date after `localDate` with opening hours; null when none within the horizon. */
  nextBusinessDay(localDate: string): string | null;
  /** Whether the holiday data marks the local date (whether or not the calendar opens on it). */
  isHoliday(localDate: string): boolean;
}

/** Opening stretch as epoch milliseconds, the form every walker works in. */
interface Span {
  start: number;
  end: number;
}

/** Consecutive days without any opening after which a search gives up (about three years). */
const HORIZON_DAYS = 3 * 366;
/** Compiled days kept per calendar; a long-lived calendar must not grow without bound. */
const DAY_CACHE_LIMIT = 4096;
const MS_PER_MINUTE = 60_000;
const CLOSED: readonly MinuteInterval[] = [];
const NO_SPANS: readonly Span[] = [];

function instantOf(at: Date, field: string): number {
  const ms = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${field}: not a valid Date`);
  return ms;
}

export function createBusinessCalendar(settings: CalendarSettings): BusinessCalendar {
  const zone = settings.timezone;
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`timezone: "${zone}" is not an IANA time zone`);

  const weekly = new Map<Weekday, MinuteInterval[]>();
  for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) {
    weekly.set(weekday, compileIntervals(settings.weekly[`${weekday}`] ?? [], `weekly.${weekday}`));
  }
  const openDates = new Map<string, MinuteInterval[]>();
  settings.openDates.forEach((entry, index) => {
    parseLocalDate(entry.date, `openDates[${index}].date`);
    openDates.set(entry.date, compileIntervals(entry.intervals, `openDates[${index}].intervals`));
  });
  const closedDates = new Set<string>();
  settings.closedDates.forEach((date, index) => {
    parseLocalDate(date, `closedDates[${index}]`);
    closedDates.add(date);
  });
  const holidays = createHolidayDates(settings.holidays);
  const dayCache = new Map<string, readonly Span[]>();

  function hoursOn(date: string): readonly MinuteInterval[] {
    const own = openDates.get(date);
    if (own) return own;
    if (closedDates.has(date)) return CLOSED;
    const usual = weekly.get(isoWeekday(date)) ?? CLOSED;
    // Closed weekdays are decided before the (costlier) holiday lookup.
    if (usual.length === 0 || (!settings.openOnHolidays && holidays.has(date))) return CLOSED;
    return usual;
  }

  /** Wall-clock minute of a local date as an instant; luxon moves times inside a DST gap forward. */
  function wallClock(date: string, minuteOfDay: number): number {
    if (minuteOfDay === MINUTES_PER_DAY) return wallClock(addDays(date, 1), 0);
    const { year, month, day } = parseLocalDate(date);
    const hour = Math.floor(minuteOfDay / 60);
    return DateTime.fromObject({ year, month, day, hour, minute: minuteOfDay % 60 }, { zone }).toMillis();
  }

  function spansOn(date: string): readonly Span[] {
    const cached = dayCache.get(date);
    if (cached) return cached;
    const hours = hoursOn(date);
    let spans = NO_SPANS;
    if (hours.length > 0) {
      const dayStart = wallClock(date, 0);
      const dayEnd = wallClock(date, MINUTES_PER_DAY);
      // A DST gap can shift or swallow wall-clock times; clamping to the day and re-sorting keeps
      // every day's spans ordered and disjoint from its neighbours'.
      const raw = hours
        .map((interval) => ({
          start: Math.min(Math.max(wallClock(date, interval.start), dayStart), dayEnd),
          end: Math.min(Math.max(wallClock(date, interval.end), dayStart), dayEnd),
        }))
        .filter((span) => span.end > span.start)
        .sort((a, b) => a.start - b.start);
      const merged: Span[] = [];
      for (const span of raw) {
        const last = merged[merged.length - 1];
        if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
        else merged.push(span);
      }
      spans = merged;
    }
    if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
    dayCache.set(date, spans);
    return spans;
  }

  function localDateOf(ms: number): string {
    return DateTime.fromMillis(ms, { zone }).toISODate() as string;
  }

  function nextBusinessDay(localDate: string): string | null {
    let date = localDate;
    for (let day = 0; day < HORIZON_DAYS; day += 1) {
      date = addDays(date, 1);
      if (spansOn(date).length > 0) return date;
    }
    return null;
  }

  return {
    timezone: zone,

    isOpen(at) {
      const t = instantOf(at, 'at');
      return spansOn(localDateOf(t)).some((span) => span.start <= t && t < span.end);
    },

    nextOpening(at) {
      const t = instantOf(at, 'at');
      let date = localDateOf(t);
      for (let day = 0; day <= HORIZON_DAYS; day += 1) {
        for (const span of spansOn(date)) {
          if (span.end > t) return new Date(Math.max(span.start, t));
        }
        date = addDays(date, 1);
      }
      return null;
    },

    openingsOn(localDate) {
      parseLocalDate(localDate, 'localDate');
      return spansOn(localDate).map((span) => ({ start: new Date(span.start), end: new Date(span.end) }));
    },

    addWorkingTime(from, minutes) {
      const t = instantOf(from, 'from');
      if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes: ${minutes} is not a finite, non-negative number`);
      let remaining = Math.round(minutes * MS_PER_MINUTE);
      if (remaining === 0) return new Date(t);
      let date = localDateOf(t);
      // The horizon counts days without opening time, so long targets on a live calendar still finish.
      for (let idleDays = 0; idleDays <= HORIZON_DAYS; date = addDays(date, 1)) {
        let worked = false;
        for (const span of spansOn(date)) {
          if (span.end <= t) continue;
          const begin = Math.max(span.start, t);
          const available = span.end - begin;
          if (remaining <= available) return new Date(begin + remaining);
          remaining -= available;
          worked = true;
        }
        idleDays = worked ? 0 : idleDays + 1;
      }
      throw new NoOpeningWithinHorizonError('addWorkingTime');
    },

    workingMinutesBetween(from, to) {
      const start = instantOf(from, 'from');
      const end = instantOf(to, 'to');
      if (end <= start) return 0;
      const lastDate = localDateOf(end);
      let total = 0;
      // YYYY-MM-DD strings order like the dates they name.
      for (let date = localDateOf(start); date <= lastDate; date = addDays(date, 1)) {
        for (const span of spansOn(date)) {
          const overlap = Math.min(span.end, end) - Math.max(span.start, start);
          if (overlap > 0) total += overlap;
        }
      }
      return total / MS_PER_MINUTE;
    },

    localDateOf(at) {
      return localDateOf(instantOf(at, 'at'));
    },

    nextBusinessDay(localDate) {
      parseLocalDate(localDate, 'localDate');
      return nextBusinessDay(localDate);
    },

    isHoliday(localDate) {
      parseLocalDate(localDate, 'localDate');
      return holidays.has(localDate);
    },
  };
}
