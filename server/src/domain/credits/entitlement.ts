import type { CreditSettings } from './settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How a ticket is paid for, decided when it is filed. */
export type Billing = 'always_free' | 'free_period' | 'credits';

/** What the domain needs of an incident class. `creditsMax` null means "priced on request". */
export interface IncidentClassTerms {
  creditsMin: number;
  creditsMax: number | null;
  alwaysFree: boolean;
}

/** The end of the free period: `freeDays` whole days of 24 hours after `supportFrom`. */
export function freeUntil(supportFrom: Date, freeDays: number): Date {
  return new Date(supportFrom.getTime() + freeDays * DAY_MS);
}

export function inFreePeriod(supportFrom: Date, freeDays: number, at: Date): boolean {
  return at.getTime() < freeUntil(supportFrom, freeDays).getTime();
}

/**
 * Whether a ticket filed at `at` costs credits. Always-free classes (sales and licensing
 * questions) are free whatever the entitlement; otherwise the free period decides.
 */
export function billingFor(
  settings: Pick<CreditSettings, 'freeDays'>,
  { supportFrom, at, incidentClass }: { supportFrom: Date; at: Date; incidentClass: IncidentClassTerms | null }
): Billing {
  if (incidentClass?.alwaysFree) return 'always_free';
  if (inFreePeriod(supportFrom, settings.freeDays, at)) return 'free_period';
  return 'credits';
}
