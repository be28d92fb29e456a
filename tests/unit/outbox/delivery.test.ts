import { afterFailure, classifySendError, retryDelayMs, type RetryPolicy } from '../../../server/src/domain/outbox/delivery';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const policy: RetryPolicy = { retryInitialMs: MINUTE, retryMaxMs: 6 * HOUR, giveUpAfterMs: 72 * HOUR };

describe('sorting a failed send', () => {
  it('retries SMTP 4xx replies and an unreachable server, and gives up at once on 5xx replies', () => {
    expect(classifySendError({ responseCode: 451, response: '451 4.3.0 Try again later' })).toEqual({ kind: 'temporary', reason: '451 4.3.0 Try again later' });
    expect(classifySendError({ responseCode: 550, response: '550 5.1.1 No such user' })).toEqual({ kind: 'permanent', reason: '550 5.1.1 No such user' });
    expect(classifySendError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:25' }).kind).toBe('temporary');
    expect(classifySendError({ code: 'ETIMEDOUT', message: 'Greeting never received' }).kind).toBe('temporary');
    // Something that is no delivery problem is looked at, not retried for days.
    expect(classifySendError({ message: 'Cannot read properties of undefined' }).kind).toBe('permanent');
  });
});

describe('after a failed send', () => {
  const queuedAt = new Date('2026-03-10T10:00:00Z');

  it('waits 1 min, then 2, 4, … up to 6 h between attempts', () => {
    expect([1, 2, 3, 4, 9, 10, 20].map((attempts) => retryDelayMs(attempts, policy) / MINUTE)).toEqual([1, 2, 4, 8, 256, 360, 360]);
  });

  it('schedules a temporary failure again and keeps the reason', () => {
    const now = new Date(queuedAt.getTime() + 5 * MINUTE);
    expect(afterFailure({ kind: 'temporary', reason: '451 busy' }, { attempts: 3, queuedAt }, now, policy)).toEqual({
      status: 'pending',
      notBefore: new Date(now.getTime() + 4 * MINUTE),
      lastError: '451 busy',
    });
  });

  it('fails a permanent failure at once, and a temporary one whose next try would fall past three days', () => {
    expect(afterFailure({ kind: 'permanent', reason: '550 no such user' }, { attempts: 1, queuedAt }, queuedAt, policy)).toEqual({ status: 'failed', lastError: '550 no such user' });
    const late = new Date(queuedAt.getTime() + 70 * HOUR);
    expect(afterFailure({ kind: 'temporary', reason: '421 closing' }, { attempts: 18, queuedAt }, late, policy)).toEqual({
      status: 'failed',
      lastError: 'gave up after 18 attempts: 421 closing',
    });
  });
});
