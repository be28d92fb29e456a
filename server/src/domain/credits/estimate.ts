import type { IncidentClassTerms } from './entitlement';
import type { CreditSettings } from './settings';

/** A ticket's credit figures as stored: the estimate, what the customer confirmed and what was charged. */
export interface TicketCredits {
  estimate: number | null;
  confirmed: number | null;
  charged: number;
}

/** Estimates beyond this are typos, not incidents. */
export const MAX_ESTIMATE = 10_000;

/** The class minimum (never below the minimum charge); a ticket without a class starts at the minimum charge. */
export function initialEstimate(incidentClass: IncidentClassTerms | null, settings: Pick<CreditSettings, 'minimumCharge'>): number {
  return Math.max(settings.minimumCharge, incidentClass?.creditsMin ?? settings.minimumCharge);
}

/**
 * Why staff may not set this estimate, or null when they may: within the class range, or freely
 * (from the minimum charge) for a class priced on request or a ticket without a class; and never
 * below what the ticket has already been charged.
 */
export function estimateProblem(
  credits: number,
  { incidentClass, charged }: { incidentClass: IncidentClassTerms | null; charged: number },
  settings: Pick<CreditSettings, 'minimumCharge'>
): string | null {
  if (!Number.isInteger(credits)) return 'must be a whole number of credits';
  const min = initialEstimate(incidentClass, settings);
  const max = incidentClass?.creditsMax ?? null;
  if (max !== null && (credits < min || credits > Math.max(min, max))) {
    return `must be within the incident class's range of ${min} to ${Math.max(min, max)} credits`;
  }
  if (credits < min) return `must be at least ${min} credit${min === 1 ? '' : 's'}`;
  if (credits > MAX_ESTIMATE) return `must be at most ${MAX_ESTIMATE} credits`;
  if (credits < charged) return `must not be below the ${charged} credits already charged`;
  return null;
}

/**
 * Staff revise the estimate. More than the customer confirmed asks them again; less lowers the
 * cap at once, since agreeing to pay up to more includes agreeing to pay up to less.
 */
export function reviseEstimate(current: TicketCredits, credits: number): { estimate: number; confirmed: number | null; needsConfirmation: boolean } {
  const confirmed = current.confirmed ?? 0;
  if (credits > confirmed) return { estimate: credits, confirmed: current.confirmed, needsConfirmation: true };
  return { estimate: credits, confirmed: credits, needsConfirmation: false };
}

/** Credits the customer must buy before the estimate can be confirmed: what is still to be charged, less the balance. */
export function confirmationShortfall({ estimate, charged }: TicketCredits, balance: number): number {
  return Math.max(0, (estimate ?? 0) - charged - balance);
}

/**
 * A resolved ticket that is reopened costs more only after a new confirmation: the cap falls back
 * to what has been charged, so more work needs a revised estimate the customer confirms.
 */
export function creditsOnReopen({ charged }: TicketCredits): { estimate: number; confirmed: number } {
  return { estimate: charged, confirmed: charged };
}
