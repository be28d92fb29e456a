import type { Core } from '@strapi/strapi';
import { dueAnsweredBy } from '../domain/sla';
import { ticketSlaState } from '../services/sla';
import { TICKET_MESSAGE_UID, TICKET_UID } from '../uids';
import { getPluginService } from '../utils';
import { relatedTicketRow } from './related-ticket';

/**
 * SLA stamps as document-service middlewares. A ticket's own write gets its stamps merged into the
 * same data; a message updates its ticket inside the same transaction as the message itself.
 */
export function registerSlaStamping(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid === TICKET_UID && context.action === 'create') {
      const data = context.params.data ?? {};
      const stamps = await getPluginService(strapi, 'sla').stampsForNewTicket(data);
      context.params.data = { ...data, ...stamps };
      return next();
    }

    if (context.uid === TICKET_UID && context.action === 'update') {
      const data = context.params.data ?? {};
      if (data.status === undefined && data.tier === undefined) return next();
      const current = await strapi.db.query(TICKET_UID as any).findOne({ where: { documentId: context.params.documentId } });
      if (!current) return next();
      const change = {
        status: data.status !== undefined && data.status !== current.status ? data.status : undefined,
        tier: data.tier !== undefined && data.tier !== current.tier ? data.tier : undefined,
      };
      if (change.status === undefined && change.tier === undefined) return next();
      const stamps = await getPluginService(strapi, 'sla').stampsForTicketChange(current, change);
      context.params.data = { ...data, ...stamps };
      return next();
    }

    if (context.uid === TICKET_MESSAGE_UID && context.action === 'create') {
      return strapi.db.transaction(async () => {
        const data = context.params.data ?? {};
        const message = { authorKind: data.authorKind, internal: Boolean(data.internal) };
        if (message.authorKind === 'staff' && !message.internal) {
          // The reply remembers the due it answers, read before anything in this write moves it.
          const before = await relatedTicketRow(strapi, data.ticket);
          const answeredDueAt = before && dueAnsweredBy(ticketSlaState(before), message);
          if (answeredDueAt) context.params.data = { ...data, answeredDueAt };
        }
        const created = await next();
        const ticket = await relatedTicketRow(strapi, data.ticket);
        if (!ticket) return created;
        const stamps = await getPluginService(strapi, 'sla').stampsForMessage(ticket, message);
        if (Object.keys(stamps).length > 0) {
          await strapi.db.query(TICKET_UID as any).update({ where: { id: ticket.id }, data: stamps });
        }
        return created;
      });
    }

    return next();
  });
}
