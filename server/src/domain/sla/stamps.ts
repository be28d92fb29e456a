import type { BusinessCalendar } from './calendar';
import { computeDue } from './targets';
import { isPausingStatus, resumeDue } from './pauses';
import type { SlaSettings, TargetName, TargetRule, Tier } from './types';

/**
 * Which SLA stamps a ticket write should carry. Pure: the caller passes the ticket as stored, the
 * change, the settings with their compiled calendars and the instant; it gets back the fields to
 * write. Stamps are UTC instants; `slaClock` remembers when each target's clock (re)started, which
 * the breach sweeper needs to place the pre-breach point.
 */

export type SlaClock = Partial<Record<TargetName, { startedAt: string }>>;

export interface TicketSlaState {
  status: string;
  tier: Tier;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  pausedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  slaClock: SlaClock | null;
  /** When the ticket was filed; only the first response's measurement needs it. */
  createdAt?: Date | null;
}

export type SlaStamps = Partial<Omit<TicketSlaState, 'status' | 'tier' | 'createdAt'>> & {
  lastCustomerMessageAt?: Date;
  lastStaffMessageAt?: Date;
  /** Filing to first answer, in whole minutes: wall-clock, and open hours of the tier's calendar then. */
  firstResponseMinutes?: number;
  firstResponseBusinessMinutes?: number;
};

export interface SlaContext {
  settings: SlaSettings;
  calendarFor(tier: Tier): BusinessCalendar;
}

const DONE = new Set(['resolved', 'closed']);
/** The ticket column holding each target's due instant. */
export const dueField: Record<TargetName, 'firstResponseDueAt' | 'nextResponseDueAt' | 'resolutionDueAt'> = {
  firstResponse: 'firstResponseDueAt',
  nextResponse: 'nextResponseDueAt',
  resolution: 'resolutionDueAt',
};

const ruleOf = (context: SlaContext, tier: Tier, target: TargetName): TargetRule | null =>
  context.settings.tiers[tier][target];

/** Targets whose clock runs for this ticket: unanswered first response, pending next response, open resolution. */
export const activeTargets = (ticket: Pick<TicketSlaState, 'firstRespondedAt' | 'nextResponseDueAt' | 'resolutionDueAt' | 'firstResponseDueAt'>): TargetName[] => {
  const targets: TargetName[] = [];
  if (!ticket.firstRespondedAt) targets.push('firstResponse');
  if (ticket.nextResponseDueAt) targets.push('nextResponse');
  if (ticket.resolutionDueAt) targets.push('resolution');
  return targets;
};

/** Starts the given targets afresh at `now` under the tier's rules. */
const startTargets = (context: SlaContext, tier: Tier, targets: TargetName[], now: Date, clock: SlaClock | null): SlaStamps => {
  const stamps: SlaStamps = {};
  const nextClock: SlaClock = { ...(clock ?? {}) };
  const calendar = context.calendarFor(tier);
  for (const target of targets) {
    const rule = ruleOf(context, tier, target);
    stamps[dueField[target]] = rule ? computeDue(calendar, rule, now) : null;
    if (rule) nextClock[target] = { startedAt: now.toISOString() };
    else delete nextClock[target];
  }
  stamps.slaClock = nextClock;
  return stamps;
};

/** A new ticket: its clock starts now, unless it waits (e.g. for the priority payment) from the start. */
export function stampsOnCreate(context: SlaContext, ticket: { tier: Tier; status: string }, now: Date): SlaStamps {
  if (isPausingStatus(ticket.status)) {
    return { pausedAt: now, slaClock: {} };
  }
  const targets: TargetName[] = ['firstResponse'];
  if (ruleOf(context, ticket.tier, 'resolution')) targets.push('resolution');
  return { pausedAt: null, ...startTargets(context, ticket.tier, targets, now, null) };
}

/**
 * A change of status and/or tier. Into a waiting status the clock pauses; out of it the targets
 * are computed anew from the resume instant (working minutes carry over). A tier change on a
 * running clock restarts the targets under the new tier from now ("priority paid").
 */
export function stampsOnChange(
  context: SlaContext,
  current: TicketSlaState,
  change: { status?: string; tier?: Tier },
  now: Date
): SlaStamps {
  const status = change.status ?? current.status;
  const tier = change.tier ?? current.tier;
  const wasPaused = isPausingStatus(current.status);
  const isPaused = isPausingStatus(status);
  const stamps: SlaStamps = {};

  if (DONE.has(status)) {
    if (status === 'resolved' && !current.resolvedAt) stamps.resolvedAt = now;
    if (status === 'closed' && !current.closedAt) stamps.closedAt = now;
    return { ...stamps, pausedAt: null, nextResponseDueAt: null };
  }

  if (isPaused) {
    return wasPaused ? {} : { pausedAt: now };
  }

  const targets = activeTargets(current);
  if (!targets.includes('resolution') && ruleOf(context, tier, 'resolution') && !current.resolutionDueAt) {
    targets.push('resolution');
  }

  if (wasPaused) {
    const pausedAt = current.pausedAt ?? now;
    const calendar = context.calendarFor(tier);
    const nextClock: SlaClock = { ...(current.slaClock ?? {}) };
    for (const target of targets) {
      const rule = ruleOf(context, tier, target);
      const dueAt = current[dueField[target]];
      // A tier change restarts the targets; the same tier resumes them.
      stamps[dueField[target]] = !rule
        ? null
        : dueAt && tier === current.tier
          ? resumeDue(calendar, rule, { pausedAt, resumedAt: now, dueAt })
          : computeDue(calendar, rule, now);
      if (rule) nextClock[target] = { startedAt: now.toISOString() };
    }
    return { ...stamps, slaClock: nextClock, pausedAt: null };
  }

  if (tier !== current.tier) {
    return startTargets(context, tier, targets, now, current.slaClock);
  }
  if (DONE.has(current.status)) {
    // Reopened: the customer is owed an answer again.
    return startTargets(context, tier, ['nextResponse'], now, current.slaClock);
  }
  return stamps;
}

/**
 * The first answer's times, measured once when it is given, so the dashboard aggregates stored
 * numbers instead of walking the calendar for every ticket it reports on.
 */
const firstResponseTimes = (context: SlaContext, current: TicketSlaState, now: Date) => {
  if (!current.createdAt) return {};
  const from = current.createdAt;
  const to = now.getTime() < from.getTime() ? from : now;
  return {
    firstResponseMinutes: Math.round((to.getTime() - from.getTime()) / 60_000),
    firstResponseBusinessMinutes: Math.round(context.calendarFor(current.tier).workingMinutesBetween(from, to)),
  };
};

/** A new message in the thread: customers start the next-response clock, a public staff answer stops it. */
export function stampsOnMessage(
  context: SlaContext,
  current: TicketSlaState,
  message: { authorKind: 'customer' | 'staff' | 'system'; internal: boolean },
  now: Date
): SlaStamps {
  if (message.internal || message.authorKind === 'system') return {};

  if (message.authorKind === 'staff') {
    const nextClock: SlaClock = { ...(current.slaClock ?? {}) };
    delete nextClock.nextResponse;
    delete nextClock.firstResponse;
    return {
      firstRespondedAt: current.firstRespondedAt ?? now,
      ...(current.firstRespondedAt ? {} : firstResponseTimes(context, current, now)),
      lastStaffMessageAt: now,
      nextResponseDueAt: null,
      slaClock: nextClock,
    };
  }

  // Until staff first answered, the first-response target already covers the customer.
  if (!current.firstRespondedAt) return { lastCustomerMessageAt: now };
  return { lastCustomerMessageAt: now, ...startTargets(context, current.tier, ['nextResponse'], now, current.slaClock) };
}

/**
 * The next-response due instant a new message answers: a public staff reply to a customer who was
 * waiting, on a running clock. The reply keeps it, so on-time next responses can be counted later
 * (a first response is measured on the ticket itself; a reply while the clock is paused owes nothing).
 */
export function dueAnsweredBy(
  current: Pick<TicketSlaState, 'status' | 'firstRespondedAt' | 'nextResponseDueAt'>,
  message: { authorKind: 'customer' | 'staff' | 'system'; internal: boolean }
): Date | null {
  if (message.authorKind !== 'staff' || message.internal) return null;
  if (!current.firstRespondedAt || isPausingStatus(current.status)) return null;
  return current.nextResponseDueAt;
}
