import {
  adjustmentProblems,
  clampEstimate,
  deltaColor,
  estimateRange,
  formatDelta,
  inRange,
  ledgerApiQuery,
  ledgerViewParams,
  newRequestId,
  parseActor,
  rangeMessage,
  readLedgerView,
  serverFieldErrors,
  validMinutes,
} from '../../../admin/src/utils/credits';
import { formatMinutes } from '../../../admin/src/utils/duration';

describe('the time spent on a ticket', () => {
  it('reads in hours and minutes, in the reader\'s language', () => {
    expect(formatMinutes(0, 'en')).toBe('0 min');
    expect(formatMinutes(45, 'en')).toBe('45 min');
    expect(formatMinutes(60, 'en')).toBe('1 hr');
    expect(formatMinutes(95, 'en')).toBe('1 hr 35 min');
    expect(formatMinutes(24 * 60 + 5, 'en')).toBe('24 hr 5 min');
    expect(formatMinutes(95, 'nl')).toBe('1 uur 35 min');
  });

  it('takes whole minutes from 1 to a day, as the staff API does', () => {
    expect([undefined, 0, -5, 1.5, 1441].map(validMinutes)).toEqual([false, false, false, false, false]);
    expect([1, 30, 1440].map(validMinutes)).toEqual([true, true, true]);
  });
});

describe('the estimate range of an incident class', () => {
  it('runs from the class minimum (never below the minimum charge) to its maximum', () => {
    expect(estimateRange({ creditsMin: 1, creditsMax: 4 })).toEqual({ min: 1, max: 4 });
    expect(estimateRange({ creditsMin: 0, creditsMax: 3 })).toEqual({ min: 1, max: 3 });
    expect(estimateRange({ creditsMin: 5, creditsMax: 2 })).toEqual({ min: 5, max: 5 });
  });

  it('is open upwards for a class priced on request, and for a ticket without a class', () => {
    expect(estimateRange({ creditsMin: 2, creditsMax: null })).toEqual({ min: 2, max: null });
    expect(estimateRange(null)).toEqual({ min: 1, max: null });
  });

  it('reads "1–4 credits", "2 credits" or "on request"', () => {
    expect(rangeMessage({ min: 1, max: 4 })).toEqual({ key: 'credits.range.span', values: { min: 1, max: 4 } });
    expect(rangeMessage({ min: 2, max: 2 })).toEqual({ key: 'credits.range.single', values: { count: 2 } });
    expect(rangeMessage({ min: 1, max: null })).toEqual({ key: 'credits.range.onRequest', values: { min: 1 } });
  });

  it('brings a typed estimate inside the range as a whole number', () => {
    expect(clampEstimate(9, { min: 1, max: 4 })).toBe(4);
    expect(clampEstimate(0, { min: 1, max: 4 })).toBe(1);
    expect(clampEstimate(2.6, { min: 1, max: 4 })).toBe(3);
    expect(clampEstimate(50_000, { min: 1, max: null })).toBe(10_000);
    expect(inRange(4, { min: 1, max: 4 })).toBe(true);
    expect(inRange(5, { min: 1, max: 4 })).toBe(false);
    expect(inRange(2.5, { min: 1, max: 4 })).toBe(false);
    expect(inRange(500, { min: 1, max: null })).toBe(true);
  });
});

describe('a ledger row', () => {
  it('shows its delta signed, green when given and red when taken', () => {
    expect(formatDelta(4, 'en')).toBe('+4');
    expect(formatDelta(-2, 'en')).toMatch(/^[-−]2$/);
    expect(formatDelta(0, 'en')).toBe('0');
    expect(formatDelta(1200, 'de')).toBe('+1.200');
    expect([deltaColor(3), deltaColor(-1), deltaColor(0)]).toEqual(['success600', 'danger600', 'neutral600']);
  });

  it('names who wrote it', () => {
    expect(parseActor('staff:7 Dana Scully')).toEqual({ kind: 'staff', id: 7, name: 'Dana Scully' });
    expect(parseActor('staff:7')).toEqual({ kind: 'staff', id: 7, name: '#7' });
    expect(parseActor('stripe')).toEqual({ kind: 'stripe' });
    expect(parseActor('system')).toEqual({ kind: 'system' });
    expect(parseActor('import 2024')).toEqual({ kind: 'other', text: 'import 2024' });
    expect(parseActor(null)).toBeNull();
  });
});

describe('an adjustment before it is sent', () => {
  it('needs credits other than 0 and a reason', () => {
    expect(adjustmentProblems({ kind: 'grant', credits: undefined, reason: '' }, 0)).toEqual({ credits: 'missing', reason: 'missing' });
    expect(adjustmentProblems({ kind: 'adjustment', credits: 0, reason: '   ' }, 0)).toEqual({ credits: 'zero', reason: 'missing' });
    expect(adjustmentProblems({ kind: 'grant', credits: 3, reason: 'Goodwill' }, 0)).toEqual({});
    expect(adjustmentProblems({ kind: 'grant', credits: 3, reason: 'x'.repeat(501) }, 0)).toEqual({ reason: 'tooLong' });
  });

  it('gives credits as a grant or refund, and takes them only as an adjustment, never below zero', () => {
    expect(adjustmentProblems({ kind: 'refund', credits: -2, reason: 'Oops' }, 10)).toEqual({ credits: 'positive' });
    expect(adjustmentProblems({ kind: 'adjustment', credits: -2, reason: 'Double charge' }, 10)).toEqual({});
    expect(adjustmentProblems({ kind: 'adjustment', credits: -11, reason: 'Too much' }, 10)).toEqual({ credits: 'belowZero' });
  });

  it('carries a fresh request id the staff API accepts', () => {
    const ids = new Set(Array.from({ length: 20 }, newRequestId));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });
});

describe('the server\'s field errors', () => {
  const fetchError = (message: string, details?: unknown) =>
    Object.assign(new Error(message), { response: { data: { error: { status: 400, message, details } } } });

  it('are read by field from the listed problems', () => {
    const error = fetchError('body.data.reason: must say why; body.data.credits: must not be 0', {
      errors: [
        { path: 'body.data.reason', message: 'must say why' },
        { path: 'body.data.credits', message: 'must not be 0' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({ reason: 'must say why', credits: 'must not be 0' });
  });

  it('fall back to the message, and are none for an error about no field', () => {
    expect(serverFieldErrors(fetchError("data.credits: must be within the incident class's range of 1 to 4 credits"))).toEqual({
      credits: "must be within the incident class's range of 1 to 4 credits",
    });
    expect(serverFieldErrors(fetchError('This ticket is resolved: reopen it before revising its estimate.'))).toEqual({});
    expect(serverFieldErrors(null)).toEqual({});
  });
});

describe('the ledger view in the URL', () => {
  it('reads back what it wrote and ignores what the API would refuse', () => {
    const view = readLedgerView(new URLSearchParams('kind=grant&customer=12&page=3'));
    expect(view).toEqual({ kind: 'grant', customer: '12', page: 3 });
    expect(readLedgerView(ledgerViewParams(view))).toEqual(view);
    expect(readLedgerView(new URLSearchParams('kind=gift&customer=alice&page=0'))).toEqual({ kind: undefined, customer: undefined, page: 1 });
    expect(ledgerViewParams({ page: 1 }).toString()).toBe('');
  });

  it('asks the staff API for the page shown, 25 rows at a time', () => {
    expect(ledgerApiQuery({ kind: 'debit', page: 2 })).toBe('kind=debit&page=2&pageSize=25');
  });
});
