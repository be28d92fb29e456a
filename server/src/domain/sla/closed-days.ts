import { datesOfHoliday, holidaySource } from './holidays';
import { parseLocalDate } from './local-dates';
import type { CalendarSettings, HolidayType } from './types';

/** One day a calendar is closed on although its weekly hours might open it. */
export interface ClosedDay {
  date: string;
  /** The holiday's name as date-holidays gives it (in the country's language); null for a custom closed date. */
  name: string | null;
  /** The holiday's type; null for a custom closed date. */
  type: HolidayType | null;
  source: 'holiday' | 'closedDate';
}

/**
 * The holidays and custom closed dates of a calendar from `from` to `to` (local dates, both
 * included), in date order. Holidays count only when the calendar closes on them
 * (`openOnHolidays: false`); a date with its own hours (`openDates`) is open and left out, as the
 * calendar itself treats it. A custom closed date that is also a holiday is listed as the holiday.
 */
export function closedDaysBetween(calendar: CalendarSettings, from: string, to: string): ClosedDay[] {
  parseLocalDate(from, 'from');
  parseLocalDate(to, 'to');
  const open = new Set(calendar.openDates.map((entry) => entry.date));
  const inRange = (date: string) => date >= from && date <= to && !open.has(date);
  const days: ClosedDay[] = [];
  const seen = new Set<string>();

  const source = calendar.openOnHolidays ? null : holidaySource(calendar.holidays);
  if (source) {
    const wanted = new Set<string>(calendar.holidays.types);
    // A multi-day holiday of late December reaches into the range's first year.
    for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year += 1) {
      for (const holiday of source.getHolidays(year)) {
        if (!wanted.has(holiday.type)) continue;
        for (const date of datesOfHoliday(holiday)) {
          const key = `${date}\u0000${holiday.name}`;
          if (!inRange(date) || seen.has(key)) continue;
          seen.add(key);
          seen.add(date);
          days.push({ date, name: holiday.name, type: holiday.type as HolidayType, source: 'holiday' });
        }
      }
    }
  }
  for (const date of new Set(calendar.closedDates)) {
    if (inRange(date) && !seen.has(date)) days.push({ date, name: null, type: null, source: 'closedDate' });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
