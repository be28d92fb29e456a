import type { BusinessCalendar } from './calendar';
import { computeDue } from './targets';
import type { TargetRule } from './types';

/** Statuses in which the ticket waits on the customer, so its SLA clocks stand still. */
export const PAUSING_STATUSES = ['waiting_on_customer', 'awaiting_credit_confirmation', 'awaiting_payment'] as const;

export type PausingStatus = (typeof PAUSING_STATUSES)[number];

export function isPausingStatus(status: string): status is PausingStatus {
  return (PAUSING_STATUSES as readonly string[]).includes(status);
}

export interface PauseWindow {
  pausedAt: Date;
  resumedAt: Date;
  /** The due that was running when the clock paused. */
  dueAt: Date;
}

/**
 * The due after a pause. Day-based rules start over from the resume, since "answered the same
 * day" only makes sense from the moment the customer hands the ticket back. Working-minute targets
 * keep what was left of their budget.
 */
export function resumeDue(calendar: BusinessCalendar, rule: TargetRule, window: PauseWindow): Date {
  const { pausedAt, resumedAt, dueAt } = window;
  if (resumedAt.getTime() < pausedAt.getTime()) throw new RangeError('resumedAt: must not be before pausedAt');
  if (rule.kind !== 'workingMinutes') return computeDue(calendar, rule, resumedAt);
  // A breach that already happened stays a breach; pausing cannot undo it.
  if (dueAt.getTime() <= pausedAt.getTime()) return new Date(dueAt.getTime());
  const remaining = calendar.workingMinutesBetween(pausedAt, dueAt);
  // No opening time was left before the due: nothing to carry over.
  if (remaining === 0) return new Date(dueAt.getTime());
  return calendar.addWorkingTime(resumedAt, remaining);
}
