import fc from 'fast-check';
import {
  MAX_ESTIMATE,
  confirmationShortfall,
  creditsOnReopen,
  estimateProblem,
  initialEstimate,
  reviseEstimate,
  type IncidentClassTerms,
} from '../../../server/src/domain/credits';

const settings = { minimumCharge: 1 };
const installation: IncidentClassTerms = { creditsMin: 2, creditsMax: 6, alwaysFree: false };
const migration: IncidentClassTerms = { creditsMin: 4, creditsMax: null, alwaysFree: false };

describe('initialEstimate', () => {
  it("starts at the class's minimum", () => {
    expect(initialEstimate(installation, settings)).toBe(2);
    expect(initialEstimate(migration, settings)).toBe(4);
  });

  it('never starts below the minimum charge', () => {
    expect(initialEstimate({ creditsMin: 0, creditsMax: 3, alwaysFree: false }, settings)).toBe(1);
    expect(initialEstimate(installation, { minimumCharge: 3 })).toBe(3);
  });

  it('starts a ticket without a class at the minimum charge', () => {
    expect(initialEstimate(null, settings)).toBe(1);
    expect(initialEstimate(null, { minimumCharge: 5 })).toBe(5);
  });

  it('is the larger of class minimum and minimum charge (property)', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), (creditsMin, minimumCharge) => {
        expect(initialEstimate({ creditsMin, creditsMax: null, alwaysFree: false }, { minimumCharge })).toBe(Math.max(creditsMin, minimumCharge));
      })
    );
  });
});

describe('estimateProblem', () => {
  const ok = (credits: number, incidentClass: IncidentClassTerms | null, charged = 0, minimumCharge = 1) =>
    estimateProblem(credits, { incidentClass, charged }, { minimumCharge });

  it("accepts any whole number inside the class's range, ends included", () => {
    for (const credits of [2, 3, 4, 5, 6]) expect(ok(credits, installation)).toBeNull();
  });

  it('refuses an estimate outside the range, naming the range', () => {
    expect(ok(1, installation)).toBe("must be within the incident class's range of 2 to 6 credits");
    expect(ok(7, installation)).toBe("must be within the incident class's range of 2 to 6 credits");
    expect(ok(0, installation)).toMatch(/2 to 6/);
  });

  it('names the range from the minimum charge when the class minimum is below it', () => {
    const cheap: IncidentClassTerms = { creditsMin: 0, creditsMax: 4, alwaysFree: false };
    expect(ok(0, cheap)).toBe("must be within the incident class's range of 1 to 4 credits");
    expect(ok(1, cheap)).toBeNull();
    expect(ok(2, installation, 0, 3)).toBe("must be within the incident class's range of 3 to 6 credits");
  });

  it('takes a class whose maximum is below its minimum as the single value of its minimum', () => {
    const odd: IncidentClassTerms = { creditsMin: 5, creditsMax: 3, alwaysFree: false };
    expect(ok(5, odd)).toBeNull();
    expect(ok(3, odd)).toBe("must be within the incident class's range of 5 to 5 credits");
    expect(ok(6, odd)).toBe("must be within the incident class's range of 5 to 5 credits");
  });

  it('lets a class priced on request go freely from its minimum up to MAX_ESTIMATE', () => {
    expect(ok(4, migration)).toBeNull();
    expect(ok(250, migration)).toBeNull();
    expect(ok(MAX_ESTIMATE, migration)).toBeNull();
    expect(ok(3, migration)).toBe('must be at least 4 credits');
    expect(ok(MAX_ESTIMATE + 1, migration)).toBe(`must be at most ${MAX_ESTIMATE} credits`);
  });

  it('lets a ticket without a class go from the minimum charge up to MAX_ESTIMATE', () => {
    expect(ok(1, null)).toBeNull();
    expect(ok(MAX_ESTIMATE, null)).toBeNull();
    expect(ok(0, null)).toBe('must be at least 1 credit');
    expect(ok(-3, null)).toBe('must be at least 1 credit');
    expect(ok(2, null, 0, 3)).toBe('must be at least 3 credits');
    expect(ok(MAX_ESTIMATE + 1, null)).toBe(`must be at most ${MAX_ESTIMATE} credits`);
  });

  it('refuses an estimate below what the ticket has already been charged', () => {
    expect(ok(3, installation, 4)).toBe('must not be below the 4 credits already charged');
    expect(ok(4, installation, 4)).toBeNull();
    expect(ok(5, null, 8)).toBe('must not be below the 8 credits already charged');
    expect(ok(8, null, 8)).toBeNull();
  });

  it.each([1.5, 2.000001, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %p: not a whole number', (credits) => {
    expect(ok(credits, installation)).toBe('must be a whole number of credits');
    expect(ok(credits, null)).toBe('must be a whole number of credits');
  });

  it('accepts exactly the whole numbers in [max(min, charged), cap] (property)', () => {
    const terms = fc.option(
      fc.record({ creditsMin: fc.nat(30), creditsMax: fc.option(fc.nat(60), { nil: null }), alwaysFree: fc.constant(false) }),
      { nil: null }
    );
    fc.assert(
      fc.property(fc.integer({ min: -5, max: MAX_ESTIMATE + 5 }), terms, fc.nat(40), fc.nat(5), (credits, incidentClass, charged, minimumCharge) => {
        const min = Math.max(minimumCharge, incidentClass?.creditsMin ?? minimumCharge);
        const cap = incidentClass?.creditsMax == null ? MAX_ESTIMATE : Math.min(MAX_ESTIMATE, Math.max(min, incidentClass.creditsMax));
        const accepted = credits >= min && credits <= cap && credits >= charged;
        const problem = estimateProblem(credits, { incidentClass, charged }, { minimumCharge });
        expect(problem === null).toBe(accepted);
        if (problem !== null) expect(typeof problem).toBe('string');
      })
    );
  });
});

describe('reviseEstimate', () => {
  it('above what the customer confirmed asks them again, leaving the confirmed cap as it was', () => {
    expect(reviseEstimate({ estimate: 3, confirmed: 3, charged: 0 }, 5)).toEqual({ estimate: 5, confirmed: 3, needsConfirmation: true });
  });

  it('asks for a confirmation when nothing was confirmed yet', () => {
    expect(reviseEstimate({ estimate: 3, confirmed: null, charged: 0 }, 4)).toEqual({ estimate: 4, confirmed: null, needsConfirmation: true });
    expect(reviseEstimate({ estimate: 3, confirmed: null, charged: 0 }, 2)).toEqual({ estimate: 2, confirmed: null, needsConfirmation: true });
  });

  it('at or below what was confirmed lowers the cap at once, without asking', () => {
    expect(reviseEstimate({ estimate: 5, confirmed: 5, charged: 0 }, 5)).toEqual({ estimate: 5, confirmed: 5, needsConfirmation: false });
    expect(reviseEstimate({ estimate: 5, confirmed: 5, charged: 0 }, 2)).toEqual({ estimate: 2, confirmed: 2, needsConfirmation: false });
  });

  it('never raises the confirmed cap without the customer (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.nat(100), { nil: null }), fc.integer({ min: 1, max: 200 }), (confirmed, credits) => {
        const revised = reviseEstimate({ estimate: confirmed, confirmed, charged: 0 }, credits);
        expect(revised.estimate).toBe(credits);
        expect(revised.needsConfirmation).toBe(credits > (confirmed ?? 0));
        if (revised.needsConfirmation) expect(revised.confirmed).toBe(confirmed);
        else expect(revised.confirmed).toBe(credits);
        expect(revised.confirmed ?? 0).toBeLessThanOrEqual(Math.max(confirmed ?? 0, 0));
      })
    );
  });
});

describe('confirmationShortfall', () => {
  it('is what is still to be charged less the balance', () => {
    expect(confirmationShortfall({ estimate: 6, confirmed: null, charged: 0 }, 2)).toBe(4);
    expect(confirmationShortfall({ estimate: 6, confirmed: 2, charged: 2 }, 1)).toBe(3);
  });

  it('is 0 when the balance covers the rest, never negative', () => {
    expect(confirmationShortfall({ estimate: 6, confirmed: null, charged: 0 }, 6)).toBe(0);
    expect(confirmationShortfall({ estimate: 6, confirmed: null, charged: 0 }, 100)).toBe(0);
    expect(confirmationShortfall({ estimate: 3, confirmed: 5, charged: 5 }, 0)).toBe(0);
    expect(confirmationShortfall({ estimate: null, confirmed: null, charged: 0 }, 0)).toBe(0);
  });

  it('is max(0, estimate − charged − balance) (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.nat(500), { nil: null }), fc.nat(500), fc.nat(500), (estimate, charged, balance) => {
        const shortfall = confirmationShortfall({ estimate, confirmed: null, charged }, balance);
        expect(shortfall).toBe(Math.max(0, (estimate ?? 0) - charged - balance));
        expect(shortfall).toBeGreaterThanOrEqual(0);
      })
    );
  });
});

describe('creditsOnReopen', () => {
  it('caps a reopened ticket at what it was charged, so more work needs a new confirmation', () => {
    expect(creditsOnReopen({ estimate: 6, confirmed: 6, charged: 3 })).toEqual({ estimate: 3, confirmed: 3 });
    expect(creditsOnReopen({ estimate: 4, confirmed: null, charged: 0 })).toEqual({ estimate: 0, confirmed: 0 });
  });

  it('then asks again for any estimate above what was charged', () => {
    const reopened = { ...creditsOnReopen({ estimate: 6, confirmed: 6, charged: 3 }), charged: 3 };
    expect(reviseEstimate(reopened, 5)).toEqual({ estimate: 5, confirmed: 3, needsConfirmation: true });
  });
});
