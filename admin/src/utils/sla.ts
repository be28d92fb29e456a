import type { QueueTicket } from '../api/types';

/** Where a ticket stands against its service level at one instant, for the countdown badge. */
export type SlaState =
  | { kind: 'none' }
  | { kind: 'paused' }
  | { kind: 'due'; ms: number }
  | { kind: 'overdue'; ms: number };

/**
 * The countdown of a queue row: time left to the instant an answer is owed, time past it, or
 * paused while the ticket waits on the customer. Done tickets, and tickets that owe nothing, have none.
 */
export function slaState(ticket: Pick<QueueTicket, 'dueAt' | 'pausedAt' | 'queueOrder'>, now: number): SlaState {
  if (ticket.queueOrder.done) return { kind: 'none' };
  if (ticket.pausedAt) return { kind: 'paused' };
  if (!ticket.dueAt) return { kind: 'none' };
  const left = new Date(ticket.dueAt).getTime() - now;
  return left >= 0 ? { kind: 'due', ms: left } : { kind: 'overdue', ms: -left };
}

/** The breach sweeper's markers: a breach outranks the warning that came before it. */
export function slaMarker(ticket: Pick<QueueTicket, 'preBreachedAt' | 'breachedAt'>): 'breached' | 'atRisk' | null {
  if (ticket.breachedAt) return 'breached';
  if (ticket.preBreachedAt) return 'atRisk';
  return null;
}
