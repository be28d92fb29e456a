import type { Core } from '@strapi/strapi';
import {
  scoreFairUse,
  wroteBeforeReadingAnswer,
  type FairUseOverride,
  type FairUseReason,
  type FairUseScore,
  type FairUseSettings,
} from '../domain/scoring';
import { DONE_STATUSES, queueSortKey, type TicketTier } from '../domain/tickets';
import { getPluginService, toDate, toIso } from '../utils';
import { FAIR_USE_STANDING_UID, TICKET_MESSAGE_UID, TICKET_UID } from '../uids';

const HOUR = 60 * 60 * 1000;
/** Standings re-scored per sweep tick when time (or a settings change) calls for it. */
const RECHECK_BATCH = 200;
/** Ids per `IN (...)` list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const IN_LIST_CHUNK = 500;
/** How many customers `knownStandings` remembers before it starts over. */
const KNOWN_STANDINGS_MAX = 10_000;

/** Reasons compared by their figures: PostgreSQL's jsonb hands keys back in its own order. */
const fingerprint = (reasons: FairUseReason[] | null | undefined) =>
  (reasons ?? []).map((reason) => [reason.signal, reason.figure, reason.threshold, reason.weight].join(':')).join('|');

export interface FairUseStanding {
  customerId: number;
  computedScore: number;
  score: number;
  penalized: boolean;
  reasons: FairUseReason[];
  override: FairUseOverride | null;
  computedAt: string | null;
}

/**
 * A customer's fair-use score and what it does to their tickets. Each recomputation reads the
 * customer's history, scores it with the pure `domain/scoring`, stores the standing (keeping
 * staff's override) and rewrites the queue sort key of every ticket of the customer. It runs in
 * the transaction of the write that caused it (see `middlewares/fair-use-scoring.ts`).
 */
/** A customer's standing row as read under its lock (null when the write has no customer). */
export type LockedStanding = { customerId: number; row: Record<string, any> | null } | null;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => getPluginService(strapi, 'clock').now();
  const standings = () => strapi.db.query(FAIR_USE_STANDING_UID as any);

  const readStanding = (customerId: number) => standings().findOne({ where: { customerKey: customerId } });

  /** Updates the row the caller has locked with `lockStanding`. */
  const writeStanding = (customerId: number, data: Record<string, unknown>) =>
    standings().update({ where: { customerKey: customerId }, data });

  /** Inserts the customer's row unless it exists, through the given knex connection or transaction. */
  const insertMissing = (knex: (table: string) => any, customerId: number) => {
    const meta = strapi.db.metadata.get(FAIR_USE_STANDING_UID as any);
    const keyColumn = (meta.attributes.customerKey as { columnName?: string }).columnName ?? 'customer_key';
    const schema = strapi.db.getSchemaName();
    const table = schema ? knex(meta.tableName).withSchema(schema) : knex(meta.tableName);
    return table.insert({ [keyColumn]: customerId }).onConflict(keyColumn).ignore();
  };

  /**
   * Customers whose standing row this instance has made sure of, so their next writes skip the
   * insert. Only a shortcut: should the row be gone after all, `lockStanding` creates it again.
   */
  const knownStandings = new Set<number>();
  const remember = (customerId: number) => {
    if (knownStandings.size >= KNOWN_STANDINGS_MAX) knownStandings.clear();
    knownStandings.add(customerId);
  };

  /** The standing's columns that scoring reads: locking them reads them, so scoring need not again. */
  const STANDING_COLUMNS = ['id', 'customerKey', 'computedScore', 'score', 'penalized', 'reasons', 'override', 'computedAt'];

  const selectForUpdate = (customerId: number): Promise<Record<string, any> | null> =>
    strapi.db.entityManager
      .createQueryBuilder(FAIR_USE_STANDING_UID as any)
      .select(STANDING_COLUMNS)
      .where({ customerKey: customerId })
      .forUpdate()
      .first()
      .execute();

  /**
   * Locks the customer's standing row for the rest of the transaction, creating it first if it is
   * missing (one per customer, by the unique key, whoever wins the race). Every re-scoring of a
   * customer takes this lock first, so concurrent writes for one customer queue up instead of
   * deadlocking on each other's tickets. The row is only inserted when the locking read found
   * none: an INSERT IGNORE on an existing key would take a shared lock that InnoDB cannot upgrade
   * without deadlocking against a concurrent one. Returns the row as locked.
   */
  const lockStanding = async (customerId: number): Promise<Record<string, any> | null> => {
    const locked = await selectForUpdate(customerId);
    if (locked) return locked;
    // On the caller's transaction: a second pool connection here could wait forever for a free one.
    await strapi.db.transaction(({ trx }) => insertMissing(trx, customerId));
    return selectForUpdate(customerId);
  };

  /** The columns of a ticket that scoring and re-keying read. */
  const TICKET_COLUMNS = [
    'id', 'status', 'tier', 'faqStrongMatch', 'createdAt', 'firstResponseDueAt', 'firstRespondedAt', 'nextResponseDueAt',
    'queueSortKey', 'fairUseScore', 'fairUseReasons', 'fairUsePenalized',
  ];
  const NEWEST_FIRST = [{ createdAt: 'desc' }, { id: 'desc' }];

  /**
   * A customer's history as the facts the score is made of, from their tickets (newest first), their
   * replies written since `since`, and the non-internal messages of their open tickets.
   */
  const factsFrom = (
    tickets: Array<Record<string, any>>,
    replies: Array<{ createdAt: string }>,
    threads: Array<{ authorKind: string; createdAt: string; readAt: string | null; ticket?: { id: number } | null }>,
    since: Date,
    recentTickets: number
  ) => {
    const open = tickets.filter((ticket) => !DONE_STATUSES.includes(ticket.status));
    const filed = tickets.filter((ticket) => toDate(ticket.createdAt)! >= since);
    const unreadAnswerTickets = open.filter((ticket) =>
      wroteBeforeReadingAnswer(
        threads
          .filter((message) => message.ticket?.id === ticket.id)
          .map((message) => ({ authorKind: message.authorKind, createdAt: toDate(message.createdAt)!, readAt: toDate(message.readAt) }))
      )
    ).length;
    return {
      messagesInWindow: [...replies.map((reply) => toDate(reply.createdAt)!), ...filed.map((ticket) => toDate(ticket.createdAt)!)],
      openTickets: open.length,
      recentTickets: tickets.slice(0, recentTickets).map((ticket) => ({ faqStrongMatch: Boolean(ticket.faqStrongMatch) })),
      unreadAnswerTickets,
    };
  };
  type Facts = ReturnType<typeof factsFrom>;

  /** One customer's history, as the facts the score is made of. */
  const factsFor = async (customerId: number, at: Date, windowHours: number, recentTickets: number) => {
    const tickets: Array<Record<string, any>> = await strapi.db.query(TICKET_UID as any).findMany({
      where: { customer: { id: customerId } },
      select: TICKET_COLUMNS,
      orderBy: NEWEST_FIRST,
    });
    const openIds = new Set(tickets.filter((ticket) => !DONE_STATUSES.includes(ticket.status)).map((ticket) => ticket.id as number));
    const since = new Date(at.getTime() - windowHours * HOUR);

    // The customer's replies in the window and the threads of their open tickets, in one query
    // (a filing runs this, and a round trip is a good part of its cost), told apart afterwards.
    const isReply = { authorKind: 'customer', createdAt: { $gte: since } };
    const inOpenThread = { internal: false, ticket: { id: { $in: [...openIds] } } };
    const messages: Array<{ authorKind: string; createdAt: string; readAt: string | null; internal: boolean | null; ticket: { id: number } | null }> =
      await strapi.db.query(TICKET_MESSAGE_UID as any).findMany({
        where: { ticket: { customer: { id: customerId } }, $or: openIds.size ? [isReply, inOpenThread] : [isReply] },
        select: ['authorKind', 'createdAt', 'readAt', 'internal'],
        populate: { ticket: { select: ['id'] } },
      });
    const replies = messages.filter((message) => message.authorKind === 'customer' && toDate(message.createdAt)! >= since);
    const threads = messages.filter((message) => !message.internal && message.ticket && openIds.has(message.ticket.id));

    return { tickets, facts: factsFrom(tickets, replies, threads, since, recentTickets) };
  };

  /**
   * `factsFor` of many customers at once: a fixed number of queries per chunk of customers (their
   * tickets, their replies in the window, the threads of their open tickets) instead of three per
   * customer. The facts are the same as `factsFor`'s, customer by customer.
   */
  const factsOfMany = async (customerIds: number[], at: Date, windowHours: number, recentTickets: number): Promise<Map<number, Facts>> => {
    const since = new Date(at.getTime() - windowHours * HOUR);
    const out = new Map<number, Facts>();
    for (let offset = 0; offset < customerIds.length; offset += IN_LIST_CHUNK) {
      const chunk = customerIds.slice(offset, offset + IN_LIST_CHUNK);
      const tickets: Array<Record<string, any>> = await strapi.db.query(TICKET_UID as any).findMany({
        where: { customer: { id: { $in: chunk } } },
        select: TICKET_COLUMNS,
        populate: { customer: { select: ['id'] } },
        orderBy: NEWEST_FIRST,
      });
      const replies: Array<{ createdAt: string; ticket?: { customer?: { id: number } | null } | null }> = await strapi.db.query(TICKET_MESSAGE_UID as any).findMany({
        where: { ticket: { customer: { id: { $in: chunk } } }, authorKind: 'customer', createdAt: { $gte: since } },
        select: ['createdAt'],
        populate: { ticket: { select: ['id'], populate: { customer: { select: ['id'] } } } },
      });
      const openIds = tickets.filter((ticket) => !DONE_STATUSES.includes(ticket.status)).map((ticket) => ticket.id as number);
      const threads: Array<{ authorKind: string; createdAt: string; readAt: string | null; ticket: { id: number } }> = [];
      for (let start = 0; start < openIds.length; start += IN_LIST_CHUNK) {
        threads.push(
          ...(await strapi.db.query(TICKET_MESSAGE_UID as any).findMany({
            where: { ticket: { id: { $in: openIds.slice(start, start + IN_LIST_CHUNK) } }, internal: false },
            select: ['authorKind', 'createdAt', 'readAt'],
            populate: { ticket: { select: ['id'] } },
          }))
        );
      }

      const ticketsOf = new Map<number, Array<Record<string, any>>>(chunk.map((id) => [id, []]));
      const ownerOfTicket = new Map<number, number>();
      // The query's newest-first order holds within each customer's list.
      for (const ticket of tickets) {
        const owner = ticket.customer?.id;
        if (typeof owner !== 'number') continue;
        ticketsOf.get(owner)?.push(ticket);
        ownerOfTicket.set(ticket.id, owner);
      }
      const repliesOf = new Map<number, Array<{ createdAt: string }>>(chunk.map((id) => [id, []]));
      for (const reply of replies) {
        const owner = reply.ticket?.customer?.id;
        if (typeof owner === 'number') repliesOf.get(owner)?.push(reply);
      }
      const threadsOf = new Map<number, typeof threads>(chunk.map((id) => [id, []]));
      for (const message of threads) {
        const owner = message.ticket ? ownerOfTicket.get(message.ticket.id) : undefined;
        if (owner !== undefined) threadsOf.get(owner)?.push(message);
      }
      for (const id of chunk) out.set(id, factsFrom(ticketsOf.get(id)!, repliesOf.get(id)!, threadsOf.get(id)!, since, recentTickets));
    }
    return out;
  };

  /**
   * Writes the score and the queue key onto each of the customer's tickets where they changed. The
   * score is the customer's, the same on every ticket: the tickets whose queue key stays are written
   * in one UPDATE (a customer filing their 50th open ticket moves the score of all 50), and only
   * those whose key moves (the penalty came or went) one by one.
   */
  const applyToTickets = async (tickets: Array<Record<string, any>>, result: FairUseScore) => {
    const reasons = fingerprint(result.reasons);
    const score = { fairUseScore: result.score, fairUseReasons: result.reasons, fairUsePenalized: result.penalized, priorityScore: 100 - result.score };
    const scoreOnly: number[] = [];
    for (const ticket of tickets) {
      const key = queueSortKey({
        status: ticket.status,
        tier: ticket.tier as TicketTier,
        penalized: result.penalized,
        firstResponseDueAt: toDate(ticket.firstResponseDueAt),
        firstRespondedAt: toDate(ticket.firstRespondedAt),
        nextResponseDueAt: toDate(ticket.nextResponseDueAt),
        createdAt: toDate(ticket.createdAt)!,
      });
      const scoreUnchanged =
        ticket.fairUseScore === result.score && Boolean(ticket.fairUsePenalized) === result.penalized && fingerprint(ticket.fairUseReasons) === reasons;
      if (ticket.queueSortKey !== key) {
        // updateMany: one UPDATE, where update() would read the row before and after.
        await strapi.db.query(TICKET_UID as any).updateMany({ where: { id: ticket.id }, data: { ...score, queueSortKey: key } });
      } else if (!scoreUnchanged) {
        scoreOnly.push(ticket.id);
      }
    }
    for (let start = 0; start < scoreOnly.length; start += IN_LIST_CHUNK) {
      await strapi.db.query(TICKET_UID as any).updateMany({ where: { id: { $in: scoreOnly.slice(start, start + IN_LIST_CHUNK) } }, data: score });
    }
  };

  const asStanding = (customerId: number, row: Record<string, any> | null): FairUseStanding => ({
    customerId,
    computedScore: row?.computedScore ?? 0,
    score: row?.score ?? 0,
    penalized: Boolean(row?.penalized),
    reasons: row?.reasons ?? [],
    override: row?.override ?? null,
    computedAt: toIso(row?.computedAt),
  });

  return {
    /** The customer a ticket belongs to (`where` as for the query engine), or null. */
    async customerOfTicket(where: Record<string, unknown>): Promise<number | null> {
      const ticket = await strapi.db.query(TICKET_UID as any).findOne({ where, select: ['id'], populate: { customer: { select: ['id'] } } });
      return ticket?.customer?.id ?? null;
    },

    /**
     * Runs `work` in a transaction that first locks the customer's standing (none for a null
     * customer). Every write for a customer goes through here before touching tickets, so
     * concurrent writes for one customer queue up in one order (standing, then tickets) and never
     * deadlock. A new customer's row is created beforehand, outside the transaction, so their first
     * writes do not race to insert it; inside a caller's transaction `lockStanding` creates it.
     * `work` is given the standing as locked, for `refreshLocked`.
     */
    async withStandingLocked<T>(customerId: number | null, work: (standing: LockedStanding) => Promise<T>): Promise<T> {
      if (customerId !== null && !strapi.db.inTransaction() && !knownStandings.has(customerId)) {
        await insertMissing(strapi.db.connection, customerId);
        remember(customerId);
      }
      return strapi.db.transaction(async () => work(customerId !== null ? { customerId, row: await lockStanding(customerId) } : null));
    },

    /** Re-scores a customer and re-keys all their tickets. */
    async refreshCustomer(customerId: number): Promise<FairUseStanding> {
      return this.refreshLocked(customerId, { customerId, row: await lockStanding(customerId) });
    },

    /**
     * `refreshCustomer` for a caller that already holds the standing's lock in this transaction,
     * with the row as `withStandingLocked` locked it (only scoring writes it, so it still holds).
     */
    async refreshLocked(customerId: number, locked?: LockedStanding): Promise<FairUseStanding> {
      const at = now();
      const { fairUse: settings } = await getPluginService(strapi, 'settings').get();
      const previous = locked?.customerId === customerId && locked.row ? locked.row : await readStanding(customerId);
      const { tickets, facts } = await factsFor(customerId, at, settings.windowHours, settings.recentTickets);
      const result = scoreFairUse(facts, settings, previous?.override ?? null);
      await applyToTickets(tickets, result);
      const data = {
        computedScore: result.computed,
        score: result.score,
        penalized: result.penalized,
        reasons: result.reasons,
        computedAt: at,
        recheckAt: result.recheckAt,
      };
      // One UPDATE; the standing is what was read (this transaction holds its lock) with the new figures.
      await standings().updateMany({ where: { customerKey: customerId }, data });
      return asStanding(customerId, { ...previous, ...data });
    },

    async standingOf(customerId: number): Promise<FairUseStanding> {
      return asStanding(customerId, await readStanding(customerId));
    },

    /** Staff clear or pin a customer's standing; it holds through every recomputation until lifted. */
    async setOverride(customerId: number, input: { mode: 'clear' | 'pin'; score?: number; reason: string }, by: { id: number; name: string }) {
      const override: FairUseOverride = {
        mode: input.mode,
        score: input.mode === 'clear' ? 0 : (input.score ?? 100),
        reason: input.reason,
        by,
        at: now().toISOString(),
      };
      await lockStanding(customerId);
      await writeStanding(customerId, { override });
      return this.refreshLocked(customerId);
    },

    async liftOverride(customerId: number) {
      await lockStanding(customerId);
      await writeStanding(customerId, { override: null });
      return this.refreshLocked(customerId);
    },

    /** Re-scores the customers whose score time alone has changed (a message left the window). */
    async recheckDue(): Promise<number> {
      const due: Array<{ customerKey: number }> = await standings().findMany({
        where: { recheckAt: { $notNull: true, $lte: now() } },
        select: ['customerKey'],
        orderBy: { recheckAt: 'asc' },
        limit: RECHECK_BATCH,
      });
      for (const { customerKey } of due) {
        await strapi.db.transaction(() => this.refreshCustomer(customerKey));
      }
      return due.length;
    },

    /**
     * How many customers the saved and the given settings penalise right now, written nowhere. It
     * scores every customer with a ticket filed within the longer of the two windows or still open
     * (a customer with neither has no messages in the window, no open ticket and no unread answer),
     * each under both settings and with their override, as `refreshLocked` would.
     */
    async previewPenalties(proposed: FairUseSettings): Promise<{ penalizedNow: number; penalizedWith: number; customers: number }> {
      const at = now();
      const { fairUse: saved } = await getPluginService(strapi, 'settings').get();
      const windowHours = Math.max(saved.windowHours, proposed.windowHours);
      const since = new Date(at.getTime() - windowHours * HOUR);
      const active: Array<{ customer?: { id: number } | null }> = await strapi.db.query(TICKET_UID as any).findMany({
        where: { $or: [{ createdAt: { $gte: since } }, { status: { $notIn: [...DONE_STATUSES] } }] },
        select: ['id'],
        populate: { customer: { select: ['id'] } },
      });
      const customerIds = [...new Set(active.map((ticket) => ticket.customer?.id).filter((id): id is number => typeof id === 'number'))];
      const overrides = new Map<number, FairUseOverride | null>();
      for (let offset = 0; offset < customerIds.length; offset += IN_LIST_CHUNK) {
        const rows: Array<{ customerKey: number; override: FairUseOverride | null }> = await standings().findMany({
          where: { customerKey: { $in: customerIds.slice(offset, offset + IN_LIST_CHUNK) } },
          select: ['customerKey', 'override'],
        });
        for (const row of rows) overrides.set(Number(row.customerKey), row.override ?? null);
      }

      const penalizedUnder = (facts: Facts, settings: FairUseSettings, override: FairUseOverride | null) => {
        const from = at.getTime() - settings.windowHours * HOUR;
        const inWindow = { ...facts, messagesInWindow: facts.messagesInWindow.filter((written) => written.getTime() >= from) };
        return scoreFairUse(inWindow, settings, override).penalized;
      };
      let penalizedNow = 0;
      let penalizedWith = 0;
      const factsById = await factsOfMany(customerIds, at, windowHours, Math.max(saved.recentTickets, proposed.recentTickets));
      for (const customerId of customerIds) {
        const facts = factsById.get(customerId)!;
        const override = overrides.get(customerId) ?? null;
        if (penalizedUnder(facts, saved, override)) penalizedNow += 1;
        if (penalizedUnder(facts, proposed, override)) penalizedWith += 1;
      }
      return { penalizedNow, penalizedWith, customers: customerIds.length };
    },

    /** After a settings change every standing is re-scored, in batches, by the sweeper. */
    async recheckAll(): Promise<void> {
      await standings().updateMany({ where: {}, data: { recheckAt: now() } });
    },
  };
};
