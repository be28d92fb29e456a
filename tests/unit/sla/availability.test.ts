import { availabilityAt, calendarsFor, defaultSlaSettings, isPausingStatus, preBreachAt } from '../../../server/src/domain/sla';

const settings = defaultSlaSettings();
const iso = (date: Date | null) => date?.toISOString() ?? null;
const at = (value: string) => new Date(value);

describe('availabilityAt on the default policy', () => {
  it('is open on a Tuesday morning and expects an answer that day', () => {
    const answer = availabilityAt(settings, at('2026-03-10T10:00:00+01:00'), 'standard');
    expect(answer.timezone).toBe('Europe/Amsterdam');
    expect(answer.open).toBe(true);
    expect(iso(answer.nextOpenAt)).toBe(iso(at('2026-03-10T10:00:00+01:00')));
    expect(iso(answer.expectedResponseBy)).toBe(iso(at('2026-03-10T17:00:00+01:00')));
  });

  it('is not staffed on Saturday, yet standard tickets are answered by noon', () => {
    const answer = availabilityAt(settings, at('2026-03-14T10:00:00+01:00'), 'standard');
    expect(answer.open).toBe(false);
    expect(iso(answer.nextOpenAt)).toBe(iso(at('2026-03-16T09:00:00+01:00')));
    expect(iso(answer.expectedResponseBy)).toBe(iso(at('2026-03-14T12:00:00+01:00')));
  });

  it('answers priority tickets on Sunday', () => {
    const answer = availabilityAt(settings, at('2026-03-15T10:00:00+01:00'), 'priority');
    expect(answer.open).toBe(false);
    expect(iso(answer.expectedResponseBy)).toBe(iso(at('2026-03-15T17:00:00+01:00')));
  });

  it('is not staffed on King\'s Day; standard waits, priority does not', () => {
    const kingsDay = at('2026-04-27T10:00:00+02:00');
    const standard = availabilityAt(settings, kingsDay, 'standard');
    expect(standard.open).toBe(false);
    expect(iso(standard.nextOpenAt)).toBe(iso(at('2026-04-28T09:00:00+02:00')));
    expect(iso(standard.expectedResponseBy)).toBe(iso(at('2026-04-28T17:00:00+02:00')));
    expect(iso(availabilityAt(settings, kingsDay, 'priority').expectedResponseBy)).toBe(iso(at('2026-04-27T17:00:00+02:00')));
  });

  it('reports null instead of throwing when a calendar never opens', () => {
    const closed = defaultSlaSettings();
    closed.staffedHours.weekly = {};
    closed.tiers.standard.calendar.weekly = {};
    const answer = availabilityAt(closed, at('2026-03-10T10:00:00+01:00'), 'standard');
    expect(answer).toMatchObject({ open: false, nextOpenAt: null, expectedResponseBy: null });
  });

  it('compiles the calendars once per settings object', () => {
    expect(calendarsFor(settings)).toBe(calendarsFor(settings));
    expect(calendarsFor(defaultSlaSettings())).not.toBe(calendarsFor(settings));
  });
});

describe('pre-breach and pausing statuses', () => {
  const { standard } = calendarsFor(settings).tiers;

  it('puts the pre-breach at 75 % of the working time, skipping the weekend', () => {
    // Sunday ticket: due Monday 17:00, 480 working minutes, 75 % = 360 → Monday 15:00.
    const due = at('2026-03-16T17:00:00+01:00');
    expect(iso(preBreachAt(standard, at('2026-03-15T10:00:00+01:00'), due, 0.75))).toBe(iso(at('2026-03-16T15:00:00+01:00')));
    // Friday 16:30 → due Saturday 12:00: 30 + 180 minutes, 75 % = 157.5 → Saturday 11:07:30.
    expect(iso(preBreachAt(standard, at('2026-03-13T16:30:00+01:00'), at('2026-03-14T12:00:00+01:00'), 0.75))).toBe(
      iso(at('2026-03-14T11:07:30+01:00'))
    );
    expect(iso(preBreachAt(standard, at('2026-03-10T10:00:00+01:00'), due, 1.5))).toBe(iso(due));
  });

  it('knows the statuses that pause the clock', () => {
    expect(['waiting_on_customer', 'awaiting_credit_confirmation', 'awaiting_payment'].every(isPausingStatus)).toBe(true);
    expect(['new', 'open', 'resolved', 'closed'].some(isPausingStatus)).toBe(false);
  });
});

describe('defaultSlaSettings', () => {
  it('matches CONTRACT §1', () => {
    const defaults = defaultSlaSettings();
    expect(defaults.preBreachRatio).toBe(0.75);
    expect(defaults.tiers.standard.calendar).toEqual({
      timezone: 'Europe/Amsterdam',
      weekly: {
        '1': [{ start: '09:00', end: '17:00' }],
        '2': [{ start: '09:00', end: '17:00' }],
        '3': [{ start: '09:00', end: '17:00' }],
        '4': [{ start: '09:00', end: '17:00' }],
        '5': [{ start: '09:00', end: '17:00' }],
        '6': [{ start: '09:00', end: '12:00' }],
      },
      holidays: { country: 'NL', region: null, types: ['public'] },
      openOnHolidays: false,
      closedDates: [],
      openDates: [],
    });
    expect(Object.keys(defaults.tiers.priority.calendar.weekly).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(defaults.tiers.priority.calendar.openOnHolidays).toBe(true);
    expect(defaults.tiers.priority.calendar.holidays).toEqual({ country: 'NL', region: null, types: ['public'] });
    for (const tier of ['standard', 'priority'] as const) {
      expect(defaults.tiers[tier].firstResponse).toEqual({ kind: 'sameDayCutoff', cutoffMinutesBeforeClose: 60 });
      expect(defaults.tiers[tier].nextResponse).toEqual({ kind: 'sameDayCutoff', cutoffMinutesBeforeClose: 60 });
      expect(defaults.tiers[tier].resolution).toBeNull();
    }
    expect(Object.keys(defaults.staffedHours.weekly).sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(defaults.staffedHours.openOnHolidays).toBe(false);
    expect(defaults.staffedHours.holidays.country).toBe('NL');
  });

  it('hands out independent copies', () => {
    const first = defaultSlaSettings();
    first.tiers.standard.calendar.closedDates.push('2026-03-10');
    expect(defaultSlaSettings().tiers.standard.calendar.closedDates).toEqual([]);
  });
});
