import type Stripe from 'stripe';

/** Marks the Checkout sessions this plugin creates, so a Stripe account shared with a shop is left alone. */
export const SESSION_APP = 'strapi-plugin-helpdesk';

export type Purpose = 'priority' | 'credits';

/** What a session was for, read back from its metadata; null for sessions that are not ours. */
export type SessionPurpose =
  | { purpose: 'priority'; ticketDocumentId: string; customerId: number }
  | { purpose: 'credits'; customerId: number; credits: number; pack: string; language: string | null };

export function purposeOf(session: Pick<Stripe.Checkout.Session, 'metadata'>): SessionPurpose | null {
  const meta = session.metadata ?? {};
  if (meta.app !== SESSION_APP) return null;
  const customerId = Number(meta.customerId);
  if (!Number.isInteger(customerId) || customerId <= 0) return null;
  if (meta.purpose === 'priority' && meta.ticket) return { purpose: 'priority', ticketDocumentId: meta.ticket, customerId };
  const credits = Number(meta.credits);
  if (meta.purpose === 'credits' && Number.isInteger(credits) && credits > 0) {
    return { purpose: 'credits', customerId, credits, pack: meta.pack ?? '', language: meta.language || null };
  }
  return null;
}

/** Paid: complete, and the money is there (a delayed method completes first and pays later). */
export const isPaid = (session: Pick<Stripe.Checkout.Session, 'status' | 'payment_status'>) =>
  session.status === 'complete' && (session.payment_status === 'paid' || session.payment_status === 'no_payment_required');
