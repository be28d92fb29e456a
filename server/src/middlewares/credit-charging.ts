import type { Core } from '@strapi/strapi';
import { DONE_STATUSES, isTicketStatus } from '../domain/tickets';
import { TICKET_UID } from '../uids';
import { getPluginService } from '../utils';

/**
 * Credits follow a ticket's status, whatever writes it (the customer, staff, a script): resolving
 * a paid ticket charges it, in the transaction of the status change, so a resolution that rolls
 * back charges nothing; reopening it resets the confirmed cap to what was charged. A charge that
 * leaves the balance below what an incident costs tells the customer to top up.
 */
export function registerCreditCharging(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== TICKET_UID || context.action !== 'update') return next();
    const to = context.params?.data?.status;
    if (typeof to !== 'string' || !isTicketStatus(to)) return next();

    return strapi.db.transaction(async () => {
      const { documentId } = context.params;
      const credits = getPluginService(strapi, 'ticket-credits');
      const before = await strapi.db.query(TICKET_UID as any).findOne({ where: { documentId }, select: ['status'] });
      if (!before || before.status === to) return next();
      context.params.data = { ...context.params.data, ...(await credits.fieldsForStatusChange(documentId, to)) };
      const result = await next();
      if (to === 'resolved' && !DONE_STATUSES.includes(before.status)) {
        const charge = await credits.chargeResolved(documentId);
        if (charge && charge.charged > 0) {
          await getPluginService(strapi, 'credit-mails').balanceLowIfNeeded(charge.customer, charge.balance, charge.language, charge.externalRef ?? documentId);
        }
      }
      return result;
    });
  });
}
