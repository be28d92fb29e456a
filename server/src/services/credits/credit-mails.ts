import type { Core } from '@strapi/strapi';
import type { MailPayloads } from '../../domain/mail';
import { INCIDENT_CLASS_UID, TICKET_UID } from '../../uids';
import { getPluginService, toIso } from '../../utils';

export interface CreditMailCustomer {
  id: number;
  email: string | null;
}

/**
 * The mails about money: payments received, a priority payment that did not complete, a balance
 * too low for the next incident. Each is queued in the caller's transaction under a key made of
 * what caused it, so a redelivered payment event or a retried charge mails once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = () => getPluginService(strapi, 'mail-outbox');

  /** The language the customer last wrote in: account mails have no ticket of their own. */
  const languageOf = async (customerId: number, fallback: string | null = null) => {
    if (fallback) return fallback;
    const latest = await strapi.db.query(TICKET_UID as any).findOne({
      where: { customer: { id: customerId } },
      select: ['language'],
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return latest?.language ?? 'en';
  };

  /** The least an incident costs: the lowest minimum of the paid classes, never below the minimum charge. */
  const cheapestIncident = async () => {
    const { credits } = await getPluginService(strapi, 'settings').get();
    const classes = await strapi.db.query(INCIDENT_CLASS_UID as any).findMany({ where: { alwaysFree: false }, select: ['creditsMin'] });
    const minimums = classes.map((row: { creditsMin: number | null }) => row.creditsMin ?? credits.minimumCharge);
    return Math.max(credits.minimumCharge, minimums.length ? Math.min(...minimums) : credits.minimumCharge);
  };

  return {
    async creditsPurchased(customer: CreditMailCustomer, input: { sessionId: string; credits: number; balance: number; amountCents: number; currency: string; language?: string | null }) {
      if (!customer.email) return;
      const payload: MailPayloads['payment-received'] = {
        kind: 'credits',
        amountCents: input.amountCents,
        currency: input.currency,
        credits: input.credits,
        balance: input.balance,
        reference: null,
        subject: null,
        expectedResponseBy: null,
      };
      await outbox().enqueue({
        dedupeKey: `payment-received:${input.sessionId}`,
        to: customer.email,
        template: 'payment-received',
        language: await languageOf(customer.id, input.language),
        payload: payload as unknown as Record<string, unknown>,
      });
    },

    async priorityPaid(ticketDocumentId: string, input: { sessionId: string; amountCents: number; currency: string }) {
      const ticket = await strapi.db.query(TICKET_UID as any).findOne({
        where: { documentId: ticketDocumentId },
        select: ['documentId', 'reference', 'subject', 'language', 'tier', 'firstResponseDueAt'],
        populate: { customer: { select: ['id', 'email'] } },
      });
      if (!ticket?.customer?.email) return;
      const payload: MailPayloads['payment-received'] = {
        kind: 'priority',
        amountCents: input.amountCents,
        currency: input.currency,
        credits: null,
        balance: null,
        reference: ticket.reference ?? '',
        subject: ticket.subject,
        ticketDocumentId,
        expectedResponseBy: toIso(ticket.firstResponseDueAt),
      };
      await outbox().enqueue({
        dedupeKey: `payment-received:${input.sessionId}`,
        ticketDocumentId,
        to: ticket.customer.email,
        template: 'payment-received',
        language: ticket.language ?? 'en',
        payload: { ...payload, tier: ticket.tier } as unknown as Record<string, unknown>,
      });
    },

    async priorityExpired(ticketDocumentId: string, sessionId: string) {
      const ticket = await strapi.db.query(TICKET_UID as any).findOne({
        where: { documentId: ticketDocumentId },
        select: ['documentId', 'reference', 'subject', 'language', 'tier', 'firstResponseDueAt'],
        populate: { customer: { select: ['id', 'email'] } },
      });
      if (!ticket?.customer?.email) return;
      const payload: MailPayloads['priority-expired'] & { ticketDocumentId: string; tier: string } = {
        ticketDocumentId,
        reference: ticket.reference ?? '',
        subject: ticket.subject,
        tier: ticket.tier,
        expectedResponseBy: toIso(ticket.firstResponseDueAt),
      };
      await outbox().enqueue({
        dedupeKey: `priority-expired:${sessionId}`,
        ticketDocumentId,
        to: ticket.customer.email,
        template: 'priority-expired',
        language: ticket.language ?? 'en',
        payload: payload as unknown as Record<string, unknown>,
      });
    },

    /** After a charge: tells the customer when the balance no longer covers the cheapest incident. */
    async balanceLowIfNeeded(customer: CreditMailCustomer, balance: number, language: string | null, cause: string) {
      if (!customer.email) return;
      const minimum = await cheapestIncident();
      if (balance >= minimum) return;
      const payload: MailPayloads['balance-low'] = { balance, minimum };
      await outbox().enqueue({
        dedupeKey: `balance-low:${cause}`,
        to: customer.email,
        template: 'balance-low',
        language: await languageOf(customer.id, language),
        payload: payload as unknown as Record<string, unknown>,
      });
    },
  };
};
