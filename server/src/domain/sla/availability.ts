import { createBusinessCalendar, type BusinessCalendar } from './calendar';
import { NoOpeningWithinHorizonError } from './errors';
import { computeDue } from './targets';
import type { SlaSettings, Tier } from './types';

export interface SlaCalendars {
  staffedHours: BusinessCalendar;
  tiers: Record<Tier, BusinessCalendar>;
}

export interface Availability {
  at: Date;
  /** Zone of the staffed hours, so a client can show times the way support speaks of them. */
  timezone: string;
  /** Whether support is staffed at `at`. */
  open: boolean;
  /** Next staffed instant (`at` when open); null if the staffed hours never open. */
  nextOpenAt: Date | null;
  /** First-response due of a ticket of the tier received at `at`; null if its calendar never opens. */
  expectedResponseBy: Date | null;
}

/**
 * Compiled calendars per settings object. Keyed on identity, so settings must be replaced, not
 * mutated in place, for a change to take effect; a WeakMap lets old settings be collected.
 */
const compiled = new WeakMap<SlaSettings, SlaCalendars>();

export function calendarsFor(settings: SlaSettings): SlaCalendars {
  let calendars = compiled.get(settings);
  if (!calendars) {
    calendars = {
      staffedHours: createBusinessCalendar(settings.staffedHours),
      tiers: {
        standard: createBusinessCalendar(settings.tiers.standard.calendar),
        priority: createBusinessCalendar(settings.tiers.priority.calendar),
      },
    };
    compiled.set(settings, calendars);
  }
  return calendars;
}

export function availabilityAt(settings: SlaSettings, at: Date, tier: Tier): Availability {
  const calendars = calendarsFor(settings);
  return {
    at,
    timezone: calendars.staffedHours.timezone,
    open: calendars.staffedHours.isOpen(at),
    nextOpenAt: calendars.staffedHours.nextOpening(at),
    expectedResponseBy: orNull(() => computeDue(calendars.tiers[tier], settings.tiers[tier].firstResponse, at)),
  };
}

function orNull(due: () => Date): Date | null {
  try {
    return due();
  } catch (error) {
    if (error instanceof NoOpeningWithinHorizonError) return null;
    throw error;
  }
}
