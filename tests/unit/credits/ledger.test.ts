import fc from 'fast-check';
import {
  CREDIT_TRANSACTION_KINDS,
  InsufficientCreditsError,
  balanceAfter,
  clawback,
  creditsRefunded,
} from '../../../server/src/domain/credits';

describe('ledger kinds', () => {
  it('are purchase, grant, debit, refund and adjustment', () => {
    expect([...CREDIT_TRANSACTION_KINDS]).toEqual(['purchase', 'grant', 'debit', 'refund', 'adjustment']);
  });
});

describe('balanceAfter', () => {
  it('adds purchases and takes debits', () => {
    expect(balanceAfter(0, 10)).toBe(10);
    expect(balanceAfter(10, -3)).toBe(7);
    expect(balanceAfter(7, 0)).toBe(7);
  });

  it('lets a debit take the balance to exactly zero', () => {
    expect(balanceAfter(3, -3)).toBe(0);
  });

  it('refuses to go below zero, saying how many credits are missing', () => {
    let thrown: unknown;
    try {
      balanceAfter(2, -5);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InsufficientCreditsError);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({ name: 'InsufficientCreditsError', balance: 2, missing: 3, message: 'the balance of 2 credits is 3 short' });
    expect(() => balanceAfter(1, -2)).toThrow('the balance of 1 credit is 1 short');
    expect(() => balanceAfter(0, -1)).toThrow('the balance of 0 credits is 1 short');
  });

  it.each([0.5, -1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a delta of %p: not a whole number of credits', (delta) => {
    expect(() => balanceAfter(10, delta)).toThrow(RangeError);
  });

  it('never returns a negative balance, and throws exactly when one would result (property)', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: -200_000, max: 200_000 }), (balance, delta) => {
        if (balance + delta < 0) {
          expect(() => balanceAfter(balance, delta)).toThrow(InsufficientCreditsError);
          try {
            balanceAfter(balance, delta);
          } catch (error) {
            expect((error as InsufficientCreditsError).missing).toBe(-(balance + delta));
            expect((error as InsufficientCreditsError).missing).toBeGreaterThan(0);
          }
        } else {
          const next = balanceAfter(balance, delta);
          expect(next).toBe(balance + delta);
          expect(next).toBeGreaterThanOrEqual(0);
        }
      })
    );
  });
});

describe('clawback', () => {
  it('takes all refunded credits back when the balance holds them', () => {
    expect(clawback(10, 4)).toEqual({ taken: 4, shortfall: 0 });
    expect(clawback(4, 4)).toEqual({ taken: 4, shortfall: 0 });
  });

  it('takes what the balance holds and reports the rest, already spent, as a shortfall', () => {
    expect(clawback(3, 10)).toEqual({ taken: 3, shortfall: 7 });
    expect(clawback(0, 10)).toEqual({ taken: 0, shortfall: 10 });
  });

  it('takes nothing for nothing refunded', () => {
    expect(clawback(5, 0)).toEqual({ taken: 0, shortfall: 0 });
  });

  it('takes min(balance, credits), leaves the balance non-negative and accounts for every credit (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (balance, credits) => {
        const { taken, shortfall } = clawback(balance, credits);
        expect(taken).toBe(Math.min(balance, credits));
        expect(taken + shortfall).toBe(credits);
        expect(shortfall).toBeGreaterThanOrEqual(0);
        expect(balanceAfter(balance, -taken)).toBeGreaterThanOrEqual(0);
      })
    );
  });
});

describe('creditsRefunded', () => {
  it('takes back all credits for a full refund', () => {
    expect(creditsRefunded(10, 23900, 23900)).toBe(10);
    expect(creditsRefunded(4, 9900, 9900)).toBe(4);
  });

  it('takes back a share proportional to the refunded amount, rounded up', () => {
    expect(creditsRefunded(10, 10000, 5000)).toBe(5);
    expect(creditsRefunded(10, 10000, 5001)).toBe(6);
    expect(creditsRefunded(10, 23900, 1)).toBe(1);
    expect(creditsRefunded(4, 9900, 2475)).toBe(1);
    expect(creditsRefunded(4, 9900, 2476)).toBe(2);
  });

  it('takes nothing back for nothing refunded', () => {
    expect(creditsRefunded(10, 23900, 0)).toBe(0);
  });

  it('never takes back more than was bought, even when more is refunded than paid', () => {
    expect(creditsRefunded(10, 23900, 50000)).toBe(10);
  });

  it('takes back everything of a purchase that cost nothing', () => {
    expect(creditsRefunded(10, 0, 0)).toBe(10);
  });

  const purchase = fc.record({ credits: fc.integer({ min: 1, max: 1_000 }), amountCents: fc.integer({ min: 1, max: 10_000_000 }) });

  it('is a whole number between 0 and the credits bought, all of them for a full refund (property)', () => {
    fc.assert(
      fc.property(purchase, fc.nat(20_000_000), ({ credits, amountCents }, refundedCents) => {
        const taken = creditsRefunded(credits, amountCents, refundedCents);
        expect(Number.isInteger(taken)).toBe(true);
        expect(taken).toBeGreaterThanOrEqual(0);
        expect(taken).toBeLessThanOrEqual(credits);
        expect(taken).toBeGreaterThanOrEqual((credits * Math.min(refundedCents, amountCents)) / amountCents);
        if (refundedCents >= amountCents) expect(taken).toBe(credits);
        if (refundedCents === 0) expect(taken).toBe(0);
      })
    );
  });

  it('never takes back fewer credits for a larger refund (property)', () => {
    fc.assert(
      fc.property(purchase, fc.nat(20_000_000), fc.nat(20_000_000), ({ credits, amountCents }, a, b) => {
        const [smaller, larger] = a <= b ? [a, b] : [b, a];
        expect(creditsRefunded(credits, amountCents, smaller)).toBeLessThanOrEqual(creditsRefunded(credits, amountCents, larger));
      })
    );
  });

  it('takes back the whole purchase over a series of partial refunds adding up to the amount, never more (property)', () => {
    // Stripe reports the refunded amount so far: each refund takes back the difference to the new total.
    fc.assert(
      fc.property(purchase, fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }), ({ credits, amountCents }, parts) => {
        let refunded = 0;
        let takenSoFar = 0;
        for (const part of parts) {
          refunded = Math.min(amountCents, refunded + part);
          const due = creditsRefunded(credits, amountCents, refunded);
          expect(due).toBeGreaterThanOrEqual(takenSoFar);
          takenSoFar = due;
        }
        expect(takenSoFar).toBeLessThanOrEqual(credits);
        expect(creditsRefunded(credits, amountCents, amountCents)).toBe(credits);
      })
    );
  });
});
