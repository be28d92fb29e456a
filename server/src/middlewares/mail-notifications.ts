import type { Core } from '@strapi/strapi';
import type { MailPayloads, MailTemplate } from '../domain/mail';
import { submissionWarnings } from '../domain/text/questions';
import { TICKET_MESSAGE_UID, TICKET_UID, USER_UID } from '../uids';
import { ADMIN_NAME_FIELDS } from '../names';
import { adminName, getPluginConfig, getPluginService, toIso } from '../utils';

const TICKET_FIELDS = [
  'id', 'documentId', 'reference', 'subject', 'body', 'status', 'tier', 'language', 'firstResponseDueAt', 'faqMatches', 'updatedAt',
  'creditEstimate', 'creditsConfirmed', 'creditsCharged', 'chatState',
];
/** A reply and a status change sent together ("send and wait on customer") make one mail, not two. */
const TOGETHER_MS = 2 * 60_000;

type Ticket = Record<string, any> & { customer?: { id: number; email: string } | null };

/**
 * Queues the customer's and staff's mails in the outbox, in the transaction of the write that
 * causes them, so a write that is rolled back sends nothing: a new ticket (to the customer, and to
 * staff when it is priority), a public staff answer, a ticket put to wait on the customer, a ticket
 * resolved. Registered just inside fair-use scoring, so the reference and the SLA stamps the inner
 * middlewares write are there to put in the mail. Each mail's unique key makes queuing it twice a
 * no-op.
 */
export function registerMailNotifications(strapi: Core.Strapi) {
  const tickets = () => strapi.db.query(TICKET_UID as any);
  const now = () => getPluginService(strapi, 'clock').now();

  /**
   * The customer of this request, when they are the given user: a customer's own request carries
   * their users-permissions row (an admin's request carries an admin, whose ids are another table's).
   */
  const filingCustomer = (customerId: number): { id: number; email: string } | null => {
    const ctx: any = strapi.requestContext.get();
    const user = ctx?.state?.auth?.strategy?.name === 'users-permissions' ? ctx.state.user : null;
    return user?.id === customerId && typeof user.email === 'string' ? { id: user.id, email: user.email } : null;
  };

  const readTicket = (where: Record<string, unknown>): Promise<Ticket | null> =>
    tickets().findOne({ where, select: TICKET_FIELDS, populate: { customer: { select: ['id', 'email'] } } });

  /**
   * A ticket just created, as `readTicket` would read it: the document service answers with the row
   * it wrote (the inner middlewares' reference and SLA stamps included), so only the customer's
   * address is read, and not even that when the customer is the one filing (their user row came
   * with the request). Read whole when the creator asked for fewer fields.
   */
  const createdTicket = async (created: Record<string, any>, data: Record<string, any> | undefined): Promise<Ticket | null> => {
    const customerId = typeof data?.customer === 'number' ? data.customer : data?.customer?.id;
    if (typeof customerId !== 'number' || !TICKET_FIELDS.every((field) => field in created)) return readTicket({ documentId: created.documentId });
    const customer = filingCustomer(customerId) ?? (await strapi.db.query(USER_UID as any).findOne({ where: { id: customerId }, select: ['id', 'email'] }));
    return { ...created, customer: customer ?? null };
  };

  const queue = async <T extends MailTemplate>(
    dedupeKey: string,
    to: string,
    template: T,
    ticket: Ticket,
    payload: Omit<MailPayloads[T], 'reference' | 'subject'>,
    options: { keyIsNew?: boolean } = {}
  ) => {
    await getPluginService(strapi, 'mail-outbox').enqueue(
      {
      dedupeKey,
      ticketDocumentId: ticket.documentId,
      to,
      template,
      language: ticket.language ?? 'en',
      payload: { ticketDocumentId: ticket.documentId, reference: ticket.reference ?? '', subject: ticket.subject, tier: ticket.tier, ...payload },
      },
      options
    );
  };

  /** The answers the ticket was shown when it was filed, with their titles and links. */
  const suggestionsOf = async (ticket: Ticket) => {
    const search = getPluginService(strapi, 'search');
    const matches: Array<{ source: string; documentId: string }> = Array.isArray(ticket.faqMatches) ? ticket.faqMatches : [];
    const found = await Promise.all(matches.map((match) => search.entryOf(match.source, match.documentId, ticket.language)));
    return found.filter((entry): entry is { title: string; url: string | null } => entry !== null);
  };

  /**
   * A ticket waits for the customer to confirm its estimate (on filing, after a revision above what
   * they confirmed, or after the priority payment): they are told what it costs and, when the
   * balance is short, to top up first. One mail per estimate.
   */
  const estimateToConfirm = async (ticket: Ticket, revised: boolean) => {
    if (!ticket.customer?.email || ticket.status !== 'awaiting_credit_confirmation') return;
    const incidentClass = await tickets().findOne({ where: { id: ticket.id }, select: ['id'], populate: { incidentClass: { select: ['name'] } } });
    const balance = await getPluginService(strapi, 'credits').balanceOf(ticket.customer.id);
    const estimate = ticket.creditEstimate ?? 0;
    const missing = Math.max(0, estimate - (ticket.creditsCharged ?? 0) - balance);
    await queue(`credit-estimate:${ticket.documentId}:${estimate}:${toIso(ticket.updatedAt)}`, ticket.customer.email, 'credit-estimate', ticket, {
      estimate,
      balance,
      missing,
      revised,
      incidentClass: incidentClass?.incidentClass?.name ?? null,
      minimumCharge: (await getPluginService(strapi, 'settings').get()).credits.minimumCharge,
    });
  };

  /** Staff hear of a priority ticket once it can be worked on: paid, and its estimate confirmed where it has one. */
  const priorityArrived = async (ticket: Ticket) => {
    for (const to of getPluginConfig(strapi).mail.staffRecipients) {
      await queue(`staff-new-priority:${ticket.documentId}:${to}`, to, 'staff-new-priority', ticket, {
        tier: 'priority',
        target: 'firstResponse',
        dueAt: toIso(ticket.firstResponseDueAt) ?? now().toISOString(),
        customerEmail: ticket.customer?.email ?? null,
      });
    }
  };

  /** `newDocument`: the create made the ticket's document id itself, so no mail can name it yet. */
  const ticketFiled = async (ticket: Ticket, newDocument: boolean) => {
    // A live chat is answered in the chat; one no one staffs is a ticket answered by mail, and gets the receipt.
    if (ticket.customer?.email && ticket.chatState !== 'waiting') {
      await queue(
        `ticket-received:${ticket.documentId}`,
        ticket.customer.email,
        'ticket-received',
        ticket,
        {
          // A priority ticket waiting for its payment has no answer time yet.
          expectedResponseBy: ticket.status === 'awaiting_payment' ? null : toIso(ticket.firstResponseDueAt),
          suggestions: await suggestionsOf(ticket),
          multipleQuestions: submissionWarnings(ticket.subject, ticket.body ?? '').length > 0,
        },
        { keyIsNew: newDocument }
      );
    }
    if (ticket.tier === 'priority' && ticket.status === 'new') await priorityArrived(ticket);
  };

  const staffAnswered = async (message: Record<string, any>) => {
    const ticket = await readTicket({ id: message.ticket.id });
    if (!ticket?.customer?.email) return;
    await queue(`staff-answered:${message.documentId}`, ticket.customer.email, 'staff-answered', ticket, {
      answer: message.body,
      staffName: message.authorAdmin ? adminName(message.authorAdmin) : null,
    });
  };

  const statusChanged = async (ticket: Ticket, from: string) => {
    if (ticket.tier === 'priority' && ticket.status === 'new' && (from === 'awaiting_payment' || from === 'awaiting_credit_confirmation')) {
      await priorityArrived(ticket);
    }
    const email = ticket.customer?.email;
    if (!email || ticket.status === from) return;
    const at = toIso(ticket.updatedAt) ?? now().toISOString();
    if (ticket.status === 'waiting_on_customer') {
      // An answer queued a moment ago already asks the customer: no second mail for the same step.
      const answer = await strapi.db.query(TICKET_MESSAGE_UID as any).findOne({
        where: { ticket: { id: ticket.id }, authorKind: 'staff', internal: false },
        select: ['body', 'createdAt'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      if (answer && now().getTime() - new Date(answer.createdAt).getTime() < TOGETHER_MS) return;
      await queue(`more-info-needed:${ticket.documentId}:${at}`, email, 'more-info-needed', ticket, { question: answer?.body ?? null });
    }
    if (ticket.status === 'resolved') await queue(`ticket-resolved:${ticket.documentId}:${at}`, email, 'ticket-resolved', ticket, {});
  };

  const estimateChanged = async (ticket: Ticket, before: { status: string; creditEstimate: number | null; creditsConfirmed: number | null }) => {
    if (ticket.status !== 'awaiting_credit_confirmation') return;
    const newlyWaiting = before.status !== 'awaiting_credit_confirmation';
    if (!newlyWaiting && before.creditEstimate === ticket.creditEstimate) return;
    await estimateToConfirm(ticket, ticket.creditsConfirmed != null || before.creditEstimate !== ticket.creditEstimate);
  };

  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    const { uid, action, params } = context;
    const onTicket = uid === TICKET_UID && (action === 'create' || action === 'update');
    const onMessage = uid === TICKET_MESSAGE_UID && action === 'create';
    if ((!onTicket && !onMessage) || !getPluginConfig(strapi).mail.enabled) return next();

    return strapi.db.transaction(async () => {
      const before =
        onTicket && action === 'update'
          ? await tickets().findOne({ where: { documentId: params.documentId }, select: ['status', 'creditEstimate', 'creditsConfirmed'] })
          : null;
      const result = await next();
      if (!result?.documentId) return result;
      if (onTicket) {
        const ticket = action === 'create' ? await createdTicket(result, params.data) : await readTicket({ documentId: result.documentId });
        if (ticket && action === 'create') {
          await ticketFiled(ticket, !params.data?.documentId);
          await estimateToConfirm(ticket, false);
        }
        if (ticket && before) {
          await statusChanged(ticket, before.status);
          await estimateChanged(ticket, before);
        }
      } else {
        const message = await strapi.db.query(TICKET_MESSAGE_UID as any).findOne({
          where: { documentId: result.documentId },
          select: ['documentId', 'authorKind', 'internal', 'body'],
          populate: { ticket: { select: ['id'] }, authorAdmin: { select: ADMIN_NAME_FIELDS } },
        });
        if (message?.authorKind === 'staff' && !message.internal && message.ticket) await staffAnswered(message);
      }
      return result;
    });
  });
}
