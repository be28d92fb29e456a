import {
  defaultFairUseSettings,
  scoreFairUse,
  wroteBeforeReadingAnswer,
  type FairUseFacts,
  type FairUseOverride,
} from '../../../server/src/domain/scoring';

const settings = defaultFairUseSettings();
const HOUR = 60 * 60 * 1000;
const now = new Date('2026-03-10T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);

const calm: FairUseFacts = {
  messagesInWindow: [hoursAgo(1), hoursAgo(2)],
  openTickets: 1,
  recentTickets: Array.from({ length: 10 }, (_, n) => ({ faqStrongMatch: n < 2 })),
  unreadAnswerTickets: 0,
};

describe('fair-use score', () => {
  it('is 0 with no reasons for a well-behaved customer', () => {
    expect(scoreFairUse(calm, settings)).toMatchObject({ computed: 0, score: 0, reasons: [], penalized: false, recheckAt: null });
  });

  it.each([
    ['messages', { messagesInWindow: Array.from({ length: 11 }, (_, n) => hoursAgo(n + 1)) }, 11, 10, '11 messages in the last 24 h (more than 10)'],
    ['openTickets', { openTickets: 6 }, 6, 5, '6 open tickets (more than 5)'],
    [
      'faqAnswered',
      { recentTickets: Array.from({ length: 10 }, (_, n) => ({ faqStrongMatch: n < 5 })) },
      0.5,
      0.5,
      '5 of the last 10 tickets were answered by the FAQ (50 %, threshold 50 %)',
    ],
    ['unreadAnswer', { unreadAnswerTickets: 1 }, 1, 0, 'wrote again without opening the last staff answer on 1 open ticket'],
  ] as const)('moves by the weight of %s alone, naming its figures', (signal, change, figure, threshold, text) => {
    const result = scoreFairUse({ ...calm, ...change }, settings);
    const weight = settings.weights[signal];
    expect(result.computed).toBe(weight);
    expect(result.reasons).toEqual([{ signal, figure, threshold, weight, text }]);
  });

  it('stays quiet right at each threshold', () => {
    const atThresholds: FairUseFacts = {
      messagesInWindow: Array.from({ length: 10 }, (_, n) => hoursAgo(n + 1)),
      openTickets: 5,
      recentTickets: Array.from({ length: 10 }, (_, n) => ({ faqStrongMatch: n < 4 })),
      unreadAnswerTickets: 0,
    };
    expect(scoreFairUse(atThresholds, settings).reasons).toEqual([]);
  });

  it('waits for a full set of recent tickets before judging the FAQ share', () => {
    const newcomer = { ...calm, recentTickets: [{ faqStrongMatch: true }, { faqStrongMatch: true }] };
    expect(scoreFairUse(newcomer, settings).reasons).toEqual([]);
  });

  it('adds the weights of several signals, up to 100, and penalises from the penalty line', () => {
    const abuser: FairUseFacts = { ...calm, openTickets: 9, unreadAnswerTickets: 2 };
    expect(scoreFairUse(abuser, settings)).toMatchObject({ computed: 45, penalized: true });
    const heavy = { ...settings, weights: { messages: 60, openTickets: 60, faqAnswered: 60, unreadAnswer: 60 } };
    expect(scoreFairUse(abuser, heavy).computed).toBe(100);
    expect(scoreFairUse({ ...calm, unreadAnswerTickets: 1 }, settings).penalized).toBe(false);
  });

  it('lets an override decide while keeping the computed score and reasons to show', () => {
    const by = { id: 1, name: 'Dana Desk' };
    const clear: FairUseOverride = { mode: 'clear', score: 0, reason: 'Migration week', by, at: now.toISOString() };
    const pin: FairUseOverride = { mode: 'pin', score: 80, reason: 'Repeated abuse', by, at: now.toISOString() };
    const abuser: FairUseFacts = { ...calm, openTickets: 9 };
    expect(scoreFairUse(abuser, settings, clear)).toMatchObject({ computed: 30, score: 0, penalized: false, override: clear });
    expect(scoreFairUse(calm, settings, pin)).toMatchObject({ computed: 0, score: 80, penalized: true, override: pin });
  });

  it('knows when the message count falls back under the threshold as messages age out', () => {
    // 12 messages, threshold 10: the signal stops once the two oldest are older than 24 h.
    const messages = Array.from({ length: 12 }, (_, n) => hoursAgo(n + 1));
    const result = scoreFairUse({ ...calm, messagesInWindow: messages }, settings);
    expect(result.recheckAt).toEqual(new Date(hoursAgo(11).getTime() + 24 * HOUR));
    const later = messages.filter((at) => at.getTime() + 24 * HOUR > result.recheckAt!.getTime());
    expect(scoreFairUse({ ...calm, messagesInWindow: later }, settings).reasons).toEqual([]);
  });
});

describe('writing again before opening the last staff answer', () => {
  const at = (hour: number) => new Date(Date.UTC(2026, 2, 10, hour));

  it('counts a reply written while the staff answer before it was unopened', () => {
    expect(
      wroteBeforeReadingAnswer([
        { authorKind: 'staff', createdAt: at(9), readAt: null },
        { authorKind: 'customer', createdAt: at(10), readAt: null },
      ])
    ).toBe(true);
  });

  it('stops counting once the customer opens the answer after all', () => {
    expect(
      wroteBeforeReadingAnswer([
        { authorKind: 'staff', createdAt: at(9), readAt: at(11) },
        { authorKind: 'customer', createdAt: at(10), readAt: null },
      ])
    ).toBe(false);
  });

  it('does not count a reply after opening the answer, or with no answer to open', () => {
    expect(
      wroteBeforeReadingAnswer([
        { authorKind: 'staff', createdAt: at(9), readAt: at(9) },
        { authorKind: 'customer', createdAt: at(10), readAt: null },
      ])
    ).toBe(false);
    expect(wroteBeforeReadingAnswer([{ authorKind: 'customer', createdAt: at(10), readAt: null }])).toBe(false);
    expect(wroteBeforeReadingAnswer([{ authorKind: 'staff', createdAt: at(9), readAt: null }])).toBe(false);
  });
});
