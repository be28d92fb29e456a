import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { submissionWarnings } from '../domain/text/questions';
import { chatSubject } from '../domain/tickets';
import { ConflictError } from '../errors';
import { getPluginService } from '../utils';
import type { IncomingFile } from './attachments';
import { INCIDENT_CLASS_UID, TICKET_MESSAGE_UID, TICKET_UID, USER_UID } from '../uids';

/** What a customer sees of a ticket; scores, assignee, internal stamps and notes never leave. */
const TICKET_FIELDS = [
  'reference', 'subject', 'body', 'status', 'tier', 'language', 'firstResponseDueAt', 'nextResponseDueAt',
  'firstRespondedAt', 'resolvedAt', 'closedAt', 'billing', 'creditEstimate', 'creditsConfirmed', 'creditsCharged',
  'priorityPaidAt', 'channel', 'chatState', 'createdAt', 'updatedAt',
] as const;
const MESSAGE_FIELDS = ['authorKind', 'body', 'readAt', 'createdAt'] as const;
const CLASS_FIELDS = ['name', 'creditsMin', 'creditsMax', 'alwaysFree'] as const;
const FILE_FIELDS = ['name', 'mime', 'size', 'url'] as const;
/** What the customer's thread reads of each message, in the ticket view and in its live stream. */
const MESSAGE_READ = { select: ['id', 'documentId', ...MESSAGE_FIELDS], populate: { attachments: { select: ['id', ...FILE_FIELDS] } } };

const pick = (row: Record<string, any>, keys: readonly string[]): Record<string, any> => Object.fromEntries(keys.map((key) => [key, row[key] ?? null]));

/** A top suggestion scoring this high (a hit in an FAQ question itself) counts as "the FAQ answers it". */
const STRONG_MATCH = 0.9;

/** Statuses a customer's reply moves back to `open`: the desk owes them an answer again. */
const REOPENED_BY_REPLY = new Set(['waiting_on_customer', 'resolved']);


export interface NewTicketInput {
  subject: string;
  body: string;
  incidentClass?: string;
  locale?: string;
  tier?: 'standard' | 'priority';
  /** When the customer registered, from the user row the request was authenticated with. */
  registeredAt?: string | Date | null;
  /** Where the question came from: the ticket form (default) or the chat box. */
  channel?: 'web' | 'chat';
  /** A live chat waiting for an agent; null for one no one staffs, which is answered by mail. */
  chatState?: 'waiting' | null;
}

/**
 * The customer's side of tickets. Every lookup is scoped to the customer, so another customer's
 * ticket is simply not found (404), never forbidden: its existence is not revealed either.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tickets = () => strapi.documents(TICKET_UID as any);
  const now = () => getPluginService(strapi, 'clock').now();

  const findOwn = async (customerId: number, documentId: string) => {
    const ticket = await tickets().findFirst({
      filters: { documentId, customer: { id: customerId } },
      fields: [...TICKET_FIELDS],
      populate: { incidentClass: { fields: [...CLASS_FIELDS] }, attachments: { fields: [...FILE_FIELDS] } },
    });
    if (!ticket) throw new errors.NotFoundError('Ticket not found');
    return ticket;
  };

  /**
   * Runs a write with the given files attached: checked before anything is written, stored, and
   * removed again if the write fails, so a refused request leaves neither a record nor a file.
   */
  const withAttachments = async <T>(files: IncomingFile[], write: (ids: number[]) => Promise<T>): Promise<T> => {
    const attachments = getPluginService(strapi, 'attachments');
    await attachments.validate(files);
    const ids = await attachments.store(files);
    try {
      return await write(ids);
    } catch (error) {
      await attachments.discard(ids);
      throw error;
    }
  };

  return {
    async create(customerId: number, input: NewTicketInput, files: IncomingFile[] = []) {
      const payments = getPluginService(strapi, 'payments');
      if (input.tier === 'priority' && !payments.available()) {
        throw new errors.ValidationError('data.tier: priority tickets need online payment, which this site has not set up', {
          errors: [{ path: 'data.tier', message: 'priority is not available: payments are not configured' }],
        });
      }
      let incidentClass: string | undefined;
      let incidentClassShown: Record<string, unknown> | null = null;
      if (input.incidentClass) {
        const found = await strapi.documents(INCIDENT_CLASS_UID as any).findFirst({ filters: { documentId: input.incidentClass }, fields: [...CLASS_FIELDS] });
        if (!found) {
          throw new errors.ValidationError('data.incidentClass: no such incident class', {
            errors: [{ path: 'data.incidentClass', message: 'no such incident class' }],
          });
        }
        incidentClass = input.incidentClass;
        incidentClassShown = found;
      }

      // What it costs is settled before anything is written: free, or an estimate to confirm first.
      const billing = await getPluginService(strapi, 'ticket-credits').forNewTicket(customerId, incidentClass, now(), input.registeredAt);
      const priority = input.tier === 'priority';

      // Self-help first: what the FAQ or the documentation already answers is suggested, and kept for fair-use scoring.
      const suggestions = await getPluginService(strapi, 'search').search(`${input.subject} ${input.body.slice(0, 300)}`.slice(0, 400), {
        locale: input.locale,
        limit: 3,
      });
      const created = await withAttachments(files, (attachments) =>
        tickets().create({
          data: {
            subject: input.subject,
            body: input.body,
            language: input.locale ?? 'en',
            customer: customerId,
            incidentClass,
            tier: input.tier ?? 'standard',
            channel: input.channel ?? 'web',
            chatState: input.chatState ?? null,
            status: priority ? 'awaiting_payment' : billing.needsConfirmation ? 'awaiting_credit_confirmation' : 'new',
            billing: billing.billing,
            creditEstimate: billing.creditEstimate,
            lastCustomerMessageAt: now(),
            // An empty list would still have the document service count the files it names.
            ...(attachments.length ? { attachments } : {}),
            faqMatches: suggestions.map(({ source, documentId, score }) => ({ source, documentId, score })),
            faqStrongMatch: (suggestions[0]?.score ?? 0) >= STRONG_MATCH,
          },
        })
      );

      const warnings = submissionWarnings(input.subject, input.body);
      let checkout: { checkoutUrl: string | null; amountCents: number; currency: string } | null = null;
      if (priority) {
        try {
          const email = (await strapi.db.query(USER_UID as any).findOne({ where: { id: customerId }, select: ['email'] }))?.email ?? null;
          checkout = await payments.checkoutForPriority({
            documentId: created.documentId,
            reference: (created as any).reference ?? null,
            customerId,
            email,
            language: input.locale ?? null,
          });
        } catch (error) {
          // The question is never lost: without a payment page it goes on as a standard ticket.
          strapi.log.error(`[helpdesk] Starting the priority payment of ticket ${created.documentId} failed: ${(error as Error).message}`);
          await payments.fallBackToStandard(created.documentId);
          warnings.push({
            code: 'priority-unavailable',
            message: 'The priority payment could not be started, so your ticket was filed as a standard ticket. Nothing was charged.',
          });
        }
      }

      // What the customer sees, from the row just written; read again when a priority payment that
      // could not start turned it standard, or to list the stored attachments.
      const ticket: Record<string, any> =
        priority || files.length > 0
          ? await findOwn(customerId, created.documentId)
          : { ...pick(created, ['id', 'documentId', ...TICKET_FIELDS]), incidentClass: incidentClassShown, attachments: [] };
      const creditView = await getPluginService(strapi, 'ticket-credits').viewOf(ticket, customerId, billing.entitlement.balance);
      return {
        ticket,
        meta: {
          expectedResponseBy: ticket.firstResponseDueAt ?? null,
          suggestions,
          warnings,
          ...(checkout ? { checkoutUrl: checkout.checkoutUrl, priorityFee: { amountCents: checkout.amountCents, currency: checkout.currency } } : {}),
          credits: creditView ? { ...creditView, freeUntil: billing.entitlement.freeUntil, inFreePeriod: billing.entitlement.inFreePeriod } : null,
        },
      };
    },

    /**
     * A chat from the chat box: a ticket like any other (SLA, fair use, credits, suggestions), on
     * the chat channel. While support is staffed it waits for an agent, live; outside staffed hours
     * it is an ordinary ticket answered by mail, and the answer says by when.
     */
    async startChat(customerId: number, input: { body: string; locale?: string; registeredAt?: string | Date | null }) {
      const availability = await getPluginService(strapi, 'sla').availability(now(), 'standard');
      const staffed = availability.open;
      const filed = await this.create(customerId, {
        subject: chatSubject(input.body),
        body: input.body,
        locale: input.locale,
        registeredAt: input.registeredAt,
        channel: 'chat',
        chatState: staffed ? 'waiting' : null,
      });
      if (staffed) {
        await getPluginService(strapi, 'realtime').publish({ type: 'chat', ticket: filed.ticket.documentId, state: 'waiting', agent: null });
      }
      return {
        ...filed,
        meta: {
          ...filed.meta,
          chat: staffed
            ? { staffed: true, answeredBy: 'chat' as const, expectedResponseBy: null }
            : { staffed: false, answeredBy: 'mail' as const, expectedResponseBy: filed.meta.expectedResponseBy, nextOpenAt: availability.nextOpenAt },
        },
      };
    },

    /** One own ticket without its thread (and without marking anything read). */
    own: findOwn,

    /** The public messages of a ticket (the caller has checked it is the customer's) after message `afterId`, in the order written. */
    async publicMessagesAfter(ticketId: number, afterId: number, limit: number) {
      return strapi.db.query(TICKET_MESSAGE_UID as any).findMany({
        where: { ticket: { id: ticketId }, internal: false, id: { $gt: afterId } },
        ...MESSAGE_READ,
        orderBy: [{ id: 'asc' }],
        limit,
      });
    },

    /** The customer's own tickets, newest first. */
    async listOwn(customerId: number, { page, pageSize }: { page: number; pageSize: number }) {
      const filters = { customer: { id: customerId } };
      const [results, total] = await Promise.all([
        tickets().findMany({
          filters,
          fields: [...TICKET_FIELDS],
          sort: [{ createdAt: 'desc' }, { id: 'desc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        }),
        tickets().count({ filters }),
      ]);
      return { results, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },

    /** One own ticket with its public thread; opening it marks the staff answers as read. */
    async getOwn(customerId: number, documentId: string) {
      const ticket = await findOwn(customerId, documentId);
      const messages = await strapi.db.query(TICKET_MESSAGE_UID as any).findMany({
        where: { ticket: { documentId }, internal: false },
        ...MESSAGE_READ,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const unread = messages.filter((message: any) => message.authorKind === 'staff' && !message.readAt);
      if (unread.length > 0) {
        const readAt = now();
        // One write for all the receipts and one re-scoring (an answer opened ends the fair-use
        // signal "wrote again without reading it"), where a document-service update per answer
        // would re-score once each. Under the standing's lock, as every write for a customer is.
        const fairUse = getPluginService(strapi, 'fair-use');
        await fairUse.withStandingLocked(customerId, async (standing) => {
          await strapi.db.query(TICKET_MESSAGE_UID as any).updateMany({
            where: { id: { $in: unread.map((message: any) => message.id) } },
            data: { readAt, updatedAt: readAt },
          });
          await fairUse.refreshLocked(customerId, standing);
        });
        for (const message of unread) message.readAt = readAt;
      }
      return { ...ticket, messages };
    },

    /** A customer's reply: refused on a closed ticket, and it reopens a ticket that waited on them. */
    async reply(customerId: number, documentId: string, { body }: { body: string }, files: IncomingFile[] = []) {
      const ticket = await findOwn(customerId, documentId);
      if (ticket.status === 'closed') {
        throw new ConflictError('This ticket is closed and takes no new messages; please open a new ticket.');
      }
      return withAttachments(files, (attachments) =>
        strapi.db.transaction(async () => {
          const message = await strapi.documents(TICKET_MESSAGE_UID as any).create({
            data: { ticket: documentId, authorKind: 'customer', authorUser: customerId, body, internal: false, attachments },
            fields: [...MESSAGE_FIELDS],
            populate: { attachments: { fields: [...FILE_FIELDS] } },
          });
          if (REOPENED_BY_REPLY.has(ticket.status)) {
            await tickets().update({ documentId, data: { status: 'open' } as any });
          }
          return message;
        })
      );
    },

    /** The customer closes their own ticket as resolved; doing it twice changes nothing. */
    async resolve(customerId: number, documentId: string) {
      const ticket = await findOwn(customerId, documentId);
      if (ticket.status === 'closed') {
        throw new ConflictError('This ticket is already closed.');
      }
      if (ticket.status !== 'resolved') {
        await tickets().update({ documentId, data: { status: 'resolved' } as any });
      }
      return findOwn(customerId, documentId);
    },
  };
};
