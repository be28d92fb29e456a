import {
  TICKET_STATUSES,
  acceptsStaffReply,
  allowedTransitions,
  canTransition,
  statusAfterStaffReply,
  type TicketStatus,
} from '../../../server/src/domain/tickets';

describe('staff status transitions', () => {
  // The whole table, so a change to it is a deliberate change to this test.
  const expected: Record<TicketStatus, TicketStatus[]> = {
    new: ['open', 'waiting_on_customer', 'resolved', 'closed'],
    open: ['waiting_on_customer', 'resolved', 'closed'],
    waiting_on_customer: ['open', 'resolved', 'closed'],
    awaiting_payment: ['closed'],
    awaiting_credit_confirmation: ['open', 'closed'],
    resolved: ['open', 'closed'],
    closed: [],
  };

  it.each(TICKET_STATUSES.flatMap((from) => TICKET_STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(expected[from].includes(to));
  });

  it('keeps closed final and never lets staff stay put, go back to new or start a payment', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    for (const status of TICKET_STATUSES) {
      expect(canTransition(status, status)).toBe(false);
      expect(canTransition(status, 'new')).toBe(false);
      expect(canTransition(status, 'awaiting_payment')).toBe(false);
    }
  });

  it('lets staff only cancel a ticket that waits for its payment', () => {
    expect(allowedTransitions('awaiting_payment')).toEqual(['closed']);
  });

  it('reopens a resolved ticket', () => {
    expect(canTransition('resolved', 'open')).toBe(true);
  });

  it('refuses unknown statuses instead of throwing', () => {
    expect(canTransition('bogus' as TicketStatus, 'open')).toBe(false);
    expect(allowedTransitions('bogus' as TicketStatus)).toEqual([]);
  });
});

describe('status after a public staff reply', () => {
  it('opens a new ticket', () => {
    expect(statusAfterStaffReply('new')).toBe('open');
  });

  it.each(TICKET_STATUSES.filter((status) => status !== 'new'))('leaves %s as it is', (status) => {
    expect(statusAfterStaffReply(status)).toBe(status);
  });

  it('accepts replies on every status but closed', () => {
    expect(TICKET_STATUSES.filter((status) => !acceptsStaffReply(status))).toEqual(['closed']);
  });
});
