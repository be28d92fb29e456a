import type { Core } from '@strapi/strapi';
import { TICKET_MESSAGE_UID } from '../uids';
import { getPluginService } from '../utils';
import { relatedDocumentId, relatedTicketRow } from './related-ticket';

/**
 * Tells the ticket's open streams, on every instance, of each message written to it, however it
 * was written (a reply, a staff answer, a note, the Content Manager). The event goes out when the
 * write commits; the streams read the message itself.
 */
export function registerRealtimeMessages(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== TICKET_MESSAGE_UID || context.action !== 'create') return next();
    const created = await next();
    const ticketInput = context.params?.data?.ticket;
    const ticket = relatedDocumentId(ticketInput) ?? (await relatedTicketRow(strapi, ticketInput))?.documentId;
    if (ticket && typeof created?.id === 'number') {
      await getPluginService(strapi, 'realtime').publish({ type: 'message', ticket, messageId: created.id });
    }
    return created;
  });
}
