import type { Core } from '@strapi/strapi';
import { TICKET_MESSAGE_UID, TICKET_UID } from '../uids';
import { getPluginService } from '../utils';
import { relatedTicketRow } from './related-ticket';

/**
 * Re-scores the customer after every write that can change their fair use or their tickets' place
 * in the queue: a ticket filed, changed (status, tier) or deleted; a customer message or a staff
 * answer; a read receipt. Registered before the SLA stamping, so it runs outermost and sees the
 * stamps a message puts on its ticket; the score and the queue keys commit with the write.
 */
export function registerFairUseScoring(strapi: Core.Strapi) {
  const customerOfTicket = (where: Record<string, unknown>) => getPluginService(strapi, 'fair-use').customerOfTicket(where);
  const customerOfMessage = async (where: Record<string, unknown>): Promise<number | null> => {
    const message = await strapi.db
      .query(TICKET_MESSAGE_UID as any)
      .findOne({ where, select: ['id'], populate: { ticket: { select: ['id'], populate: { customer: { select: ['id'] } } } } });
    return message?.ticket?.customer?.id ?? null;
  };

  /** Whose tickets a write is about, as far as it can be told before the write. */
  const customerBefore = async (context: any): Promise<number | null> => {
    const { action, params } = context;
    if (context.uid === TICKET_UID) {
      if (action !== 'create') return customerOfTicket({ documentId: params.documentId });
      const customer = params.data?.customer;
      return typeof customer === 'number' ? customer : typeof customer?.id === 'number' ? customer.id : null;
    }
    if (action === 'update') return customerOfMessage({ documentId: params.documentId });
    const ticket = await relatedTicketRow(strapi, params.data?.ticket);
    return ticket ? customerOfTicket({ id: ticket.id }) : null;
  };

  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    const onTicket = context.uid === TICKET_UID && ['create', 'update', 'delete'].includes(context.action);
    const onMessage = context.uid === TICKET_MESSAGE_UID && ['create', 'update'].includes(context.action);
    if (!onTicket && !onMessage) return next();

    const fairUse = getPluginService(strapi, 'fair-use');
    const known = await customerBefore(context);
    if (known !== null) {
      return fairUse.withStandingLocked(known, async (standing) => {
        const result = await next();
        await fairUse.refreshLocked(known, standing);
        return result;
      });
    }
    // Whose write it is shows only afterwards: the standing is locked after the write.
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = context.params?.documentId ?? result?.documentId;
      const customerId = documentId ? (onTicket ? await customerOfTicket({ documentId }) : await customerOfMessage({ documentId })) : null;
      if (customerId !== null) await fairUse.refreshCustomer(customerId);
      return result;
    });
  });
}
