import { compareQueue, queueDueAt, type QueueTicket } from '../../../server/src/domain/tickets';

const at = (iso: string) => new Date(iso);
let ids = 0;
const ticket = (overrides: Partial<QueueTicket> = {}): QueueTicket => ({
  status: 'new',
  tier: 'standard',
  priorityScore: 0,
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

  it('lets a lower priority score sink below later tickets of its tier', () => {
    const penalised = ticket({ priorityScore: -50, firstResponseDueAt: at('2026-03-10T09:00:00Z') });
    const normal = ticket({ firstResponseDueAt: at('2026-03-12T09:00:00Z') });
    expect(order([penalised, normal])).toEqual([normal.id, penalised.id]);
  });

  it('breaks ties by age, then id', () => {
    const younger = ticket({ createdAt: at('2026-03-10T09:00:00Z') });
    const older = ticket({ createdAt: at('2026-03-10T07:00:00Z') });
    const sameAge = ticket({ createdAt: at('2026-03-10T07:00:00Z') });
    expect(order([younger, sameAge, older])).toEqual([older.id, sameAge.id, younger.id]);
  });
});
