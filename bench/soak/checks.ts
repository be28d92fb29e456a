import { Client } from 'pg';
import type { TestDatabase } from '../../tests/helpers/database';
import type { ReceivedMail } from '../../tests/helpers/smtp';

/**
 * What the soak checks in the database once the traffic is over, read with plain SQL from the bench
 * process (the instances are stopped by then, or about to be): the tickets' SLA stamps against their
 * threads, the sweeper's breach records, and the outbox against what the SMTP server received.
 */

/** What the soak uses of a pg client (tests/types/pg.d.ts declares only the helpers' part of it). */
export interface Db {
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  end(): Promise<void>;
}

export const connect = async (database: TestDatabase): Promise<Db> => {
  const client = new Client({
    host: database.env.DATABASE_HOST,
    port: Number(database.env.DATABASE_PORT),
    user: database.env.DATABASE_USERNAME,
    password: database.env.DATABASE_PASSWORD,
    database: database.env.DATABASE_NAME,
  });
  await client.connect();
  return client as unknown as Db;
};

const DONE = ['resolved', 'closed'];
const PAUSING = ['waiting_on_customer', 'awaiting_credit_confirmation', 'awaiting_payment'];

/**
 * The latest instant a running SLA target of an open ticket falls due (null when none runs), and
 * the outbox rows still to send: the soak waits until every due is past and swept, and the outbox
 * empty, before it stops the instances.
 */
export async function pendingWork(client: Db): Promise<{ lastDueAt: Date | null; unsent: number }> {
  const due = await client.query(
    `SELECT max(greatest(CASE WHEN first_responded_at IS NULL THEN first_response_due_at END, next_response_due_at, resolution_due_at)) AS last
       FROM helpdesk_tickets WHERE status <> ALL($1)`,
    [[...DONE, ...PAUSING]]
  );
  const unsent = await client.query(`SELECT count(*)::int AS n FROM helpdesk_mail_outbox WHERE status IN ('pending', 'sending')`);
  return { lastDueAt: due.rows[0].last ? new Date(due.rows[0].last) : null, unsent: unsent.rows[0].n };
}

export interface TicketCheck {
  tickets: number;
  /** Tickets with every stamp their thread calls for. */
  stamped: number;
  answered: number;
  answeredStamped: number;
  /** Open tickets with a target overdue (and swept) at the check, and those the sweeper recorded. */
  overdue: number;
  overdueRecorded: number;
  resolved: number;
  events: Record<string, number>;
  /** The first few tickets missing a stamp, with what is missing. */
  problems: string[];
  /** Tickets this run filed (201) that the database does not hold, and the other way round. */
  lost: number;
  unknown: number;
}

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export async function checkTickets(client: Db, filed: string[], sweptBefore: Date): Promise<TicketCheck> {
  const { rows: tickets } = await client.query(
    `SELECT id, document_id, status, tier, created_at, first_response_due_at, next_response_due_at, resolution_due_at,
            first_responded_at, first_response_minutes, last_staff_message_at, last_customer_message_at, sla_clock,
            paused_at, resolved_at, pre_breached_at, breached_at
       FROM helpdesk_tickets ORDER BY id`
  );
  // The public messages of each ticket, oldest first (internal notes and system messages stamp nothing).
  const { rows: messages } = await client.query(
    `SELECT l.ticket_id, m.author_kind, m.created_at
       FROM helpdesk_ticket_messages m JOIN helpdesk_ticket_messages_ticket_lnk l ON l.ticket_message_id = m.id
      WHERE m.internal = false AND m.author_kind IN ('customer', 'staff')
      ORDER BY m.created_at, m.id`
  );
  const { rows: events } = await client.query(`SELECT event_key, kind, target FROM helpdesk_sla_events`);
  const eventKeys = new Set(events.map((event) => event.event_key as string));
  const threads = new Map<number, Array<{ author: string; at: Date }>>();
  for (const message of messages) {
    const thread = threads.get(message.ticket_id) ?? [];
    thread.push({ author: message.author_kind, at: new Date(message.created_at) });
    threads.set(message.ticket_id, thread);
  }

  const result: TicketCheck = {
    tickets: tickets.length,
    stamped: 0,
    answered: 0,
    answeredStamped: 0,
    overdue: 0,
    overdueRecorded: 0,
    resolved: 0,
    events: {},
    problems: [],
    lost: 0,
    unknown: 0,
  };
  for (const event of events) result.events[`${event.kind}:${event.target}`] = (result.events[`${event.kind}:${event.target}`] ?? 0) + 1;

  for (const ticket of tickets) {
    const missing: string[] = [];
    const thread = threads.get(ticket.id) ?? [];
    const staffMessages = thread.filter((message) => message.author === 'staff');
    const last = thread[thread.length - 1];
    const done = DONE.includes(ticket.status);
    const paused = PAUSING.includes(ticket.status);

    // Stamped at filing: the first-response due and the clock it runs on.
    if (!ticket.first_response_due_at) missing.push('firstResponseDueAt');
    if (!ticket.sla_clock) missing.push('slaClock');
    if (ticket.first_response_due_at && new Date(ticket.first_response_due_at) <= new Date(ticket.created_at)) missing.push('firstResponseDueAt after filing');

    if (staffMessages.length > 0) {
      result.answered += 1;
      const before = missing.length;
      if (!ticket.first_responded_at) missing.push('firstRespondedAt');
      else if (Math.abs(new Date(ticket.first_responded_at).getTime() - staffMessages[0].at.getTime()) > 2_000) {
        missing.push(`firstRespondedAt ${iso(ticket.first_responded_at)} is not the first answer's ${iso(staffMessages[0].at)}`);
      }
      if (ticket.first_response_minutes === null) missing.push('firstResponseMinutes');
      if (!ticket.last_staff_message_at) missing.push('lastStaffMessageAt');
      if (missing.length === before) result.answeredStamped += 1;
    } else if (ticket.first_responded_at) {
      missing.push('firstRespondedAt without a staff answer');
    }
    if (thread.some((message) => message.author === 'customer') && !ticket.last_customer_message_at) missing.push('lastCustomerMessageAt');

    if (done) {
      result.resolved += 1;
      if (ticket.status === 'resolved' && !ticket.resolved_at) missing.push('resolvedAt');
      if (ticket.next_response_due_at) missing.push('nextResponseDueAt on a resolved ticket');
    } else if (!paused && last && ticket.first_responded_at) {
      // Answered, then the customer wrote again: the next response is owed; answered last: nothing is.
      if (last.author === 'customer' && !ticket.next_response_due_at) missing.push('nextResponseDueAt after the customer wrote');
      if (last.author === 'staff' && ticket.next_response_due_at) missing.push('nextResponseDueAt after staff answered last');
    }

    // The sweeper: every running target that fell due before the last sweeps has its breach recorded.
    if (!done && !paused) {
      const running: Array<[string, Date | null]> = [
        ['firstResponse', ticket.first_responded_at ? null : ticket.first_response_due_at],
        ['nextResponse', ticket.next_response_due_at],
        ['resolution', ticket.resolution_due_at],
      ];
      const overdue = running.filter((entry): entry is [string, Date] => entry[1] !== null && new Date(entry[1]) < sweptBefore);
      if (overdue.length > 0) {
        result.overdue += 1;
        const unrecorded = overdue.filter(([target, dueAt]) => !eventKeys.has(`${ticket.document_id}:${target}:breach:${new Date(dueAt).toISOString()}`));
        if (unrecorded.length === 0 && ticket.breached_at && ticket.pre_breached_at) result.overdueRecorded += 1;
        else {
          for (const [target, dueAt] of unrecorded) missing.push(`${target} breach at ${iso(dueAt)} not recorded`);
          if (!ticket.breached_at) missing.push('breachedAt');
          if (!ticket.pre_breached_at) missing.push('preBreachedAt');
        }
      }
    }

    if (missing.length === 0) result.stamped += 1;
    else if (result.problems.length < 5) result.problems.push(`${ticket.document_id} (${ticket.status}, ${thread.map((m) => m.author[0]).join('') || 'no messages'}): ${missing.join(', ')}`);
  }

  const inDatabase = new Set(tickets.map((ticket) => ticket.document_id as string));
  const filedSet = new Set(filed);
  result.lost = filed.filter((documentId) => !inDatabase.has(documentId)).length;
  result.unknown = [...inDatabase].filter((documentId) => !filedSet.has(documentId)).length;
  return result;
}

export interface MailCheck {
  queued: number;
  byStatus: Record<string, number>;
  byTemplate: Record<string, number>;
  received: number;
  distinctReceived: number;
  /** Outbox rows marked sent whose Message-ID the SMTP server never saw. */
  sentNotReceived: number;
  /** Mails received whose Message-ID no outbox row holds. */
  receivedUnknown: number;
  /** Rows sent more than once (attempts > 1 with one receipt is a retry, not a duplicate). */
  retried: number;
  problems: string[];
}

const bareId = (id: string | null) => (id ?? '').trim().replace(/^<|>$/g, '');

export async function checkMails(client: Db, received: ReceivedMail[]): Promise<MailCheck> {
  const { rows } = await client.query(`SELECT id, dedupe_key, status, template, message_id, attempts, last_error FROM helpdesk_mail_outbox ORDER BY id`);
  const result: MailCheck = {
    queued: rows.length,
    byStatus: {},
    byTemplate: {},
    received: received.length,
    distinctReceived: 0,
    sentNotReceived: 0,
    receivedUnknown: 0,
    retried: 0,
    problems: [],
  };
  const receivedIds = new Map<string, number>();
  for (const mail of received) receivedIds.set(bareId(mail.messageId), (receivedIds.get(bareId(mail.messageId)) ?? 0) + 1);
  result.distinctReceived = receivedIds.size;
  const rowIds = new Set<string>();
  for (const row of rows) {
    result.byStatus[row.status] = (result.byStatus[row.status] ?? 0) + 1;
    result.byTemplate[row.template] = (result.byTemplate[row.template] ?? 0) + 1;
    const id = bareId(row.message_id);
    rowIds.add(id);
    if (row.attempts > 1) result.retried += 1;
    if (row.status === 'sent' && !receivedIds.has(id)) {
      result.sentNotReceived += 1;
      if (result.problems.length < 3) result.problems.push(`outbox ${row.id} (${row.dedupe_key}) marked sent, never received`);
    }
    if (row.status !== 'sent' && result.problems.length < 3) result.problems.push(`outbox ${row.id} (${row.dedupe_key}) ${row.status}, attempts ${row.attempts}: ${row.last_error ?? ''}`);
    if ((receivedIds.get(id) ?? 0) > 1 && result.problems.length < 3) result.problems.push(`outbox ${row.id} (${row.dedupe_key}) received ${receivedIds.get(id)} times`);
  }
  result.receivedUnknown = [...receivedIds.keys()].filter((id) => !rowIds.has(id)).length;
  return result;
}
