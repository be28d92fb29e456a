/**
 * What becomes of an outbox row after a send attempt. Pure: the worker passes the error it got, the
 * row's age and the clock, and stores what this decides.
 */

export interface RetryPolicy {
  /** Wait before the first retry; it doubles with each attempt. */
  retryInitialMs: number;
  /** The longest wait between two attempts. */
  retryMaxMs: number;
  /** A mail still failing this long after it was queued is given up. */
  giveUpAfterMs: number;
}

export type SendFailure = { kind: 'temporary' | 'permanent'; reason: string };

export type AfterFailure = { status: 'pending'; notBefore: Date; lastError: string } | { status: 'failed'; lastError: string };

/** Network errors that say the server was not reached or did not answer in time: worth another try. */
const TEMPORARY_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKET', 'ECONNECTION', 'EDNS', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE']);

/**
 * Sorts a provider error the way SMTP does: a 4xx reply is temporary, a 5xx reply permanent, and an
 * unreachable server temporary. Anything else (a bug, a refused option) is permanent, so it is
 * looked at rather than retried for days.
 */
export function classifySendError(error: { responseCode?: unknown; code?: unknown; message?: unknown; response?: unknown }): SendFailure {
  const reason = String(error.response ?? error.message ?? 'unknown error').slice(0, 1000);
  const reply = Number(error.responseCode);
  if (Number.isInteger(reply) && reply >= 400 && reply < 500) return { kind: 'temporary', reason };
  if (Number.isInteger(reply) && reply >= 500 && reply < 600) return { kind: 'permanent', reason };
  if (typeof error.code === 'string' && TEMPORARY_NETWORK_CODES.has(error.code)) return { kind: 'temporary', reason: `${error.code}: ${reason}` };
  return { kind: 'permanent', reason };
}

/** The wait before attempt `attempts + 1`, after `attempts` failed ones: 1 min, 2, 4, … capped. */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.retryMaxMs, policy.retryInitialMs * 2 ** Math.min(exponent, 30));
}

export function afterFailure(
  failure: SendFailure,
  row: { attempts: number; queuedAt: Date },
  now: Date,
  policy: RetryPolicy
): AfterFailure {
  if (failure.kind === 'permanent') return { status: 'failed', lastError: failure.reason };
  const retryAt = new Date(now.getTime() + retryDelayMs(row.attempts, policy));
  if (retryAt.getTime() - row.queuedAt.getTime() > policy.giveUpAfterMs) {
    return { status: 'failed', lastError: `gave up after ${row.attempts} attempts: ${failure.reason}` };
  }
  return { status: 'pending', notBefore: retryAt, lastError: failure.reason };
}
