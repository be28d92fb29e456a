import { isPausingStatus } from '../sla';
import { DONE_STATUSES, type TicketStatus, type TicketTier } from './statuses';

/**
 * The queue order of CONTRACT §4, as plain functions: the database query that pages through the
 * queue implements the same order in SQL, and the tests hold it to this definition.
 */
export interface QueueTicket {
  status: string;
  tier: TicketTier;
  /** The customer's fair use is past the penalty line: the ticket goes behind the rest of its tier. */
  penalized: boolean;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  nextResponseDueAt: Date | null;
  createdAt: Date;
  id: number;
}

/**
 * The instant by which staff owe the customer an answer: the first response while it is pending,
 * or the next response, whichever comes first. A ticket that waits on the customer owes nothing
 * now (its targets are computed anew when it resumes), so it has no due.
 */
export function queueDueAt(ticket: Pick<QueueTicket, 'status' | 'firstResponseDueAt' | 'firstRespondedAt' | 'nextResponseDueAt'>): Date | null {
  if (isPausingStatus(ticket.status)) return null;
  const first = ticket.firstRespondedAt ? null : ticket.firstResponseDueAt;
  const next = ticket.nextResponseDueAt;
  if (first && next) return first.getTime() <= next.getTime() ? first : next;
  return first ?? next;
}

const DIGITS = 13;
/** Later than any due date (the year 2286): tickets that owe nothing go last. */
const NO_DUE = '9'.repeat(DIGITS);
const instant = (date: Date) => String(Math.max(0, date.getTime())).padStart(DIGITS, '0');

/** The parts of the queue order, for staff to see why a ticket stands where it stands. */
export interface QueueKeyParts {
  done: boolean;
  tier: TicketTier;
  penalized: boolean;
  dueAt: Date | null;
  createdAt: Date;
}

export function queueKeyParts(ticket: Omit<QueueTicket, 'id'>): QueueKeyParts {
  return {
    done: DONE_STATUSES.includes(ticket.status as TicketStatus),
    tier: ticket.tier,
    penalized: ticket.penalized,
    dueAt: queueDueAt(ticket),
    createdAt: ticket.createdAt,
  };
}

/**
 * The queue order of CONTRACT §4 as one string the database sorts by (stored on each ticket and
 * indexed): open before done, priority tier before standard, within a tier a fair-use penalty
 * behind everyone else, then the earliest due (none last), then the oldest. Digits only, of fixed
 * width, so every collation sorts it the same way.
 */
export function queueSortKey(ticket: Omit<QueueTicket, 'id'>): string {
  const parts = queueKeyParts(ticket);
  return [
    parts.done ? '1' : '0',
    parts.tier === 'priority' ? '0' : '1',
    parts.penalized ? '1' : '0',
    parts.dueAt ? instant(parts.dueAt) : NO_DUE,
    instant(parts.createdAt),
  ].join('');
}

/** The queue order for tickets in memory: the sort key, then the id (as the database query does). */
export function compareQueue(a: QueueTicket, b: QueueTicket): number {
  const keyA = queueSortKey(a);
  const keyB = queueSortKey(b);
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return a.id - b.id;
}
