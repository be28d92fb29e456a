import type { Core } from '@strapi/strapi';
import { PAUSING_STATUSES } from '../domain/sla';
import { DONE_STATUSES, OPEN_STATUSES, type QueueSort, type TicketStatus, type TicketTier } from '../domain/tickets';
import { TICKET_UID, USER_UID } from '../uids';

export interface QueueFilters {
  /** Statuses to show; by default every status except resolved and closed. */
  status?: TicketStatus[];
  tier?: TicketTier;
  /** An admin user id, or `'none'` for unassigned tickets. */
  assignee?: number | 'none';
  breached?: boolean;
  /** A users-permissions user id or e-mail address. */
  customer?: number | string;
  /** Text in the subject, body or reference, case-insensitive. */
  q?: string;
  /** Only tickets filed after this instant: how the queue page counts what arrived since staff last looked. */
  createdAfter?: Date;
  /**
   * Only tickets whose answer falls due in `(after, before]` and has not passed: what "due within
   * the hour" shows. The due is the queue's (the pending first response or the next response).
   */
  due?: { after: Date; before: Date };
}

/** `%`, `_` and the escape character itself are literal in a search text. */
const escapeLike = (text: string) => text.replace(/[!%_]/g, (char) => `!${char}`);

/**
 * The queue as one SQL query per page, read with knex on the tables Strapi created and naming
 * every table and column through Strapi's metadata. Relation filters are EXISTS subqueries, which
 * keeps the result free of join duplicates and of DISTINCT. The queue order is the stored sort key
 * each ticket carries (kept current by fair-use scoring), so the database sorts it by an index.
 * It returns ticket ids only; the caller loads those rows through Strapi.
 */
export function createQueueQuery(strapi: Core.Strapi) {
  const ticketMeta = strapi.db.metadata.get(TICKET_UID);
  const column = (name: string) => {
    const attribute = ticketMeta.attributes[name] as { columnName?: string } | undefined;
    return `t.${attribute?.columnName ?? name}`;
  };
  const joinTable = (name: 'customer' | 'assignee') => {
    const { joinTable: table } = ticketMeta.attributes[name] as any;
    return { name: table.name as string, ticket: table.joinColumn.name as string, target: table.inverseJoinColumn.name as string };
  };
  const knex = strapi.db.connection;

  const relatedTo = (relation: 'customer' | 'assignee') => {
    const link = joinTable(relation);
    return strapi.db
      .getConnection(`${link.name} as l`)
      .select(knex.raw('1'))
      .whereRaw('?? = ??', [`l.${link.ticket}`, column('id')]);
  };

  /**
   * The default view (every ticket not done) is written for what the query does with it. The count
   * lists the open statuses, so the status index answers it from the open tickets' entries alone,
   * however many are closed. The page says "not done", which keeps the planner on the
   * (queue_sort_key, id) index that stops after one page; given the list, it would read every open
   * ticket through the status index and sort them.
   */
  const filtered = (filters: QueueFilters, purpose: 'count' | 'page') => {
    const query = strapi.db.getConnection(`${ticketMeta.tableName} as t`);

    if (filters.status?.length) query.whereIn(column('status'), filters.status);
    else if (purpose === 'count') query.whereIn(column('status'), OPEN_STATUSES as TicketStatus[]);
    else query.whereNotIn(column('status'), DONE_STATUSES as TicketStatus[]);

    if (filters.tier) query.where(column('tier'), filters.tier);

    if (filters.assignee === 'none') query.whereNotExists(relatedTo('assignee'));
    else if (filters.assignee !== undefined) {
      query.whereExists(relatedTo('assignee').where(`l.${joinTable('assignee').target}`, filters.assignee));
    }

    if (filters.breached === true) query.whereNotNull(column('breachedAt'));
    if (filters.breached === false) query.whereNull(column('breachedAt'));

    if (filters.customer !== undefined) {
      const link = joinTable('customer');
      if (typeof filters.customer === 'number') {
        query.whereExists(relatedTo('customer').where(`l.${link.target}`, filters.customer));
      } else {
        const users = strapi.db.metadata.get(USER_UID);
        const emailColumn = (users.attributes.email as { columnName?: string })?.columnName ?? 'email';
        query.whereExists(
          relatedTo('customer')
            .join(`${users.tableName} as u`, `u.id`, `l.${link.target}`)
            .whereRaw('lower(??) = ?', [`u.${emailColumn}`, filters.customer.toLowerCase()])
        );
      }
    }

    if (filters.createdAfter) query.where(column('createdAt'), '>', filters.createdAfter);

    if (filters.due) {
      // The SQL form of queueDueAt (domain/tickets/queue-order.ts) falling in the window: a ticket
      // waiting on the customer owes nothing, and one already past either due is breached, not due.
      const { after, before } = filters.due;
      const [first, answered, next] = [column('firstResponseDueAt'), column('firstRespondedAt'), column('nextResponseDueAt')];
      query
        .whereNotIn(column('status'), [...PAUSING_STATUSES])
        .whereNull(column('breachedAt'))
        // NOT over a NULL comparison is NULL, so each "past due" test names its column as set.
        .whereNot((late) => late.whereNull(answered).whereNotNull(first).where(first, '<=', after))
        .whereNot((late) => late.whereNotNull(next).where(next, '<=', after))
        .where((soon) =>
          soon
            .where((pending) => pending.whereNull(answered).where(first, '>', after).where(first, '<=', before))
            .orWhere((waiting) => waiting.where(next, '>', after).where(next, '<=', before))
        );
    }

    if (filters.q) {
      const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
      query.where((text) => {
        for (const field of ['subject', 'body', 'reference']) {
          text.orWhereRaw(`lower(??) like ? escape '!'`, [column(field), pattern]);
        }
      });
    }
    return query;
  };

  const applySort = (query: any, sort: QueueSort) => {
    if (sort === 'queue') {
      // The stored key is the whole queue order (see queueSortKey), so an index serves the first page.
      query.orderBy(column('queueSortKey'), 'asc');
    } else {
      const [field, direction] = sort.split(':') as [string, 'asc' | 'desc'];
      // References are null until assigned; keep those last whichever way the column is sorted.
      if (field === 'reference') query.orderByRaw('case when ?? is null then 1 else 0 end', [column('reference')]);
      query.orderBy(column(field), direction);
    }
    // The id settles ties, so pages never overlap or skip a ticket.
    query.orderBy(column('id'), 'asc');
  };

  return {
    async count(filters: QueueFilters): Promise<number> {
      const [row] = await filtered(filters, 'count').count({ count: column('id') });
      return Number((row as { count: number | string }).count);
    },

    async pageIds(filters: QueueFilters, sort: QueueSort, page: { offset: number; limit: number }): Promise<number[]> {
      const query = filtered(filters, 'page').select(column('id'));
      applySort(query, sort);
      const rows = await query.offset(page.offset).limit(page.limit);
      return rows.map((row: { id: number }) => Number(row.id));
    },
  };
}
