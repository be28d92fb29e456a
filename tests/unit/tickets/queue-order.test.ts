import { compareQueue, queueDueAt, queueSortKey, type QueueTicket } from '../../../server/src/domain/tickets';

const at = (iso: string) => new Date(iso);
let ids = 0;
const ticket = (overrides: Partial<QueueTicket> = {}): QueueTicket => ({
  status: 'new',
  tier: 'standard',
  penalized: false,
  firstResponseDueAt: null,
  firstRespondedAt: null,
  nextResponseDueAt: null,
  createdAt: at('2026-03-10T08:00:00Z'),
  id: (ids += 1),
  ...overrides,
});

describe('queueDueAt', () => {
  it('is the first-response due while nobody answered', () => {
    expect(queueDueAt(ticket({ firstResponseDueAt: at('2026-03-10T16:00:00Z') }))).toEqual(at('2026-03-10T16:00:00Z'));
  });

  it('ignores the first-response due once answered and follows the next response', () => {
    const answered = ticket({
      firstResponseDueAt: at('2026-03-10T16:00:00Z'),
      firstRespondedAt: at('2026-03-10T10:00:00Z'),
      nextResponseDueAt: at('2026-03-11T16:00:00Z'),
    });
    expect(queueDueAt(answered)).toEqual(at('2026-03-11T16:00:00Z'));
    expect(queueDueAt({ ...answered, nextResponseDueAt: null })).toBeNull();
  });

  it('takes the earlier of both when both run', () => {
    const both = ticket({ firstResponseDueAt: at('2026-03-12T16:00:00Z'), nextResponseDueAt: at('2026-03-11T16:00:00Z') });
    expect(queueDueAt(both)).toEqual(at('2026-03-11T16:00:00Z'));
  });

  it.each(['waiting_on_customer', 'awaiting_credit_confirmation', 'awaiting_payment'])('has no due while %s', (status) => {
    expect(queueDueAt(ticket({ status, firstResponseDueAt: at('2026-03-10T16:00:00Z') }))).toBeNull();
  });
});

describe('compareQueue', () => {
  const order = (tickets: QueueTicket[]) => [...tickets].sort(compareQueue).map((t) => t.id);

  it('puts priority before standard even when due later, then the earliest due, undated last', () => {
    const standardLate = ticket({ firstResponseDueAt: at('2026-03-11T16:00:00Z') });
    const undated = ticket();
    const priorityLater = ticket({ tier: 'priority', firstResponseDueAt: at('2026-03-20T16:00:00Z') });
    const standardEarly = ticket({ firstResponseDueAt: at('2026-03-10T16:00:00Z') });
    expect(order([standardLate, undated, priorityLater, standardEarly])).toEqual([
      priorityLater.id,
      standardEarly.id,
      standardLate.id,
      undated.id,
    ]);
  });

  it('lets a fair-use penalty sink a ticket below later tickets of its tier, but not below a lower tier', () => {
    const penalised = ticket({ penalized: true, firstResponseDueAt: at('2026-03-10T09:00:00Z') });
    const normal = ticket({ firstResponseDueAt: at('2026-03-12T09:00:00Z') });
    const penalisedPriority = ticket({ tier: 'priority', penalized: true, firstResponseDueAt: at('2026-03-20T09:00:00Z') });
    const priority = ticket({ tier: 'priority', firstResponseDueAt: at('2026-03-21T09:00:00Z') });
    expect(order([penalised, normal, penalisedPriority, priority])).toEqual([priority.id, penalisedPriority.id, normal.id, penalised.id]);
  });

  it('puts resolved and closed tickets after every open one', () => {
    const closed = ticket({ status: 'closed', tier: 'priority', firstResponseDueAt: at('2026-03-01T09:00:00Z') });
    const open = ticket({ penalized: true });
    expect(order([closed, open])).toEqual([open.id, closed.id]);
  });

  it('breaks ties by age, then id', () => {
    const younger = ticket({ createdAt: at('2026-03-10T09:00:00Z') });
    const older = ticket({ createdAt: at('2026-03-10T07:00:00Z') });
    const sameAge = ticket({ createdAt: at('2026-03-10T07:00:00Z') });
    expect(order([younger, sameAge, older])).toEqual([older.id, sameAge.id, younger.id]);
  });
});

describe('queueSortKey', () => {
  it('is digits of one fixed width, so the database sorts it as the queue order', () => {
    const keys = [
      ticket({ firstResponseDueAt: at('2026-03-10T16:00:00Z') }),
      ticket(),
      ticket({ tier: 'priority', penalized: true, status: 'open', nextResponseDueAt: at('2031-01-01T00:00:00Z') }),
      ticket({ status: 'resolved', createdAt: at('2001-01-01T00:00:00Z') }),
    ].map(queueSortKey);
    expect(new Set(keys.map((key) => key.length)).size).toBe(1);
    expect(keys.every((key) => /^\d+$/.test(key))).toBe(true);
  });
});
