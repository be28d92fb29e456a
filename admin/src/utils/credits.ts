import { CREDIT_TRANSACTION_KINDS, type CreditTransactionKind } from '../../../server/src/domain/credits/ledger';
import { initialEstimate, MAX_ESTIMATE } from '../../../server/src/domain/credits/estimate';
import type { CreditAdjustmentKind, IncidentClass } from '../api/types';

/** Ledger rows a page shows. */
export const LEDGER_PAGE_SIZE = 25;

/** The least a paid incident costs by default; the ticket view says the range the server applies, this is its fallback. */
const MINIMUM_CHARGE = 1;

/** The estimates staff may set. `max` null: priced on request, open upwards. */
export interface EstimateRange {
  min: number;
  max: number | null;
}

/** The incident class's range, from the minimum charge up, as the server checks an estimate. */
export function estimateRange(incidentClass: Pick<IncidentClass, 'creditsMin' | 'creditsMax'> | null): EstimateRange {
  const min = initialEstimate(incidentClass ? { ...incidentClass, alwaysFree: false } : null, { minimumCharge: MINIMUM_CHARGE });
  const max = incidentClass?.creditsMax ?? null;
  return { min, max: max === null ? null : Math.max(min, max) };
}

/** The range as words: "1–4 credits", "2 credits", or "priced on request". */
export function rangeMessage(range: EstimateRange) {
  if (range.max === null) return { key: 'credits.range.onRequest', values: { min: range.min } } as const;
  if (range.max === range.min) return { key: 'credits.range.single', values: { count: range.min } } as const;
  return { key: 'credits.range.span', values: { min: range.min, max: range.max } } as const;
}

/** An estimate typed into the editor, brought inside the range as a whole number. */
export function clampEstimate(value: number, range: EstimateRange): number {
  const upper = range.max ?? MAX_ESTIMATE;
  return Math.min(upper, Math.max(range.min, Math.round(value)));
}

export const inRange = (value: number, range: EstimateRange) =>
  Number.isInteger(value) && value >= range.min && value <= (range.max ?? MAX_ESTIMATE);

/** Minutes one log or message may carry (the staff API's limit: one day). */
export const MAX_MINUTES = 24 * 60;
export const validMinutes = (value: number | undefined): value is number => value !== undefined && Number.isInteger(value) && value >= 1 && value <= MAX_MINUTES;

/** A ledger delta with its sign: "+4", "-2", "0". */
export function formatDelta(delta: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(delta);
}

/** Credits in green, debits in red, a zero row (a noted shortfall) in grey. */
export function deltaColor(delta: number): 'success600' | 'danger600' | 'neutral600' {
  if (delta > 0) return 'success600';
  if (delta < 0) return 'danger600';
  return 'neutral600';
}

/** Who wrote a ledger row: a staff member by name, Stripe, the system, or nobody on record. */
export type Actor = { kind: 'staff'; id: number; name: string } | { kind: 'stripe' } | { kind: 'system' } | { kind: 'other'; text: string } | null;

export function parseActor(actor: string | null): Actor {
  if (!actor) return null;
  if (actor === 'stripe') return { kind: 'stripe' };
  if (actor === 'system') return { kind: 'system' };
  const staff = /^staff:(\d+)(?: (.*))?$/s.exec(actor);
  if (staff) return { kind: 'staff', id: Number(staff[1]), name: staff[2]?.trim() || `#${staff[1]}` };
  return { kind: 'other', text: actor };
}

export interface AdjustmentInput {
  kind: CreditAdjustmentKind;
  credits: number | undefined;
  reason: string;
}

/** The longest reason the staff API takes. */
export const REASON_MAX = 500;

/**
 * What is wrong with an adjustment before it is sent, by field, as the server would refuse it:
 * grants and refunds give credits, an adjustment may take them but never below zero, and every
 * one needs a reason.
 */
export function adjustmentProblems(input: AdjustmentInput, balance: number): { credits?: 'missing' | 'zero' | 'positive' | 'belowZero'; reason?: 'missing' | 'tooLong' } {
  const problems: ReturnType<typeof adjustmentProblems> = {};
  const { credits } = input;
  if (credits === undefined || !Number.isInteger(credits)) problems.credits = 'missing';
  else if (credits === 0) problems.credits = 'zero';
  else if (input.kind !== 'adjustment' && credits < 0) problems.credits = 'positive';
  else if (balance + credits < 0) problems.credits = 'belowZero';
  const reason = input.reason.trim();
  if (!reason) problems.reason = 'missing';
  else if (reason.length > REASON_MAX) problems.reason = 'tooLong';
  return problems;
}

/**
 * A fresh id for one submission of the adjust form: sent with it, a double click or a retry of the
 * same submission counts once (the staff API takes 8 to 64 letters, digits and dashes).
 */
export function newRequestId(): string {
  const uuid = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID?.();
  if (uuid) return uuid;
  // Outside a secure context the browser has no randomUUID.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * The server's problems by field name, from Strapi's error answer (`details.errors` with paths such
 * as `body.data.credits`) or, failing that, its message (`data.credits: must be …`).
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const field = (path: string) => path.split('.').pop() ?? path;
  const answer = (error as { response?: { data?: { error?: { details?: { errors?: unknown } } } } } | null)?.response?.data?.error;
  const listed = answer?.details?.errors;
  if (Array.isArray(listed)) {
    for (const item of listed) {
      if (item && typeof item.message === 'string' && (typeof item.path === 'string' || Array.isArray(item.path))) {
        const path = Array.isArray(item.path) ? item.path.join('.') : item.path;
        out[field(path)] ??= item.message;
      }
    }
    if (Object.keys(out).length) return out;
  }
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string') {
    for (const part of message.split('; ')) {
      const match = /^((?:body\.|query\.)?data\.[A-Za-z]+): (.+)$/s.exec(part);
      if (match) out[field(match[1])] ??= match[2];
    }
  }
  return out;
}

/** What the ledger page shows, as it lives in the URL. */
export interface LedgerView {
  kind?: CreditTransactionKind;
  /** A customer id. */
  customer?: string;
  page: number;
}

const positiveId = /^[1-9]\d{0,9}$/;

export function readLedgerView(params: URLSearchParams): LedgerView {
  const kind = params.get('kind');
  const customer = params.get('customer')?.trim();
  const page = Number(params.get('page'));
  return {
    kind: kind !== null && (CREDIT_TRANSACTION_KINDS as readonly string[]).includes(kind) ? (kind as CreditTransactionKind) : undefined,
    customer: customer && positiveId.test(customer) ? customer : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The view as URL parameters, defaults left out. */
export function ledgerViewParams(view: LedgerView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.kind) params.set('kind', view.kind);
  if (view.customer) params.set('customer', view.customer);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The staff API's query for the view, with the page size the page shows. */
export function ledgerApiQuery(view: LedgerView): string {
  const params = ledgerViewParams(view);
  params.set('page', String(view.page));
  params.set('pageSize', String(LEDGER_PAGE_SIZE));
  return params.toString();
}

/** A ledger page number read off the URL (a customer's page keeps only that). */
export const readPage = (params: URLSearchParams) => readLedgerView(params).page;

export const isCustomerId = (value: string) => positiveId.test(value);
