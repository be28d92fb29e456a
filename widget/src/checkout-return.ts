/**
 * Coming back from Stripe Checkout. Before the customer leaves for Checkout, the widget notes what
 * the payment is for (for this tab only); Checkout sends them back to the site with
 * `?helpdesk-checkout=success` or `cancel` (the plugin's default `payments.successUrl` and
 * `cancelUrl`), and the widget opens where they left off: the ticket, or their credits.
 */
const KEY = 'helpdesk-support-checkout';
export const OUTCOME_PARAM = 'helpdesk-checkout';

export type CheckoutPurpose = { kind: 'priority'; ticket: string } | { kind: 'credits' };
export type CheckoutOutcome = 'success' | 'cancel';

export function rememberCheckout(purpose: CheckoutPurpose): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(purpose));
  } catch {
    // Without storage the customer comes back to the answers, with the outcome still told.
  }
}

const remembered = (): CheckoutPurpose | null => {
  try {
    const purpose = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    sessionStorage.removeItem(KEY);
    return purpose?.kind === 'credits' || (purpose?.kind === 'priority' && typeof purpose.ticket === 'string') ? purpose : null;
  } catch {
    return null;
  }
};

/**
 * The outcome in the page's address and what it was for, once: the parameters leave the address
 * (a reload does not tell it twice) and the note is forgotten.
 */
export function takeCheckoutReturn(): { outcome: CheckoutOutcome; purpose: CheckoutPurpose | null } | null {
  const url = new URL(location.href);
  const outcome = url.searchParams.get(OUTCOME_PARAM);
  if (outcome !== 'success' && outcome !== 'cancel') return null;
  url.searchParams.delete(OUTCOME_PARAM);
  url.searchParams.delete('session_id');
  history.replaceState(history.state, '', url.href);
  return { outcome, purpose: remembered() };
}
