import type { Core } from '@strapi/strapi';
import { queueSortKey } from '../../server/src/domain/tickets';
import { FAIR_USE_STANDING_UID, ROLE_UID, TICKET_UID, USER_UID } from '../../server/src/uids';
import { mulberry32 } from '../random';

/**
 * Bulk seeding for the queue bench: users-permissions customers and helpdesk tickets written with
 * knex batch inserts straight into the tables Strapi created. Each table's base row is a real row
 * Strapi wrote itself (one user through the users-permissions service, one ticket through the
 * document service), so columns the bench does not set (published_at, locale, ...) hold exactly
 * what Strapi would put there. Table and column names come from Strapi's metadata.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CHUNK = 500;

/** A 24-character lowercase id, unique per prefix and number (Strapi's own are 24 characters too). */
export const documentIdFor = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(24 - prefix.length, '0')}`;

/** Attribute name -> column name, for the scalar attributes of a content type. */
export function columnsOf(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid as any);
  const column = (name: string) => {
    const attribute = meta.attributes[name] as { columnName?: string } | undefined;
    if (!attribute) throw new Error(`${uid} has no attribute ${name}`);
    return attribute.columnName ?? name;
  };
  return { meta, column, table: meta.tableName };
}

/** Maps a record keyed by attribute names onto a raw row keyed by column names. */
export function toRow(column: (name: string) => string, base: Record<string, unknown>, values: Record<string, unknown>) {
  const row: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(values)) row[column(name)] = value;
  return row;
}

export interface SeedResult {
  users: number;
  tickets: number;
  openTickets: number;
  penalizedCustomers: number;
  ms: number;
}

export interface SeedOptions {
  users: number;
  tickets: number;
  /** Share of tickets that are resolved or closed. */
  doneShare?: number;
  prioritySharePct?: number;
  penalizedCustomerShare?: number;
  now?: number;
  /** Days the tickets' createdAt is spread over, ending at `now` (730 by default). */
  spanDays?: number;
}

export async function seed(strapi: Core.Strapi, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const { users: userCount, tickets: ticketCount } = options;
  const doneShare = options.doneShare ?? 0.8;
  const priorityShare = (options.prioritySharePct ?? 5) / 100;
  const penalizedShare = options.penalizedCustomerShare ?? 0.03;
  const now = options.now ?? Date.now();
  const random = mulberry32(424242);
  const knex = strapi.db.connection;

  // --- Base rows written by Strapi itself -------------------------------------------------------
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'authenticated' } });
  const templateUser = await strapi.plugin('users-permissions').service('user').add({
    username: 'bench-template',
    email: 'bench-template@example.com',
    password: 'Customer123!',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const templateTicket = await (strapi.documents(TICKET_UID as any) as any).create({
    data: { subject: 'Template ticket', body: 'Template body', customer: templateUser.documentId },
  });

  const users = columnsOf(strapi, USER_UID);
  const tickets = columnsOf(strapi, TICKET_UID);
  const userRoleLink = (users.meta.attributes.role as any).joinTable;
  const customerLink = (tickets.meta.attributes.customer as any).joinTable;

  const { id: _userId, ...userBase } = await knex(users.table).where('id', templateUser.id).first();
  const { id: _ticketId, ...ticketBase } = await knex(tickets.table).where('id', templateTicket.id).first();
  const [roleLinkTemplate] = await knex(userRoleLink.name).where(userRoleLink.joinColumn.name, templateUser.id);
  const [customerLinkTemplate] = await knex(customerLink.name).where(customerLink.joinColumn.name, templateTicket.id);
  if (!roleLinkTemplate || !customerLinkTemplate) throw new Error('the template rows have no link rows');
  const { id: _roleLinkId, ...roleLinkBase } = roleLinkTemplate;
  const { id: _customerLinkId, ...customerLinkBase } = customerLinkTemplate;

  // --- Customers ---------------------------------------------------------------------------------
  const newUsers = userCount - 1; // the template user is one of them
  const userCreated = new Date(now - 800 * DAY);
  const userRows = Array.from({ length: newUsers }, (_, i) =>
    toRow(users.column, userBase, {
      documentId: documentIdFor('bqu', i),
      username: `bench-customer-${i}`,
      email: `bench-customer-${i}@example.com`,
      createdAt: userCreated,
      updatedAt: userCreated,
      publishedAt: userBase[users.column('publishedAt')] === null ? null : userCreated,
    })
  );
  await knex.batchInsert(users.table, userRows, CHUNK);
  const userIds: number[] = (await knex(users.table).select('id').orderBy('id')).map((row: { id: number }) => Number(row.id));
  const newUserIds = userIds.filter((id) => id !== templateUser.id);
  await knex.batchInsert(
    userRoleLink.name,
    newUserIds.map((id) => ({ ...roleLinkBase, [userRoleLink.joinColumn.name]: id })),
    CHUNK
  );

  // Some customers are past the fair-use line: their tickets go behind the rest of their tier.
  const penalized = new Set(userIds.filter(() => random() < penalizedShare));
  const standings = columnsOf(strapi, FAIR_USE_STANDING_UID);
  await knex.batchInsert(
    standings.table,
    [...penalized].map((customerId, i) =>
      toRow(standings.column, {}, {
        documentId: documentIdFor('bqs', i),
        customerKey: customerId,
        computedScore: 85,
        score: 85,
        penalized: true,
        reasons: JSON.stringify([{ code: 'volume', detail: 'Many tickets in the last 30 days' }]),
        computedAt: new Date(now - DAY),
        createdAt: new Date(now - DAY),
        updatedAt: new Date(now - DAY),
        publishedAt: new Date(now - DAY),
      })
    ),
    CHUNK
  );

  // --- Tickets -----------------------------------------------------------------------------------
  // A heavy-tailed customer mix: a few customers file many tickets.
  const pickCustomer = () => userIds[Math.floor(Math.pow(random(), 2) * userIds.length)];
  const openStatuses = ['new', 'open', 'waiting_on_customer', 'awaiting_payment', 'awaiting_credit_confirmation'];
  const openWeights = [0.35, 0.35, 0.2, 0.05, 0.05];
  const pickOpen = () => {
    let r = random();
    for (let i = 0; i < openStatuses.length; i += 1) {
      r -= openWeights[i];
      if (r <= 0) return openStatuses[i];
    }
    return 'open';
  };

  const newTickets = ticketCount - 1; // the template ticket is one of them
  const span = (options.spanDays ?? 730) * DAY;
  const first = now - span;
  const ticketRows: Record<string, unknown>[] = [];
  const customers: number[] = [];
  // The first answer's minutes, as the SLA stamping writes them when staff answer.
  const sla = await (strapi.plugin('helpdesk').service('sla') as any).context();
  let openTickets = 0;
  for (let i = 0; i < newTickets; i += 1) {
    const createdMs = Math.floor(first + (span * i) / newTickets + random() * 60_000);
    const createdAt = new Date(createdMs);
    // Recent tickets are more often still open, old ones nearly always done.
    const age = 1 - i / newTickets;
    const done = random() < Math.min(0.995, doneShare + (age - 0.5) * 0.35);
    const status = done ? (random() < 0.5 ? 'resolved' : 'closed') : pickOpen();
    if (!done) openTickets += 1;
    const tier = random() < priorityShare ? 'priority' : 'standard';
    const customer = pickCustomer();
    const isPenalized = penalized.has(customer);
    const firstResponseDueAt = new Date(createdMs + (tier === 'priority' ? 1 : 8) * HOUR);
    const responded = done || status !== 'new';
    const firstRespondedAt = responded ? new Date(createdMs + random() * 6 * HOUR) : null;
    const nextResponseDueAt = responded && status === 'open' ? new Date(createdMs + (1 + random() * 5) * DAY) : null;
    const resolutionDueAt = new Date(createdMs + (tier === 'priority' ? 2 : 5) * DAY);
    const updatedAt = new Date(createdMs + (done ? 2 * DAY : HOUR));
    const key = queueSortKey({
      status,
      tier: tier as 'standard' | 'priority',
      penalized: isPenalized,
      firstResponseDueAt,
      firstRespondedAt,
      nextResponseDueAt,
      createdAt,
    });
    customers.push(customer);
    ticketRows.push(
      toRow(tickets.column, ticketBase, {
        documentId: documentIdFor('bqt', i),
        reference: `HD-${String(i + 1).padStart(6, '0')}`,
        subject: `Bench ticket ${i + 1}: cannot sign in after password reset`,
        body: `Ticket body ${i + 1}. Steps to reproduce, what I expected and what happened instead.`,
        status,
        tier,
        language: 'en',
        firstResponseDueAt,
        nextResponseDueAt,
        resolutionDueAt,
        firstRespondedAt,
        firstResponseMinutes: firstRespondedAt ? Math.round((firstRespondedAt.getTime() - createdMs) / 60_000) : null,
        firstResponseBusinessMinutes: firstRespondedAt
          ? Math.round(sla.calendarFor(tier).workingMinutesBetween(createdAt, firstRespondedAt))
          : null,
        lastCustomerMessageAt: createdAt,
        lastStaffMessageAt: firstRespondedAt,
        pausedAt: status === 'waiting_on_customer' ? updatedAt : null,
        slaClock: null,
        preBreachedAt: null,
        breachedAt: null,
        resolvedAt: done ? updatedAt : null,
        closedAt: status === 'closed' ? updatedAt : null,
        priorityPaidAt: tier === 'priority' ? createdAt : null,
        priorityScore: 100,
        fairUseScore: isPenalized ? 85 : Math.floor(random() * 30),
        fairUseReasons: JSON.stringify(isPenalized ? [{ code: 'volume', detail: 'Many tickets in the last 30 days' }] : []),
        fairUsePenalized: isPenalized,
        queueSortKey: key,
        faqMatches: JSON.stringify([]),
        faqStrongMatch: false,
        creditEstimate: null,
        creditEstimateConfirmedAt: null,
        creditsCharged: 0,
        minutesSpent: done ? 15 : 0,
        createdAt,
        updatedAt,
        publishedAt: ticketBase[tickets.column('publishedAt')] === null ? null : createdAt,
      })
    );
  }
  // The template ticket keeps a reference outside HD-000001..; make sure it cannot collide.
  await knex(tickets.table).where('id', templateTicket.id).update({ [tickets.column('reference')]: 'HD-TEMPLATE' });
  await knex.batchInsert(tickets.table, ticketRows, CHUNK);

  // Ids in insertion order: read back by documentId, which the bench made unique.
  const idRows = await knex(tickets.table)
    .select('id', tickets.column('documentId'))
    .where(tickets.column('documentId'), 'like', 'bqt%');
  const idByDocument = new Map(idRows.map((row: any) => [row[tickets.column('documentId')], Number(row.id)]));
  const links = customers.map((customer, i) => ({
    ...customerLinkBase,
    [customerLink.joinColumn.name]: idByDocument.get(documentIdFor('bqt', i)),
    [customerLink.inverseJoinColumn.name]: customer,
  }));
  await knex.batchInsert(customerLink.name, links, CHUNK);

  const templateOpen = !['resolved', 'closed'].includes(String(ticketBase[tickets.column('status')]));
  return {
    users: userIds.length,
    tickets: Number((await knex(tickets.table).count({ n: 'id' }))[0].n),
    openTickets: openTickets + (templateOpen ? 1 : 0),
    penalizedCustomers: penalized.size,
    ms: performance.now() - started,
  };
}
