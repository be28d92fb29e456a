import type { BusinessCalendar } from '../sla';
import { spreadOf, type Spread } from './percentiles';

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

/**
 * First-response times in calendar hours and in business hours, each ticket measured on its own
 * calendar (its tier's), so a mix of tiers has one meaningful spread. An answer before filing (bad
 * data) counts as zero.
 */
export function responseTimes<Ticket extends AnsweredTicket>(
  tickets: readonly Ticket[],
  calendarOf: (ticket: Ticket) => BusinessCalendar
): ResponseTimes {
  const calendarHours = tickets.map((t) => Math.max(0, t.firstRespondedAt.getTime() - t.createdAt.getTime()) / MS_PER_HOUR);
  const businessHours = tickets.map((t) => calendarOf(t).workingMinutesBetween(t.createdAt, t.firstRespondedAt) / 60);
  return { count: tickets.length, calendarHours: spreadOf(calendarHours), businessHours: spreadOf(businessHours) };
}
