import fc from 'fast-check';
import { billingFor, freeUntil, inFreePeriod, type IncidentClassTerms } from '../../../server/src/domain/credits';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const supportFrom = new Date('2026-03-01T09:30:00.000Z');
const settings = { freeDays: 30 };

const installation: IncidentClassTerms = { creditsMin: 2, creditsMax: 6, alwaysFree: false };
const sales: IncidentClassTerms = { creditsMin: 0, creditsMax: 0, alwaysFree: true };

describe('free period', () => {
  it('ends freeDays whole days of 24 hours after support started', () => {
    expect(freeUntil(supportFrom, 30).toISOString()).toBe('2026-03-31T09:30:00.000Z');
    expect(freeUntil(supportFrom, 1).getTime() - supportFrom.getTime()).toBe(DAY);
    expect(freeUntil(supportFrom, 0).getTime()).toBe(supportFrom.getTime());
  });

  it('counts 24-hour days across a daylight-saving change, not calendar days', () => {
    // Europe switched to summer time on 2026-03-29: still 30 × 24 h, whatever the local clock says.
    const start = new Date('2026-03-20T12:00:00.000Z');
    expect(freeUntil(start, 30).getTime() - start.getTime()).toBe(30 * DAY);
  });

  it('does not change the date it is given', () => {
    const from = new Date(supportFrom);
    freeUntil(from, 30);
    expect(from.getTime()).toBe(supportFrom.getTime());
  });

  it('flips exactly at freeUntil: free one millisecond before, no longer free at it', () => {
    const end = freeUntil(supportFrom, 30).getTime();
    expect(inFreePeriod(supportFrom, 30, new Date(end - 1))).toBe(true);
    expect(inFreePeriod(supportFrom, 30, new Date(end))).toBe(false);
    expect(inFreePeriod(supportFrom, 30, new Date(end + 1))).toBe(false);
    expect(inFreePeriod(supportFrom, 30, supportFrom)).toBe(true);
  });

  it('with 0 free days is never free, not even at the start', () => {
    expect(inFreePeriod(supportFrom, 0, supportFrom)).toBe(false);
    expect(inFreePeriod(supportFrom, 0, new Date(supportFrom.getTime() + HOUR))).toBe(false);
  });

  it('holds for any start, length and instant: free exactly when the instant is before start + days × 24 h', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: -400 * DAY, max: 4000 * DAY }),
        (from, days, offset) => {
          const start = new Date(from);
          const end = freeUntil(start, days);
          expect(end.getTime()).toBe(from + days * DAY);
          expect(inFreePeriod(start, days, new Date(from + offset))).toBe(offset < days * DAY);
        }
      )
    );
  });
});

describe('billingFor', () => {
  const during = new Date(supportFrom.getTime() + 10 * DAY);
  const after = new Date(supportFrom.getTime() + 40 * DAY);

  it('makes an always-free class free whatever the entitlement', () => {
    expect(billingFor(settings, { supportFrom, at: during, incidentClass: sales })).toBe('always_free');
    expect(billingFor(settings, { supportFrom, at: after, incidentClass: sales })).toBe('always_free');
    expect(billingFor({ freeDays: 0 }, { supportFrom, at: supportFrom, incidentClass: sales })).toBe('always_free');
  });

  it('makes any other ticket inside the free period free', () => {
    expect(billingFor(settings, { supportFrom, at: during, incidentClass: installation })).toBe('free_period');
    expect(billingFor(settings, { supportFrom, at: during, incidentClass: null })).toBe('free_period');
  });

  it('charges credits outside the free period, with or without a class', () => {
    expect(billingFor(settings, { supportFrom, at: after, incidentClass: installation })).toBe('credits');
    expect(billingFor(settings, { supportFrom, at: after, incidentClass: null })).toBe('credits');
    const onRequest: IncidentClassTerms = { creditsMin: 4, creditsMax: null, alwaysFree: false };
    expect(billingFor(settings, { supportFrom, at: after, incidentClass: onRequest })).toBe('credits');
  });

  it('charges from the very instant the free period ends', () => {
    const end = freeUntil(supportFrom, settings.freeDays);
    expect(billingFor(settings, { supportFrom, at: new Date(end.getTime() - 1), incidentClass: null })).toBe('free_period');
    expect(billingFor(settings, { supportFrom, at: end, incidentClass: null })).toBe('credits');
  });

  it('is always-free for an always-free class, else free exactly inside the period (property)', () => {
    const terms = fc.option(
      fc.record({ creditsMin: fc.nat(50), creditsMax: fc.option(fc.nat(50), { nil: null }), alwaysFree: fc.boolean() }),
      { nil: null }
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: -10 * DAY, max: 400 * DAY }), terms, (freeDays, offset, incidentClass) => {
        const at = new Date(supportFrom.getTime() + offset);
        const billing = billingFor({ freeDays }, { supportFrom, at, incidentClass });
        if (incidentClass?.alwaysFree) expect(billing).toBe('always_free');
        else expect(billing).toBe(inFreePeriod(supportFrom, freeDays, at) ? 'free_period' : 'credits');
      })
    );
  });
});
