/**
 * The money side of the support policy (CONTRACT §1), runtime settings staff can change. Credits
 * are whole numbers and prices integer cents, in the currency of the site's payment config.
 */
export interface CreditPack {
  /** Stable id the customer's checkout names, e.g. `credits-10`. */
  id: string;
  credits: number;
  priceCents: number;
}

export interface CreditSettings {
  /** Support is free for this many days from the account's `supportFrom`. */
  freeDays: number;
  /** Time one credit buys: 30 minutes makes 2 credits an hour. */
  minutesPerCredit: number;
  /** The least an incident outside the free period costs. */
  minimumCharge: number;
  /** The fee for a priority ticket. */
  priorityFeeCents: number;
  /** The top-ups customers can buy. */
  packs: CreditPack[];
}

export const defaultCreditSettings = (): CreditSettings => ({
  freeDays: 30,
  minutesPerCredit: 30,
  minimumCharge: 1,
  priorityFeeCents: 995,
  packs: [
    { id: 'credits-4', credits: 4, priceCents: 9900 },
    { id: 'credits-10', credits: 10, priceCents: 23900 },
    { id: 'credits-20', credits: 20, priceCents: 44900 },
  ],
});

export const findPack = (settings: CreditSettings, id: string): CreditPack | null =>
  settings.packs.find((pack) => pack.id === id) ?? null;
