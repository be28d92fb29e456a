import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  acceptsStaffReply,
  allowedTransitions,
  canTransition,
  queueKeyParts,
  statusAfterStaffReply,
  type QueueSort,
  type TicketStatus,
  type TicketTier,
} from '../domain/tickets';
import { ConflictError } from '../errors';
import { createQueueQuery, type QueueFilters } from './queue-query';
import { initialEstimate } from '../domain/credits';
import { adminName, getPluginService, toDate, toIso } from '../utils';
import { ADMIN_NAME_FIELDS as ADMIN_FIELDS } from '../names';
import ticketSchema from '../content-types/ticket/schema.json';
import messageSchema from '../content-types/ticket-message/schema.json';
import { ADMIN_USER_UID, TICKET_MESSAGE_UID, TICKET_UID } from '../uids';

const EARLIER_TICKETS_LIMIT = 20;
const RECENT_LEDGER_ROWS = 5;

// Fields are always listed: a user row also holds a password hash and reset tokens.
const CUSTOMER_FIELDS = ['id', 'email', 'username'];
// Enough to link and describe a file; the upload row also holds provider metadata staff have no use for.
const FILE_FIELDS = ['id', 'name', 'mime', 'size', 'url'];

const LIST_FIELDS = [
  'id',
  'documentId',
  'reference',
  'subject',
  'status',
  'tier',
  'priorityScore',
  'firstResponseDueAt',
  'nextResponseDueAt',
  'resolutionDueAt',
  'firstRespondedAt',
  'pausedAt',
  'preBreachedAt',
  'breachedAt',
  'createdAt',
  'updatedAt',
];

/** What the ticket view shows beyond a queue row. */
const DETAIL_FIELDS = [
  'body',
  'language',
  'lastCustomerMessageAt',
  'lastStaffMessageAt',
  'resolvedAt',
  'closedAt',
  'priorityPaidAt',
  'billing',
  'creditEstimate',
  'creditEstimateConfirmedAt',
  'creditsConfirmed',
  'creditsCharged',
  'minutesSpent',
];

/** Datetime fields of tickets and messages, read off their schemas so the list cannot drift. */
const datetimeAttributes = (schema: { attributes: Record<string, { type: string }> }) =>
  Object.entries(schema.attributes)
    .filter(([, attribute]) => attribute.type === 'datetime')
    .map(([name]) => name);
const DATE_FIELDS = new Set(['createdAt', 'updatedAt', ...datetimeAttributes(ticketSchema), ...datetimeAttributes(messageSchema)]);


/** Each database hands datetimes back its own way; the API always answers ISO strings. */
const withIsoDates = (row: Record<string, any>, fields: string[]) => {
  const out: Record<string, any> = {};
  for (const field of fields) {
    if (field === 'id') continue;
    const value = row[field];
    out[field] = DATE_FIELDS.has(field) ? toIso(value) : (value ?? null);
  }
  return out;
};

const estimateRangeOf = (incidentClass: Record<string, any> | null, minimumCharge: number) => {
  const terms = incidentClass ? { creditsMin: incidentClass.creditsMin ?? 1, creditsMax: incidentClass.creditsMax ?? null, alwaysFree: false } : null;
  const min = initialEstimate(terms, { minimumCharge });
  return { min, max: terms?.creditsMax == null ? null : Math.max(min, terms.creditsMax) };
};

const customerOf = (user: any) => (user ? { id: user.id, email: user.email, username: user.username } : null);
const adminOf = (user: any) => (user ? { id: user.id, firstname: user.firstname, lastname: user.lastname, email: user.email } : null);

/** Read for the queue's "why here" columns, not shown as they are. */
const ORDER_FIELDS = ['fairUseScore', 'fairUseReasons', 'fairUsePenalized', 'queueSortKey'];

const listItem = (row: Record<string, any>) => {
  const parts = queueKeyParts({
    status: row.status,
    tier: row.tier,
    penalized: Boolean(row.fairUsePenalized),
    firstResponseDueAt: toDate(row.firstResponseDueAt),
    firstRespondedAt: toDate(row.firstRespondedAt),
    nextResponseDueAt: toDate(row.nextResponseDueAt),
    createdAt: toDate(row.createdAt)!,
  });
  return {
    ...withIsoDates(row, LIST_FIELDS),
    dueAt: parts.dueAt?.toISOString() ?? null,
    customer: customerOf(row.customer),
    assignee: adminOf(row.assignee),
    fairUse: { score: row.fairUseScore ?? 0, penalized: parts.penalized, reasons: row.fairUseReasons ?? [] },
    // Why the ticket stands where it stands: the queue sorts by `key`, made of these parts in this order.
    queueOrder: {
      key: row.queueSortKey ?? null,
      done: parts.done,
      tier: parts.tier,
      penalized: parts.penalized,
      dueAt: parts.dueAt?.toISOString() ?? null,
      createdAt: parts.createdAt.toISOString(),
    },
  };
};

/** Strapi's upload plugin stores sizes in kilobytes with two decimals; staff read bytes (to the nearest 10). */
const fileItem = (file: Record<string, any>) => ({
  id: file.id,
  name: file.name,
  mime: file.mime,
  sizeBytes: Math.round(Number(file.size ?? 0) * 1000),
  url: file.url,
});

/** What the ticket view reads of each message of a thread. */
const THREAD_READ = {
  select: ['id', 'documentId', 'authorKind', 'internal', 'body', 'createdAt', 'readAt'],
  populate: {
    authorAdmin: { select: ADMIN_FIELDS },
    authorUser: { select: CUSTOMER_FIELDS },
    attachments: { select: FILE_FIELDS },
  },
};

const messageItem = (row: Record<string, any>) => ({
  ...withIsoDates(row, ['documentId', 'authorKind', 'internal', 'body', 'createdAt', 'readAt']),
  internal: Boolean(row.internal),
  attachments: (row.attachments ?? []).map(fileItem),
  author: row.authorAdmin
    ? { id: row.authorAdmin.id, name: adminName(row.authorAdmin) }
    : row.authorUser
      ? { id: row.authorUser.id, email: row.authorUser.email }
      : null,
});

export interface ListParams extends QueueFilters {
  sort?: QueueSort;
  page: number;
  pageSize: number;
}

/** The plugin's content types are not in the host app's generated typings, so writes are typed here. */
interface DocumentWrites {
  create(params: { data: Record<string, unknown> }): Promise<{ id: number; documentId: string }>;
  update(params: { documentId: string; data: Record<string, unknown> }): Promise<unknown>;
}

/**
 * The staff side of tickets: the queue, one ticket with its thread, and what staff do to it.
 * Writes go through the document service so the SLA stamping middleware sees them; a message and
 * the ticket change it causes commit together.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const queueQuery = createQueueQuery(strapi);
  const documents = (uid: string) => strapi.documents(uid as any) as unknown as DocumentWrites;
  const tickets = () => strapi.db.query(TICKET_UID as any);

  const loadListItems = async (ids: number[]) => {
    if (ids.length === 0) return [];
    const rows = await tickets().findMany({
      where: { id: { $in: ids } },
      select: [...LIST_FIELDS, ...ORDER_FIELDS],
      populate: { customer: { select: CUSTOMER_FIELDS }, assignee: { select: ADMIN_FIELDS } },
    });
    const byId = new Map(rows.map((row: any) => [Number(row.id), row]));
    return ids.flatMap((id) => (byId.has(id) ? [listItem(byId.get(id) as Record<string, any>)] : []));
  };

  const summary = async (documentId: string) => {
    const row = await tickets().findOne({ where: { documentId }, select: ['id'] });
    return row ? (await loadListItems([Number(row.id)]))[0] : null;
  };

  /**
   * Reads the ticket inside the caller's transaction and locks its row where the database can
   * (SQLite serialises writers anyway), so a check on its status holds until the write commits.
   */
  const lockTicket = async (documentId: string) => {
    const row = await strapi.db.entityManager
      .createQueryBuilder(TICKET_UID as any)
      .select(['id', 'documentId', 'reference', 'status', 'tier'])
      .where({ documentId })
      .forUpdate()
      .first()
      .execute<Record<string, any> | null>();
    if (!row) throw new errors.NotFoundError('Ticket not found');
    return row as { id: number; documentId: string; reference: string | null; status: TicketStatus; tier: TicketTier };
  };

  type LockedTicket = Awaited<ReturnType<typeof lockTicket>>;

  /**
   * Runs a staff write in one transaction holding the customer's fair-use standing, then the ticket:
   * the order every write for a customer takes, so a staff answer and the customer's own reply queue
   * up instead of each holding the lock the other needs.
   */
  const withTicketLocked = async <T>(documentId: string, work: (ticket: LockedTicket) => Promise<T>): Promise<T> => {
    const fairUse = getPluginService(strapi, 'fair-use');
    const customerId = await fairUse.customerOfTicket({ documentId });
    return fairUse.withStandingLocked(customerId, async () => work(await lockTicket(documentId)));
  };

  const label = (ticket: { reference: string | null; documentId: string }) => ticket.reference ?? ticket.documentId;

  const customerCredits = async (customerId: number) => {
    const credits = getPluginService(strapi, 'credits');
    const { results } = await credits.transactions({ customerId, page: 1, pageSize: RECENT_LEDGER_ROWS });
    return { ...(await credits.entitlement(customerId)), recentTransactions: results };
  };

  const addStaffMessage = async (documentId: string, adminUser: { id: number }, body: string, internal: boolean, minutes = 0) =>
    withTicketLocked(documentId, async (ticket) => {
      if (!acceptsStaffReply(ticket.status)) {
        throw new ConflictError(`Ticket ${label(ticket)} is ${ticket.status}: it takes no more messages`, { status: ticket.status });
      }
      const created = await documents(TICKET_MESSAGE_UID).create({
        data: { ticket: documentId, authorKind: 'staff', authorAdmin: adminUser.id, body, internal },
      });
      if (minutes > 0) {
        // Time logged with the message; the row is locked, so the sum cannot lose a concurrent log.
        const { minutesSpent } = await tickets().findOne({ where: { id: ticket.id }, select: ['minutesSpent'] });
        await tickets().update({ where: { id: ticket.id }, data: { minutesSpent: (minutesSpent ?? 0) + minutes } });
      }
      if (!internal) {
        const next = statusAfterStaffReply(ticket.status);
        if (next !== ticket.status) await documents(TICKET_UID).update({ documentId, data: { status: next } });
      }
      const message = await strapi.db.query(TICKET_MESSAGE_UID as any).findOne({
        where: { id: created.id },
        select: ['id', 'documentId', 'authorKind', 'internal', 'body', 'createdAt', 'readAt'],
        populate: { authorAdmin: { select: ADMIN_FIELDS }, attachments: { select: FILE_FIELDS } },
      });
      return { message: messageItem(message), ticket: await summary(documentId) };
    });

  return {
    withTicketLocked,

    /** One page of the queue with Strapi's pagination meta. */
    async list({ sort = 'queue', page, pageSize, ...filters }: ListParams) {
      const total = await queueQuery.count(filters);
      const ids = total === 0 ? [] : await queueQuery.pageIds(filters, sort, { offset: (page - 1) * pageSize, limit: pageSize });
      return {
        results: await loadListItems(ids),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },

    /** A ticket with its whole thread (internal notes included) and the customer's other tickets; null when unknown. */
    async detail(documentId: string) {
      const row = await tickets().findOne({
        where: { documentId },
        select: [...LIST_FIELDS, ...ORDER_FIELDS, ...DETAIL_FIELDS],
        populate: {
          customer: { select: CUSTOMER_FIELDS },
          assignee: { select: ADMIN_FIELDS },
          incidentClass: { select: ['id', 'documentId', 'name', 'locale', 'creditsMin', 'creditsMax', 'alwaysFree'] },
          attachments: { select: FILE_FIELDS },
        },
      });
      if (!row) return null;

      const messages = await strapi.db.query(TICKET_MESSAGE_UID as any).findMany({
        where: { ticket: { id: row.id } },
        ...THREAD_READ,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });

      const customerTickets = row.customer
        ? await tickets().findMany({
            where: { customer: { id: row.customer.id }, id: { $ne: row.id } },
            select: ['documentId', 'reference', 'subject', 'status', 'createdAt'],
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            limit: EARLIER_TICKETS_LIMIT,
          })
        : [];

      const { incidentClass } = row;
      const { sla, credits } = await getPluginService(strapi, 'settings').get();
      return {
        ...listItem(row),
        ...withIsoDates(row, DETAIL_FIELDS),
        attachments: (row.attachments ?? []).map(fileItem),
        // The zone the ticket's service levels are kept in, so staff read due times as the policy states them.
        timezone: sla.tiers[row.tier as TicketTier].calendar.timezone,
        // What staff may move it to now; the status menu offers exactly these.
        allowedStatuses: allowedTransitions(row.status),
        // The estimates staff may set, as the server checks them (the class range from the minimum charge up).
        estimateRange: row.billing === 'credits' ? estimateRangeOf(incidentClass ?? null, credits.minimumCharge) : null,
        incidentClass: incidentClass
          ? {
              documentId: incidentClass.documentId,
              name: incidentClass.name,
              locale: incidentClass.locale,
              creditsMin: incidentClass.creditsMin,
              creditsMax: incidentClass.creditsMax ?? null,
              alwaysFree: Boolean(incidentClass.alwaysFree),
            }
          : null,
        messages: messages.map(messageItem),
        // The customer's standing: the score with its reasons, and staff's override (who, when, why).
        customerFairUse: row.customer ? await getPluginService(strapi, 'fair-use').standingOf(row.customer.id) : null,
        // The customer's credits beside the ticket's: balance, free period and the latest ledger rows.
        customerCredits: row.customer ? await customerCredits(row.customer.id) : null,
        customerTickets: customerTickets.map((ticket: Record<string, any>) =>
          withIsoDates(ticket, ['documentId', 'reference', 'subject', 'status', 'createdAt'])
        ),
      };
    },

    /** A public staff answer: it stamps the first response (middleware) and opens a new ticket. */
    async reply(documentId: string, adminUser: { id: number }, { body, minutes }: { body: string; minutes?: number }) {
      return addStaffMessage(documentId, adminUser, body, false, minutes);
    },

    /** An internal note: staff only, never a change of status or SLA. */
    async note(documentId: string, adminUser: { id: number }, { body, minutes }: { body: string; minutes?: number }) {
      return addStaffMessage(documentId, adminUser, body, true, minutes);
    },

    /** A staff status change, if the transition is allowed; setting the current status again changes nothing. */
    async setStatus(documentId: string, { status }: { status: TicketStatus }) {
      await withTicketLocked(documentId, async (ticket) => {
        if (ticket.status === status) return;
        if (!canTransition(ticket.status, status)) {
          throw new ConflictError(`Ticket ${label(ticket)} cannot go from ${ticket.status} to ${status}`, {
            from: ticket.status,
            to: status,
          });
        }
        await documents(TICKET_UID).update({ documentId, data: { status } });
      });
      return summary(documentId);
    },

    /** The thread's messages written after message `afterId`, in the order written, as the ticket view lists them. */
    async messagesAfter(ticketId: number, afterId: number, limit: number) {
      const rows = await strapi.db.query(TICKET_MESSAGE_UID as any).findMany({
        where: { ticket: { id: ticketId }, id: { $gt: afterId } },
        ...THREAD_READ,
        orderBy: [{ id: 'asc' }],
        limit,
      });
      return rows.map((row: Record<string, any>) => ({ id: row.id as number, ...messageItem(row) }));
    },

    /** The ticket's row id, or null when there is no such ticket. */
    async idOf(documentId: string): Promise<number | null> {
      return (await tickets().findOne({ where: { documentId }, select: ['id'] }))?.id ?? null;
    },

    async exists(documentId: string): Promise<boolean> {
      return Boolean(await tickets().findOne({ where: { documentId }, select: ['id'] }));
    },

    /** The admin users tickets can be assigned to: those who may log in, by name. */
    async assignees() {
      const users = await strapi.db.query(ADMIN_USER_UID as any).findMany({
        where: { isActive: true },
        select: ADMIN_FIELDS,
        orderBy: [{ firstname: 'asc' }, { lastname: 'asc' }, { id: 'asc' }],
      });
      return users.map((user: Record<string, any>) => ({ id: user.id, name: adminName(user), email: user.email }));
    },

    /** Whether tickets can be assigned to this admin user: it exists and may log in. */
    async isAssignable(adminUserId: number): Promise<boolean> {
      const admin = await strapi.db.query(ADMIN_USER_UID as any).findOne({ where: { id: adminUserId }, select: ['id', 'isActive'] });
      return Boolean(admin?.isActive);
    },

    /** Assigns the ticket to an admin user (the caller checked `isAssignable`), or unassigns it with null. */
    async assign(documentId: string, { assignee }: { assignee: number | null }) {
      await withTicketLocked(documentId, async () => {
        await documents(TICKET_UID).update({ documentId, data: { assignee } });
      });
      return summary(documentId);
    },

    /** Changes the tier; the stamping middleware restarts running targets under the new tier's rules. */
    async setTier(documentId: string, { tier }: { tier: TicketTier }) {
      await withTicketLocked(documentId, async (ticket) => {
        if (ticket.tier !== tier) await documents(TICKET_UID).update({ documentId, data: { tier } });
      });
      return summary(documentId);
    },
  };
};
