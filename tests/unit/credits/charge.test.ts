import fc from 'fast-check';
import { chargeOnResolution, creditsOnReopen, type TicketCredits } from '../../../server/src/domain/credits';

const policy = { minutesPerCredit: 30, minimumCharge: 1 };
const confirmedAt = (confirmed: number | null, charged = 0): TicketCredits => ({ estimate: confirmed, confirmed, charged });

describe('chargeOnResolution', () => {
  it('charges the time spent in credits, rounded up', () => {
    expect(chargeOnResolution(confirmedAt(10), 30, policy)).toEqual({ total: 1, delta: 1 });
    expect(chargeOnResolution(confirmedAt(10), 31, policy)).toEqual({ total: 2, delta: 2 });
    expect(chargeOnResolution(confirmedAt(10), 60, policy)).toEqual({ total: 2, delta: 2 });
    expect(chargeOnResolution(confirmedAt(10), 61, policy)).toEqual({ total: 3, delta: 3 });
    expect(chargeOnResolution(confirmedAt(10), 150, { minutesPerCredit: 60, minimumCharge: 1 })).toEqual({ total: 3, delta: 3 });
  });

  it('charges at least the minimum, even for no time logged', () => {
    expect(chargeOnResolution(confirmedAt(10), 0, policy)).toEqual({ total: 1, delta: 1 });
    expect(chargeOnResolution(confirmedAt(10), 5, policy)).toEqual({ total: 1, delta: 1 });
    expect(chargeOnResolution(confirmedAt(10), 40, { minutesPerCredit: 30, minimumCharge: 3 })).toEqual({ total: 3, delta: 3 });
    expect(chargeOnResolution(confirmedAt(10), -90, policy)).toEqual({ total: 1, delta: 1 });
  });

  it('never charges more than the customer confirmed', () => {
    expect(chargeOnResolution(confirmedAt(4), 600, policy)).toEqual({ total: 4, delta: 4 });
    expect(chargeOnResolution(confirmedAt(2), 0, { minutesPerCredit: 30, minimumCharge: 5 })).toEqual({ total: 2, delta: 2 });
  });

  it('charges nothing when nothing was confirmed', () => {
    expect(chargeOnResolution(confirmedAt(null), 600, policy)).toEqual({ total: 0, delta: 0 });
    expect(chargeOnResolution(confirmedAt(0), 600, policy)).toEqual({ total: 0, delta: 0 });
    expect(chargeOnResolution({ estimate: 5, confirmed: null, charged: 2 }, 600, policy)).toEqual({ total: 2, delta: 0 });
  });

  it('debits only what is still to pay when part was charged before', () => {
    expect(chargeOnResolution(confirmedAt(6, 2), 120, policy)).toEqual({ total: 4, delta: 2 });
    expect(chargeOnResolution(confirmedAt(6, 4), 30, policy)).toEqual({ total: 4, delta: 0 });
  });

  it('charges nothing a second time when the same ticket is resolved again', () => {
    const ticket = confirmedAt(6);
    const first = chargeOnResolution(ticket, 95, policy);
    expect(first).toEqual({ total: 4, delta: 4 });
    expect(chargeOnResolution({ ...ticket, charged: first.total }, 95, policy)).toEqual({ total: 4, delta: 0 });
  });

  it('after a reopen, charges no more for more time until a new estimate is confirmed', () => {
    const resolved = { ...confirmedAt(6), charged: chargeOnResolution(confirmedAt(6), 60, policy).total };
    const reopened = { ...creditsOnReopen(resolved), charged: resolved.charged };
    expect(chargeOnResolution(reopened, 300, policy)).toEqual({ total: 2, delta: 0 });
  });

  const ticketCredits = fc
    .record({ confirmed: fc.option(fc.nat(200), { nil: null }), charged: fc.nat(200) })
    .map(({ confirmed, charged }): TicketCredits => ({ estimate: confirmed, confirmed, charged }));
  const settings = fc.record({ minutesPerCredit: fc.integer({ min: 1, max: 120 }), minimumCharge: fc.nat(10) });
  const minutes = fc.integer({ min: -100, max: 24 * 60 * 30 });

  it('never takes the total above max(confirmed, charged) nor below charged, nor debits a negative amount (property)', () => {
    fc.assert(
      fc.property(ticketCredits, minutes, settings, (credits, minutesSpent, terms) => {
        const { total, delta } = chargeOnResolution(credits, minutesSpent, terms);
        expect(Number.isInteger(total) && Number.isInteger(delta)).toBe(true);
        expect(delta).toBeGreaterThanOrEqual(0);
        expect(total).toBeGreaterThanOrEqual(credits.charged);
        expect(credits.charged + delta).toBeLessThanOrEqual(Math.max(credits.confirmed ?? 0, credits.charged));
        expect(total).toBe(credits.charged + delta);
      })
    );
  });

  it('is ceil(minutes / minutesPerCredit) clamped to [minimumCharge, confirmed] for a ticket charged nothing yet (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), minutes, settings, (confirmed, minutesSpent, terms) => {
        const expected = Math.min(confirmed, Math.max(terms.minimumCharge, Math.ceil(Math.max(0, minutesSpent) / terms.minutesPerCredit)));
        expect(chargeOnResolution(confirmedAt(confirmed), minutesSpent, terms)).toEqual({ total: expected, delta: expected });
      })
    );
  });

  it('charges 0 when resolved a second time with the first total fed back as charged (property)', () => {
    fc.assert(
      fc.property(ticketCredits, minutes, settings, (credits, minutesSpent, terms) => {
        const first = chargeOnResolution(credits, minutesSpent, terms);
        const second = chargeOnResolution({ ...credits, charged: first.total }, minutesSpent, terms);
        expect(second).toEqual({ total: first.total, delta: 0 });
      })
    );
  });

  it('never charges less for more time (property)', () => {
    fc.assert(
      fc.property(ticketCredits, minutes, fc.nat(600), settings, (credits, minutesSpent, more, terms) => {
        const shorter = chargeOnResolution(credits, minutesSpent, terms);
        const longer = chargeOnResolution(credits, minutesSpent + more, terms);
        expect(longer.total).toBeGreaterThanOrEqual(shorter.total);
      })
    );
  });
});
