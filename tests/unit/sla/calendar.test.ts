import { DateTime } from 'luxon';
import {
  createBusinessCalendar,
  defaultSlaSettings,
  NoOpeningWithinHorizonError,
  type CalendarSettings,
} from '../../../server/src/domain/sla';

const base = (overrides: Partial<CalendarSettings> = {}): CalendarSettings => ({
  timezone: 'Europe/Amsterdam',
  weekly: {},
  holidays: { country: null, region: null, types: ['public'] },
  openOnHolidays: false,
  closedDates: [],
  openDates: [],
  ...overrides,
});

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;
const span = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe('business calendar: split days', () => {
  // Tuesday 2026-03-10 has a lunch break.
  const calendar = createBusinessCalendar(
    base({ weekly: { '2': [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '12:00' }] } })
  );

  it('sorts a day\'s intervals into instants', () => {
    expect(calendar.openingsOn('2026-03-10')).toEqual([
      span('2026-03-10T09:00:00+01:00', '2026-03-10T12:00:00+01:00'),
      span('2026-03-10T13:00:00+01:00', '2026-03-10T17:00:00+01:00'),
    ]);
    expect(calendar.openingsOn('2026-03-11')).toEqual([]);
  });

  it('treats intervals as half-open', () => {
    expect(calendar.isOpen(at('2026-03-10T08:59:59+01:00'))).toBe(false);
    expect(calendar.isOpen(at('2026-03-10T09:00:00+01:00'))).toBe(true);
    expect(calendar.isOpen(at('2026-03-10T11:59:59+01:00'))).toBe(true);
    expect(calendar.isOpen(at('2026-03-10T12:00:00+01:00'))).toBe(false);
    expect(calendar.isOpen(at('2026-03-10T13:00:00+01:00'))).toBe(true);
  });

  it('finds the next opening: itself when open, the afternoon during lunch, next week after close', () => {
    expect(iso(calendar.nextOpening(at('2026-03-10T10:15:00+01:00')))).toBe(iso(at('2026-03-10T10:15:00+01:00')));
    expect(iso(calendar.nextOpening(at('2026-03-10T12:30:00+01:00')))).toBe(iso(at('2026-03-10T13:00:00+01:00')));
    expect(iso(calendar.nextOpening(at('2026-03-10T17:00:00+01:00')))).toBe(iso(at('2026-03-17T09:00:00+01:00')));
  });

  it('counts working minutes across the lunch break and weeks', () => {
    expect(calendar.workingMinutesBetween(at('2026-03-10T11:00:00+01:00'), at('2026-03-10T14:00:00+01:00'))).toBe(120);
    expect(calendar.workingMinutesBetween(at('2026-03-10T00:00:00+01:00'), at('2026-03-17T10:30:00+01:00'))).toBe(420 + 90);
    expect(calendar.workingMinutesBetween(at('2026-03-10T14:00:00+01:00'), at('2026-03-10T11:00:00+01:00'))).toBe(0);
  });

  it('adds working time, skipping the break, and keeps zero neutral', () => {
    expect(iso(calendar.addWorkingTime(at('2026-03-10T11:30:00+01:00'), 60))).toBe(iso(at('2026-03-10T13:30:00+01:00')));
    expect(iso(calendar.addWorkingTime(at('2026-03-10T11:30:00+01:00'), 30))).toBe(iso(at('2026-03-10T12:00:00+01:00')));
    expect(iso(calendar.addWorkingTime(at('2026-03-10T11:30:00+01:00'), 0.5))).toBe(iso(at('2026-03-10T11:30:30+01:00')));
    expect(iso(calendar.addWorkingTime(at('2026-03-10T20:00:00+01:00'), 0))).toBe(iso(at('2026-03-10T20:00:00+01:00')));
    expect(iso(calendar.addWorkingTime(at('2026-03-10T20:00:00+01:00'), 420 + 1))).toBe(iso(at('2026-03-24T09:01:00+01:00')));
  });

  it('refuses negative or non-finite minutes', () => {
    expect(() => calendar.addWorkingTime(at('2026-03-10T10:00:00+01:00'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(at('2026-03-10T10:00:00+01:00'), Number.NaN)).toThrow(RangeError);
  });
});

describe('business calendar: date overrides', () => {
  const calendar = createBusinessCalendar(
    base({
      weekly: { '1': [{ start: '09:00', end: '17:00' }], '2': [{ start: '09:00', end: '17:00' }] },
      holidays: { country: 'NL', region: null, types: ['public'] },
      closedDates: ['2026-03-10', '2026-04-06'],
      // Easter Monday 2026 is both a holiday and closed, yet the open date wins; Sunday opens too.
      openDates: [
        { date: '2026-04-06', intervals: [{ start: '10:00', end: '12:00' }] },
        { date: '2026-03-15', intervals: [{ start: '12:00', end: '14:00' }] },
      ],
    })
  );

  it('closes custom closed dates', () => {
    expect(calendar.openingsOn('2026-03-10')).toEqual([]);
    expect(iso(calendar.nextOpening(at('2026-03-10T10:00:00+01:00')))).toBe(iso(at('2026-03-15T12:00:00+01:00')));
    expect(calendar.nextBusinessDay('2026-03-15')).toBe('2026-03-16');
  });

  it('lets an open date win over closed dates and holidays', () => {
    expect(calendar.isHoliday('2026-04-06')).toBe(true);
    expect(calendar.openingsOn('2026-04-06')).toEqual([span('2026-04-06T10:00:00+02:00', '2026-04-06T12:00:00+02:00')]);
  });

  it('opens an otherwise closed Sunday', () => {
    expect(calendar.isOpen(at('2026-03-15T13:00:00+01:00'))).toBe(true);
    expect(calendar.nextBusinessDay('2026-03-14')).toBe('2026-03-15');
  });

  it('closes holidays without an override', () => {
    expect(calendar.openingsOn('2026-05-25')).toEqual([]);
    expect(calendar.nextBusinessDay('2026-05-24')).toBe('2026-05-26');
  });

  it('keeps weekly hours on holidays when asked to', () => {
    const open = createBusinessCalendar({ ...defaultSlaSettings().tiers.priority.calendar });
    expect(open.isHoliday('2026-12-25')).toBe(true);
    expect(open.isOpen(at('2026-12-25T10:00:00+01:00'))).toBe(true);
  });
});

describe('business calendar: round the clock and DST', () => {
  const calendar = createBusinessCalendar(
    base({
      weekly: {
        '6': [{ start: '18:00', end: '24:00' }],
        '7': [{ start: '00:00', end: '24:00' }],
        '1': [{ start: '00:00', end: '06:00' }],
      },
    })
  );

  it('reads 24:00 as the next local midnight', () => {
    expect(calendar.openingsOn('2026-03-14')).toEqual([span('2026-03-14T18:00:00+01:00', '2026-03-15T00:00:00+01:00')]);
    expect(calendar.isOpen(at('2026-03-15T00:00:00+01:00'))).toBe(true);
  });

  it('adds working time through midnight without a seam', () => {
    expect(iso(calendar.addWorkingTime(at('2026-03-14T23:00:00+01:00'), 120))).toBe(iso(at('2026-03-15T01:00:00+01:00')));
    expect(calendar.workingMinutesBetween(at('2026-03-14T18:00:00+01:00'), at('2026-03-16T06:00:00+01:00'))).toBe(36 * 60);
  });

  it('gives the spring-forward Sunday 23 hours and the fall-back Sunday 25', () => {
    expect(calendar.workingMinutesBetween(at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(23 * 60);
    expect(calendar.workingMinutesBetween(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(25 * 60);
  });

  it('opens at 09:00 local on both sides of a DST change', () => {
    const office = createBusinessCalendar(base({ weekly: { '7': [{ start: '09:00', end: '17:00' }], '1': [{ start: '09:00', end: '17:00' }] } }));
    expect(iso(office.nextOpening(at('2026-03-29T01:00:00+01:00')))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(office.nextOpening(at('2026-10-25T01:00:00+02:00')))).toBe('2026-10-25T08:00:00.000Z');
    expect(office.openingsOn('2026-03-30')).toEqual([span('2026-03-30T09:00:00+02:00', '2026-03-30T17:00:00+02:00')]);
  });

  it('does not invent hours in the skipped DST hour', () => {
    const night = createBusinessCalendar(base({ weekly: { '7': [{ start: '02:00', end: '03:00' }, { start: '04:00', end: '05:00' }] } }));
    expect(night.openingsOn('2026-03-29')).toEqual([span('2026-03-29T04:00:00+02:00', '2026-03-29T05:00:00+02:00')]);
  });
});

describe('business calendar: empty and sparse calendars', () => {
  it('has no next opening when it never opens', () => {
    const never = createBusinessCalendar(base());
    expect(never.nextOpening(at('2026-03-10T10:00:00+01:00'))).toBeNull();
    expect(never.nextBusinessDay('2026-03-10')).toBeNull();
    expect(never.isOpen(at('2026-03-10T10:00:00+01:00'))).toBe(false);
    expect(() => never.addWorkingTime(at('2026-03-10T10:00:00+01:00'), 1)).toThrow(NoOpeningWithinHorizonError);
  });

  it('walks a year of closed days quickly and correctly', () => {
    const first = DateTime.fromISO('2026-01-01', { zone: 'UTC' });
    const closedDates = Array.from({ length: 365 }, (_, day) => first.plus({ days: day }).toISODate() as string);
    const everyDay = [{ start: '09:00', end: '17:00' }];
    const calendar = createBusinessCalendar(
      base({ weekly: { '1': everyDay, '2': everyDay, '3': everyDay, '4': everyDay, '5': everyDay, '6': everyDay, '7': everyDay }, closedDates })
    );
    const from = at('2026-01-01T08:00:00+01:00');
    expect(iso(calendar.nextOpening(from))).toBe(iso(at('2027-01-01T09:00:00+01:00')));
    expect(iso(calendar.addWorkingTime(from, 600))).toBe(iso(at('2027-01-02T11:00:00+01:00')));
    expect(calendar.workingMinutesBetween(from, at('2027-01-01T12:00:00+01:00'))).toBe(180);
    expect(calendar.nextBusinessDay('2026-01-01')).toBe('2027-01-01');
  });

  it('finishes long targets on a live calendar beyond the idle horizon', () => {
    const calendar = createBusinessCalendar(base({ weekly: { '1': [{ start: '09:00', end: '10:00' }] } }));
    // 200 weekly hours: almost four years of Mondays.
    expect(iso(calendar.addWorkingTime(at('2026-03-09T09:00:00+01:00'), 200 * 60))).toBe(iso(at('2029-12-31T10:00:00+01:00')));
  });
});

describe('business calendar: validation', () => {
  it('rejects unknown zones, bad times and bad dates with the field named', () => {
    expect(() => createBusinessCalendar(base({ timezone: 'Mars/Olympus' }))).toThrow(/timezone/);
    expect(() => createBusinessCalendar(base({ weekly: { '1': [{ start: '9:00', end: '17:00' }] } }))).toThrow(/weekly\.1\[0\]\.start/);
    expect(() => createBusinessCalendar(base({ weekly: { '1': [{ start: '17:00', end: '09:00' }] } }))).toThrow(/weekly\.1\[0\]/);
    expect(() => createBusinessCalendar(base({ weekly: { '1': [{ start: '09:00', end: '24:01' }] } }))).toThrow(/24:01/);
    expect(() => createBusinessCalendar(base({ closedDates: ['2026-02-30'] }))).toThrow(/closedDates\[0\]/);
    expect(() => createBusinessCalendar(base({ holidays: { country: 'XX', region: null, types: ['public'] } }))).toThrow(/holidays\.country/);
    expect(() => createBusinessCalendar(base({ holidays: { country: 'NL', region: 'ZZ', types: ['public'] } }))).toThrow(/holidays\.region/);
  });

  it('accepts a regional holiday set', () => {
    const bavaria = createBusinessCalendar(base({ timezone: 'Europe/Berlin', holidays: { country: 'DE', region: 'BY', types: ['public'] } }));
    // Epiphany is a public holiday in Bavaria, not in Berlin.
    expect(bavaria.isHoliday('2026-01-06')).toBe(true);
  });

  it('merges overlapping and touching intervals', () => {
    const calendar = createBusinessCalendar(
      base({ weekly: { '2': [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '14:00' }, { start: '11:00', end: '13:00' }] } })
    );
    expect(calendar.openingsOn('2026-03-10')).toEqual([span('2026-03-10T09:00:00+01:00', '2026-03-10T14:00:00+01:00')]);
  });
});
