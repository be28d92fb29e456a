import Holidays from 'date-holidays';
import type { CalendarSettings } from './types';

/** Answers "is this local date a holiday?" for one calendar. */
export interface HolidayDates {
  has(localDate: string): boolean;
}

const DAY_MS = 86_400_000;
const NO_HOLIDAYS: HolidayDates = { has: () => false };

/**
 * Holiday data is read once per calendar and year: constructing a date-holidays instance and
 * expanding a year's rules cost milliseconds, far too much for a per-day lookup.
 */
/**
 * A date-holidays instance set up for the calendar's country and region, or null when the calendar
 * uses no holiday data. Throws a RangeError naming the field for an unknown country or region.
 */
export function holidaySource(settings: CalendarSettings['holidays']): Holidays | null {
  const { country, region, types } = settings;
  if (country === null || types.length === 0) return null;

  const source = new Holidays();
  const countryCode = country.toUpperCase();
  // date-holidays accepts unknown codes and then knows no holidays; a typo must not silently open a calendar.
  if (!(countryCode in source.getCountries())) throw new RangeError(`holidays.country: unknown country "${country}"`);
  if (region !== null) {
    const regionCode = region.toUpperCase();
    if (!(regionCode in (source.getStates(countryCode) ?? {}))) {
      throw new RangeError(`holidays.region: unknown region "${region}" of ${countryCode}`);
    }
    // The setting is date-holidays' first subdivision level, which it calls a state.
    source.init(countryCode, regionCode);
  } else {
    source.init(countryCode);
  }
  return source;
}

/** The local dates (`YYYY-MM-DD`) one holiday of date-holidays covers: one, or several for a multi-day holiday. */
export function datesOfHoliday(holiday: { date: string; start: Date; end: Date }): string[] {
  // `date` is the local date in the holiday's own country, which is the day people take off.
  const first = holiday.date.slice(0, 10);
  const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
  const firstUtc = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: days }, (_, offset) => new Date(firstUtc + offset * DAY_MS).toISOString().slice(0, 10));
}

export function createHolidayDates(settings: CalendarSettings['holidays']): HolidayDates {
  const found = holidaySource(settings);
  if (!found) return NO_HOLIDAYS;
  const source: Holidays = found;
  const { types } = settings;

  const wanted = new Set<string>(types);
  const byYear = new Map<number, Set<string>>();

  function datesOf(year: number): Set<string> {
    const cached = byYear.get(year);
    if (cached) return cached;
    const dates = new Set<string>();
    for (const holiday of source.getHolidays(year)) {
      if (!wanted.has(holiday.type)) continue;
      for (const date of datesOfHoliday(holiday)) dates.add(date);
    }
    byYear.set(year, dates);
    return dates;
  }

  return {
    has(localDate) {
      const year = Number(localDate.slice(0, 4));
      // A multi-day holiday starting in late December spills into the next year's first days.
      return datesOf(year).has(localDate) || (localDate.slice(5, 7) === '01' && datesOf(year - 1).has(localDate));
    },
  };
}
