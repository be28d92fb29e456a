import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { CalendarSettings } from '../../server/src/domain/sla';

/**
 * The obvious, slow way: walk minute by minute through local time, asking for every minute whether
 * it is open. Deliberately shares no code with the engine, so agreement means something. Only whole
 * minutes are supported, which is all the bench feeds it.
 */
export interface ReferenceCalendar {
  sameDayCutoffDue(received: Date, cutoffMinutes: number): Date;
  addWorkingMinutes(from: Date, minutes: number): Date;
}

const MINUTE = 60_000;

export function createReferenceCalendar(settings: CalendarSettings): ReferenceCalendar {
  const holidays = settings.holidays.country ? new Holidays(settings.holidays.country) : null;
  const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

  // isHoliday costs close to a millisecond per call; asking once per local date keeps the bench short.
  const holidayByDate = new Map<string, boolean>();
  function isHoliday(local: DateTime): boolean {
    if (!holidays) return false;
    const date = local.toISODate() as string;
    let answer = holidayByDate.get(date);
    if (answer === undefined) {
      const found = holidays.isHoliday(local.startOf('day').plus({ hours: 12 }).toJSDate());
      answer = Array.isArray(found) && found.some((holiday) => settings.holidays.types.includes(holiday.type));
      holidayByDate.set(date, answer);
    }
    return answer;
  }

  function isOpenMinute(ms: number): boolean {
    const local = DateTime.fromMillis(ms, { zone: settings.timezone });
    const intervals = settings.weekly[`${local.weekday}` as keyof CalendarSettings['weekly']] ?? [];
    const minuteOfDay = local.hour * 60 + local.minute;
    const inHours = intervals.some((interval) => toMinutes(interval.start) <= minuteOfDay && minuteOfDay < toMinutes(interval.end));
    return inHours && !(settings.closedDates.includes(local.toISODate() as string)) && (settings.openOnHolidays || !isHoliday(local));
  }

  /** The last close of the local day holding `ms`, or null if it has no open minute. */
  function closeOfDay(ms: number): number | null {
    const dayStart = DateTime.fromMillis(ms, { zone: settings.timezone }).startOf('day');
    // Stepping back from midnight finds the last open minute without scanning the evening twice.
    for (let minute = dayStart.plus({ days: 1 }).toMillis() - MINUTE; minute >= dayStart.toMillis(); minute -= MINUTE) {
      if (isOpenMinute(minute)) return minute + MINUTE;
    }
    return null;
  }

  return {
    sameDayCutoffDue(received, cutoffMinutes) {
      const t = received.getTime();
      const todayClose = closeOfDay(t);
      if (todayClose !== null) {
        if (t < todayClose - cutoffMinutes * MINUTE) return new Date(todayClose);
        // Only a cut-off before the day's opening makes "before opening" decide anything.
        let firstOpen = DateTime.fromMillis(t, { zone: settings.timezone }).startOf('day').toMillis();
        while (!isOpenMinute(firstOpen)) firstOpen += MINUTE;
        if (t < firstOpen) return new Date(todayClose);
      }
      let day = DateTime.fromMillis(t, { zone: settings.timezone }).startOf('day');
      for (;;) {
        day = day.plus({ days: 1 });
        const close = closeOfDay(day.toMillis());
        if (close !== null) return new Date(close);
      }
    },

    addWorkingMinutes(from, minutes) {
      let t = from.getTime();
      for (let left = minutes; ; t += MINUTE) {
        if (isOpenMinute(t) && --left === 0) return new Date(t + MINUTE);
      }
    },
  };
}
