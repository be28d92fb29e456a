import { dueAnsweredBy } from '../../../server/src/domain/sla';

describe('dueAnsweredBy: the next-response due a new message answers', () => {
  const due = new Date('2026-03-11T16:00:00Z');
  const waiting = { status: 'open', firstRespondedAt: new Date('2026-03-10T10:00:00Z'), nextResponseDueAt: due };
  const reply = { authorKind: 'staff' as const, internal: false };

  it('is the ticket’s next-response due for a public staff reply to a waiting customer', () => {
    expect(dueAnsweredBy(waiting, reply)).toEqual(due);
  });

  it.each([
    ['an internal note', waiting, { ...reply, internal: true }],
    ['a customer message', waiting, { authorKind: 'customer' as const, internal: false }],
    ['a system message', waiting, { authorKind: 'system' as const, internal: false }],
    ['the first response (measured on the ticket)', { ...waiting, firstRespondedAt: null }, reply],
    ['a reply while the clock is paused', { ...waiting, status: 'waiting_on_customer' }, reply],
    ['a reply nobody was waiting for', { ...waiting, nextResponseDueAt: null }, reply],
  ])('is none for %s', (_case, ticket, message) => {
    expect(dueAnsweredBy(ticket, message)).toBeNull();
  });
});
