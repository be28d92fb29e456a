import type { TicketCredits } from './estimate';
import type { CreditSettings } from './settings';

/**
 * What resolving a ticket charges: the time spent in credits, rounded up, at least the minimum
 * charge and never more than the customer confirmed. `delta` is what is still to debit, so a ticket
 * resolved twice pays its total once.
 */
export function chargeOnResolution(
  credits: TicketCredits,
  minutesSpent: number,
  settings: Pick<CreditSettings, 'minutesPerCredit' | 'minimumCharge'>
): { total: number; delta: number } {
  const confirmed = credits.confirmed ?? 0;
  // Nothing confirmed, nothing owed: work never starts on an unconfirmed ticket in the first place.
  if (confirmed <= 0) return { total: credits.charged, delta: 0 };
  const byTime = Math.ceil(Math.max(0, minutesSpent) / settings.minutesPerCredit);
  const total = Math.min(confirmed, Math.max(settings.minimumCharge, byTime));
  return { total: Math.max(total, credits.charged), delta: Math.max(0, total - credits.charged) };
}
