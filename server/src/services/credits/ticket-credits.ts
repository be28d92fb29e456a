import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  billingFor,
  chargeOnResolution,
  confirmationShortfall,
  creditsOnReopen,
  estimateProblem,
  initialEstimate,
  reviseEstimate,
  type Billing,
  type IncidentClassTerms,
  type TicketCredits,
} from '../../domain/credits';
import { DONE_STATUSES, type TicketStatus } from '../../domain/tickets';
import { ConflictError } from '../../errors';
import { CREDIT_TRANSACTION_UID, INCIDENT_CLASS_UID, TICKET_UID } from '../../uids';
import { getPluginService } from '../../utils';

const CREDIT_FIELDS = [
  'id', 'documentId', 'reference', 'status', 'billing', 'creditEstimate', 'creditsConfirmed', 'creditsCharged',
  'minutesSpent', 'firstRespondedAt', 'language',
];

type TicketRow = Record<string, any> & { id: number; documentId: string; status: TicketStatus; billing: Billing | null };

const creditsOf = (row: Record<string, any>): TicketCredits => ({
  estimate: row.creditEstimate ?? null,
  confirmed: row.creditsConfirmed ?? null,
  charged: row.creditsCharged ?? 0,
});

const termsOf = (incidentClass: Record<string, any> | null | undefined): IncidentClassTerms | null =>
  incidentClass
    ? { creditsMin: incidentClass.creditsMin ?? 1, creditsMax: incidentClass.creditsMax ?? null, alwaysFree: Boolean(incidentClass.alwaysFree) }
    : null;

const plural = (count: number) => `${count} credit${count === 1 ? '' : 's'}`;

const invalid = (path: string, message: string) => new errors.ValidationError(`${path}: ${message}`, { errors: [{ path, message }] });

/**
 * What a ticket costs: decided when it is filed (the free period, always-free classes), estimated
 * by staff, confirmed by the customer before work starts, and charged on resolution for the time
 * spent, never above what the customer confirmed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tickets = () => strapi.db.query(TICKET_UID as any);
  const ledger = () => getPluginService(strapi, 'credits');
  const now = () => getPluginService(strapi, 'clock').now();
  const settings = async () => (await getPluginService(strapi, 'settings').get()).credits;

  const readTicket = async (where: Record<string, unknown>): Promise<TicketRow | null> =>
    tickets().findOne({
      where,
      select: CREDIT_FIELDS,
      populate: { customer: { select: ['id', 'email'] }, incidentClass: { select: ['creditsMin', 'creditsMax', 'alwaysFree'] } },
    });

  /** The ticket's credit figures for the API: what it costs and where the confirmation stands. */
  const view = async (row: TicketRow, knownBalance?: number) => {
    const credits = creditsOf(row);
    const balance = knownBalance ?? (row.customer ? await ledger().balanceOf(row.customer.id) : 0);
    return {
      billing: row.billing ?? null,
      estimate: credits.estimate,
      confirmed: credits.confirmed,
      charged: credits.charged,
      balance,
      missing: row.status === 'awaiting_credit_confirmation' ? confirmationShortfall(credits, balance) : 0,
      awaitingConfirmation: row.status === 'awaiting_credit_confirmation',
    };
  };

  /** Staff also see the time logged, which resolution charges by. */
  const staffView = async (row: TicketRow) => ({ ...(await view(row)), minutesSpent: row.minutesSpent ?? 0 });

  return {
    /**
     * How a new ticket is paid for, and the fields it is created with: free tickets carry nothing;
     * a paid one starts with the class minimum as its estimate and waits for the customer's
     * confirmation (after the priority payment, when there is one).
     */
    async forNewTicket(customerId: number, incidentClassDocumentId: string | undefined, at: Date, registeredAt?: string | Date | null) {
      const incidentClass = incidentClassDocumentId
        ? await strapi.db.query(INCIDENT_CLASS_UID as any).findOne({
            where: { documentId: incidentClassDocumentId },
            select: ['creditsMin', 'creditsMax', 'alwaysFree'],
          })
        : null;
      const policy = await settings();
      const entitlement = await ledger().entitlement(customerId, at, registeredAt);
      const terms = termsOf(incidentClass);
      const billing = billingFor(policy, { supportFrom: new Date(entitlement.supportFrom), at, incidentClass: terms });
      const estimate = billing === 'credits' ? initialEstimate(terms, policy) : null;
      return {
        billing,
        creditEstimate: estimate,
        needsConfirmation: billing === 'credits',
        entitlement,
      };
    },

    view: async (documentId: string) => {
      const row = await readTicket({ documentId });
      return row ? view(row) : null;
    },

    /**
     * `view` of a ticket the caller has just read, with its customer's id (a filing has both), and
     * the balance when the caller read it a moment ago (a filing moves no credits).
     */
    viewOf: (ticket: Record<string, any>, customerId: number, balance?: number) =>
      view({ ...(ticket as TicketRow), customer: { id: customerId } }, balance),

    /**
     * The customer accepts the estimate. Refused (409, nothing changed) when nothing waits for
     * confirmation or the balance is short, with how many credits are missing.
     */
    async confirm(customerId: number, documentId: string) {
      const owned = await tickets().findOne({ where: { documentId, customer: { id: customerId } }, select: ['id'] });
      if (!owned) throw new errors.NotFoundError('Ticket not found');
      await ledger().ensureAccount(customerId);
      return getPluginService(strapi, 'queue').withTicketLocked(documentId, async () => {
        const row = (await readTicket({ documentId }))!;
        if (row.status !== 'awaiting_credit_confirmation') {
          throw new ConflictError('This ticket has no credit estimate waiting for your confirmation.', { status: row.status });
        }
        const credits = creditsOf(row);
        const balance = await ledger().balanceOf(customerId);
        const missing = confirmationShortfall(credits, balance);
        if (missing > 0) {
          throw new ConflictError(
            `Your balance of ${plural(balance)} is ${plural(missing)} short of the estimate of ${plural(credits.estimate ?? 0)}: top up at least ${plural(missing)}, then confirm again.`,
            { estimate: credits.estimate, balance, missing }
          );
        }
        await strapi.documents(TICKET_UID as any).update({
          documentId,
          data: {
            status: row.firstRespondedAt ? 'open' : 'new',
            creditsConfirmed: credits.estimate,
            creditEstimateConfirmedAt: now(),
          } as any,
        });
        return view((await readTicket({ documentId }))!);
      });
    },

    /**
     * Staff set or revise the estimate: within the class range (freely for classes priced on
     * request). More than the customer confirmed asks them again before work goes on.
     */
    async revise(documentId: string, credits: number) {
      return getPluginService(strapi, 'queue').withTicketLocked(documentId, async () => {
        const row = (await readTicket({ documentId }))!;
        if (row.billing !== 'credits') {
          const why =
            row.billing === 'always_free'
              ? 'is free: its incident class is always free'
              : row.billing === 'free_period'
                ? 'is free: it was filed within the free period'
                : 'was filed before credits applied: it is not billed';
          throw new ConflictError(`This ticket ${why}, so it has no estimate.`, { billing: row.billing });
        }
        if (DONE_STATUSES.includes(row.status)) {
          throw new ConflictError(`This ticket is ${row.status}: reopen it before revising its estimate.`, { status: row.status });
        }
        const current = creditsOf(row);
        const problem = estimateProblem(credits, { incidentClass: termsOf(row.incidentClass), charged: current.charged }, await settings());
        if (problem) throw invalid('data.credits', problem);
        const revised = reviseEstimate(current, credits);
        const data: Record<string, unknown> = { creditEstimate: revised.estimate, creditsConfirmed: revised.confirmed };
        if (revised.needsConfirmation && row.status !== 'awaiting_payment') data.status = 'awaiting_credit_confirmation';
        await strapi.documents(TICKET_UID as any).update({ documentId, data: data as any });
        return staffView((await readTicket({ documentId }))!);
      });
    },

    /** Staff log time spent on the ticket, in minutes; resolution charges by it. */
    async logTime(documentId: string, minutes: number) {
      return getPluginService(strapi, 'queue').withTicketLocked(documentId, async () => {
        const row = (await readTicket({ documentId }))!;
        if (row.status === 'closed') throw new ConflictError('This ticket is closed: no more time can be logged on it.', { status: row.status });
        await tickets().update({ where: { id: row.id }, data: { minutesSpent: (row.minutesSpent ?? 0) + minutes } });
        return staffView((await readTicket({ documentId }))!);
      });
    },

    /**
     * The credit side of a status change, inside its transaction (the document middleware calls it):
     * fields to write with a reopened ticket, and the charge once it is resolved.
     */
    async fieldsForStatusChange(documentId: string, to: TicketStatus): Promise<Record<string, unknown>> {
      const row = await readTicket({ documentId });
      if (!row || row.billing !== 'credits') return {};
      const reopened = DONE_STATUSES.includes(row.status) && !DONE_STATUSES.includes(to);
      if (!reopened) return {};
      const { estimate, confirmed } = creditsOnReopen(creditsOf(row));
      return { creditEstimate: estimate, creditsConfirmed: confirmed };
    },

    /**
     * Charges a just-resolved ticket for its time, at least the minimum and at most what was
     * confirmed, as one debit whose key numbers the ticket's charges: a retried resolution finds its
     * key taken and charges nothing more. A balance that no longer covers the charge is charged what
     * it holds, and the rest noted for staff: a customer is never taken below zero.
     */
    async chargeResolved(documentId: string) {
      const row = await readTicket({ documentId });
      if (!row || row.billing !== 'credits' || !row.customer) return null;
      const policy = await settings();
      const { delta } = chargeOnResolution(creditsOf(row), row.minutesSpent ?? 0, policy);
      if (delta <= 0) return null;
      const previousCharges = await strapi.db
        .query(CREDIT_TRANSACTION_UID as any)
        .count({ where: { ticket: { id: row.id }, kind: 'debit' } });
      const label = row.reference ?? row.documentId;
      const result = await ledger().debitUpTo({
        customerId: row.customer.id,
        credits: delta,
        externalRef: `ticket:${row.documentId}:charge:${previousCharges + 1}`,
        ticketId: row.id,
        actor: 'system',
        note: (charged, short) =>
          `${plural(charged)} for ${label} (${row.minutesSpent ?? 0} min)${short > 0 ? `; ${plural(short)} not charged: the balance was short` : ''}`,
      });
      if (!result.duplicate) {
        await tickets().update({ where: { id: row.id }, data: { creditsCharged: (row.creditsCharged ?? 0) + result.charged } });
      }
      return {
        charged: result.charged,
        short: result.short,
        balance: result.balance,
        customer: row.customer,
        language: row.language,
        externalRef: result.transaction.externalRef,
      };
    },
  };
};
