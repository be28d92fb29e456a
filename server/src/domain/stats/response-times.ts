import type { BusinessCalendar } from '../sla';
import { countedSpreadOf, type Counted, type Spread } from './percentiles';

/** One answered ticket: when it was filed and when staff first answered. */
export interface AnsweredTicket {
  createdAt: Date;
  firstRespondedAt: Date;
}

export interface ResponseTimes {
  /** Answered tickets measured. */
  count: number;
  /** Wall-clock hours from filing to the first answer. */
  calendarHours: Spread;
  /** Opening hours of the calendar between filing and the first answer. */
  businessHours: Spread;
}

const MS_PER_HOUR = 3_600_000;

/** First-response times stored on the tickets when answered, as minutes with their counts. */
export interface StoredResponseMinutes {
  calendar: readonly Counted[];
  business: readonly Counted[];
}

const NONE_STORED: StoredResponseMinutes = { calendar: [], business: [] };

/**
 * First-response times in calendar hours and in business hours, each ticket measured on its own
 * calendar (its tier's), so a mix of tiers has one meaningful spread. Most tickets carry both
 * figures from the moment they were answered (`stored`, counted by the database); the few that
 * do not (written around the stamps) are measured here. An answer before filing counts as zero.
 */
export function responseTimes<Ticket extends AnsweredTicket>(
  tickets: readonly Ticket[],
  calendarOf: (ticket: Ticket) => BusinessCalendar,
  stored: StoredResponseMinutes = NONE_STORED
): ResponseTimes {
  const hours = (counted: readonly Counted[]) => counted.map(([minutes, count]): Counted => [minutes / 60, count]);
  const calendarHours: Counted[] = [
    ...tickets.map((t): Counted => [Math.max(0, t.firstRespondedAt.getTime() - t.createdAt.getTime()) / MS_PER_HOUR, 1]),
    ...hours(stored.calendar),
  ];
  const businessHours: Counted[] = [
    ...tickets.map((t): Counted => [calendarOf(t).workingMinutesBetween(t.createdAt, t.firstRespondedAt) / 60, 1]),
    ...hours(stored.business),
  ];
  const count = tickets.length + stored.calendar.reduce((sum, [, n]) => sum + n, 0);
  return { count, calendarHours: countedSpreadOf(calendarHours), businessHours: countedSpreadOf(businessHours) };
}
