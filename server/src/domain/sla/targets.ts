import { DateTime } from 'luxon';
import type { BusinessCalendar, OpeningSpan } from './calendar';
import { NoOpeningWithinHorizonError } from './errors';
import { parseLocalDate } from './local-dates';
import type { TargetRule } from './types';

const MS_PER_MINUTE = 60_000;

/** The instant a target falls due when its clock starts at `startedAt`. */
export function computeDue(calendar: BusinessCalendar, rule: TargetRule, startedAt: Date): Date {
  switch (rule.kind) {
    case 'sameDayCutoff':
      return sameDayCutoffDue(calendar, rule.cutoffMinutesBeforeClose, startedAt);
    case 'workingMinutes':
      return workingMinutesDue(calendar, rule.minutes, startedAt);
    case 'businessDays':
      return businessDaysDue(calendar, rule.days, startedAt);
    default:
      return assertNever(rule);
  }
}

/**
 * The instant `ratio` of the target's working time is spent. Never after the due; when start and due
 * enclose no working time there is nothing to warn ahead of, so it is the due itself.
 */
export function preBreachAt(calendar: BusinessCalendar, startedAt: Date, dueAt: Date, ratio: number): Date {
  if (!Number.isFinite(ratio) || ratio < 0) throw new RangeError(`ratio: ${ratio} is not a finite, non-negative number`);
  if (dueAt.getTime() <= startedAt.getTime()) return new Date(dueAt.getTime());
  const total = calendar.workingMinutesBetween(startedAt, dueAt);
  if (total === 0 || ratio >= 1) return new Date(dueAt.getTime());
  const at = calendar.addWorkingTime(startedAt, total * ratio);
  return at.getTime() > dueAt.getTime() ? new Date(dueAt.getTime()) : at;
}

function lastClose(openings: OpeningSpan[]): Date {
  return openings[openings.length - 1].end;
}

/**
 * The cut-off is wall time before the day's last close (16:00 for a 17:00 close), not working
 * time, so a lunch break does not move it.
 */
function sameDayCutoffDue(calendar: BusinessCalendar, cutoffMinutes: number, startedAt: Date): Date {
  if (!Number.isFinite(cutoffMinutes) || cutoffMinutes < 0) {
    throw new RangeError(`cutoffMinutesBeforeClose: ${cutoffMinutes} is not a finite, non-negative number`);
  }
  const t = startedAt.getTime();
  const today = calendar.localDateOf(startedAt);
  const openings = calendar.openingsOn(today);
  if (openings.length > 0) {
    const close = lastClose(openings);
    const beforeOpening = t < openings[0].start.getTime();
    if (beforeOpening || t < close.getTime() - cutoffMinutes * MS_PER_MINUTE) return close;
  }
  const next = calendar.nextBusinessDay(today);
  if (next === null) throw new NoOpeningWithinHorizonError('sameDayCutoff');
  return lastClose(calendar.openingsOn(next));
}

/** Zero minutes means "as soon as we are open", unlike addWorkingTime's neutral 0. */
function workingMinutesDue(calendar: BusinessCalendar, minutes: number, startedAt: Date): Date {
  if (minutes === 0) {
    const opening = calendar.nextOpening(startedAt);
    if (opening === null) throw new NoOpeningWithinHorizonError('workingMinutes');
    return opening;
  }
  return calendar.addWorkingTime(startedAt, minutes);
}

function businessDaysDue(calendar: BusinessCalendar, days: number, startedAt: Date): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days: ${days} is not a whole number of at least 1`);
  let date = calendar.localDateOf(startedAt);
  for (let counted = 0; counted < days; counted += 1) {
    const next = calendar.nextBusinessDay(date);
    if (next === null) throw new NoOpeningWithinHorizonError('businessDays');
    date = next;
  }
  const local = DateTime.fromMillis(startedAt.getTime(), { zone: calendar.timezone });
  const { year, month, day } = parseLocalDate(date);
  const sameTime = DateTime.fromObject(
    { year, month, day, hour: local.hour, minute: local.minute, second: local.second, millisecond: local.millisecond },
    { zone: calendar.timezone },
  ).toMillis();
  return clampIntoOpenings(calendar.openingsOn(date), sameTime);
}

/** Before the first opening → that opening; in a gap or after the last close → the close before it. */
function clampIntoOpenings(openings: OpeningSpan[], t: number): Date {
  if (t < openings[0].start.getTime()) return openings[0].start;
  for (let index = 0; index < openings.length; index += 1) {
    const { start, end } = openings[index];
    if (t < start.getTime()) return openings[index - 1].end;
    if (t < end.getTime()) return new Date(t);
  }
  return lastClose(openings);
}

function assertNever(rule: never): never {
  throw new RangeError(`unknown target rule ${JSON.stringify(rule)}`);
}
