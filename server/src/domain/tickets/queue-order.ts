import { isPausingStatus } from '../sla';
import type { TicketTier } from './statuses';

/**
 * The queue order of CONTRACT §4, as plain functions: the database query that pages through the
 * queue implements the same order in SQL, and the tests hold it to this definition.
 */
export interface QueueTicket {
  status: string;
  tier: TicketTier;
  /** Set by scoring (fair use lowers it); higher comes first within a tier. */
  priorityScore: number | null;
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

const tierRank = (tier: TicketTier) => (tier === 'priority' ? 0 : 1);

/**
 * Priority tier first; then the priority score, highest first (the hook for the fair-use penalty);
 * then the earliest due, tickets without one last; then the oldest ticket.
 */
export function compareQueue(a: QueueTicket, b: QueueTicket): number {
  const byTier = tierRank(a.tier) - tierRank(b.tier);
  if (byTier !== 0) return byTier;
  const byScore = (b.priorityScore ?? 0) - (a.priorityScore ?? 0);
  if (byScore !== 0) return byScore;
  const dueA = queueDueAt(a);
  const dueB = queueDueAt(b);
  if (dueA && dueB && dueA.getTime() !== dueB.getTime()) return dueA.getTime() - dueB.getTime();
  if (dueA && !dueB) return -1;
  if (!dueA && dueB) return 1;
  const byAge = a.createdAt.getTime() - b.createdAt.getTime();
  return byAge !== 0 ? byAge : a.id - b.id;
}
