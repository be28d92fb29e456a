/** The kinds of ledger entry (CONTRACT §2). */
export const CREDIT_TRANSACTION_KINDS = ['purchase', 'grant', 'debit', 'refund', 'adjustment'] as const;
export type CreditTransactionKind = (typeof CREDIT_TRANSACTION_KINDS)[number];

/** A balance would go below zero; `missing` is how many credits short it is. */
export class InsufficientCreditsError extends Error {
  constructor(
    readonly balance: number,
    readonly missing: number
  ) {
    super(`the balance of ${balance} credit${balance === 1 ? '' : 's'} is ${missing} short`);
    this.name = 'InsufficientCreditsError';
  }
}

/** The balance after an entry; a balance never goes negative. */
export function balanceAfter(balance: number, delta: number): number {
  if (!Number.isInteger(delta)) throw new RangeError('delta: must be a whole number of credits');
  const next = balance + delta;
  if (next < 0) throw new InsufficientCreditsError(balance, -next);
  return next;
}

/**
 * Taking bought credits back (a refunded purchase): as many as the balance holds, the rest a
 * shortfall staff see, since credits already spent on answered tickets cannot be returned.
 */
export function clawback(balance: number, credits: number): { taken: number; shortfall: number } {
  const taken = Math.max(0, Math.min(balance, credits));
  return { taken, shortfall: Math.max(0, credits - taken) };
}

/** Credits a refund of `refundedCents` of `amountCents` takes back of a purchase of `credits`, rounded up. */
export function creditsRefunded(credits: number, amountCents: number, refundedCents: number): number {
  if (amountCents <= 0) return credits;
  return Math.min(credits, Math.ceil((credits * Math.min(refundedCents, amountCents)) / amountCents));
}
