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
export function createHolidayDates(settings: CalendarSettings['holidays']): HolidayDates {
  const { country, region, types } = settings;
  if (country === null || types.length === 0) return NO_HOLIDAYS;

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

  const wanted = new Set<string>(types);
  const byYear = new Map<number, Set<string>>();

  function datesOf(year: number): Set<string> {
    const cached = byYear.get(year);
    if (cached) return cached;
    const dates = new Set<string>();
    for (const holiday of source.getHolidays(year)) {
      if (!wanted.has(holiday.type)) continue;
      // `date` is the local date in the holiday's own country, which is the day people take off.
      const first = holiday.date.slice(0, 10);
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      const firstUtc = Date.parse(`${first}T00:00:00Z`);
      for (let offset = 0; offset < days; offset += 1) {
        dates.add(new Date(firstUtc + offset * DAY_MS).toISOString().slice(0, 10));
      }
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
