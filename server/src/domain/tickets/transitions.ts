import type { TicketStatus } from './statuses';

/**
 * The status changes staff may make by hand. Some statuses are reached only by what someone else
 * does: `new` is where a filed (or paid) ticket starts, and `awaiting_payment` ends when the payment
 * arrives — staff can only cancel such a ticket by closing it. `awaiting_credit_confirmation` is
 * reached by an estimate the customer has yet to confirm (see the credits); staff may still start
 * work without the confirmation, which then charges nothing. `closed` is final; a resolved
 * ticket can still be reopened when the customer was not helped after all.
 */
const STAFF_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['open', 'waiting_on_customer', 'resolved', 'closed'],
  open: ['waiting_on_customer', 'resolved', 'closed'],
  waiting_on_customer: ['open', 'resolved', 'closed'],
  awaiting_payment: ['closed'],
  awaiting_credit_confirmation: ['open', 'closed'],
  resolved: ['open', 'closed'],
  closed: [],
};

/** Whether staff may move a ticket from one status to another (staying put is no transition). */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return STAFF_TRANSITIONS[from]?.includes(to) ?? false;
}

/** The statuses staff may move a ticket to from `from`, e.g. for the buttons of the ticket view. */
export function allowedTransitions(from: TicketStatus): readonly TicketStatus[] {
  return STAFF_TRANSITIONS[from] ?? [];
}

/** A public staff answer means someone works on a new ticket; every other status stays as it is. */
export function statusAfterStaffReply(status: TicketStatus): TicketStatus {
  return status === 'new' ? 'open' : status;
}

/** Staff cannot write on a closed ticket: it is final, and the customer no longer follows it. */
export function acceptsStaffReply(status: TicketStatus): boolean {
  return status !== 'closed';
}
