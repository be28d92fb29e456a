import type { Core } from '@strapi/strapi';
import { formatTicketReference } from '../domain/tickets';
import { TICKET_UID } from '../uids';

/**
 * Gives every new ticket its reference, whatever created it (REST, Content Manager, a script), in
 * the same transaction as the ticket itself. An explicit reference (an import) is kept.
 */
export function registerTicketReference(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== TICKET_UID || context.action !== 'create' || context.params?.data?.reference) {
      return next();
    }
    return strapi.db.transaction(async () => {
      const ticket = await next();
      if (ticket?.id && !ticket.reference) {
        const reference = formatTicketReference(ticket.id);
        // updateMany: one UPDATE (update() would read the row before and after); the row was just written.
        await strapi.db.query(TICKET_UID as any).updateMany({ where: { id: ticket.id }, data: { reference } });
        ticket.reference = reference;
      }
      return ticket;
    });
  });
}
