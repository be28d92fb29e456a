import fc from 'fast-check';
import {
  computeDue,
  createBusinessCalendar,
  type BusinessCalendar,
  type CalendarSettings,
  type OpeningInterval,
  type TargetRule,
} from '../../../server/src/domain/sla';

/**
 * Invariants over random calendars and instants. Zones include DST in both hemispheres, a DST switch
 * at midnight (Santiago), a half-hour offset without DST (Kolkata) and a 45-minute one (Chatham).
 */
const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Sydney', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2029, 0, 1);

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const interval: fc.Arbitrary<OpeningInterval> = fc
  .integer({ min: 0, max: 1439 })
  .chain((start) => fc.integer({ min: start + 1, max: 1440 }).map((end) => ({ start: clock(start), end: clock(end) })));

const day = fc.array(interval, { maxLength: 3 });

const localDate = fc
  .integer({ min: FROM / 86_400_000, max: TO / 86_400_000 - 1 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));

const calendarSettings: fc.Arbitrary<CalendarSettings> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    weekly: fc.record({ '1': day, '2': day, '3': day, '4': day, '5': day, '6': day, '7': day }),
    nl: fc.boolean(),
    openOnHolidays: fc.boolean(),
    closedDates: fc.array(localDate, { maxLength: 40 }),
    openDates: fc.array(fc.record({ date: localDate, intervals: day }), { maxLength: 3 }),
  })
  // A calendar that never opens has no due dates at all (covered in calendar.test.ts).
  .filter(({ weekly }) => Object.values(weekly).some((intervals) => intervals.length > 0))
  .map(({ nl, ...rest }) => ({ ...rest, holidays: { country: nl ? 'NL' : null, region: null, types: ['public'] } }));

const instant = fc.integer({ min: FROM, max: TO - 1 }).map((ms) => new Date(ms));

const rule: fc.Arbitrary<TargetRule> = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((cutoffMinutesBeforeClose) => ({ kind: 'sameDayCutoff' as const, cutoffMinutesBeforeClose })),
  fc.integer({ min: 1, max: 60 * 5000 }).map((seconds) => ({ kind: 'workingMinutes' as const, minutes: seconds / 60 })),
  fc.integer({ min: 1, max: 10 }).map((days) => ({ kind: 'businessDays' as const, days })),
);

/** Working minutes as whole seconds, so sums are exact to the millisecond. */
const minutes = fc.integer({ min: 0, max: 60 * 3000 }).map((seconds) => seconds / 60);

/** Inside opening hours, counting a stretch's closing instant as inside: a due is a close. */
const withinHours = (calendar: BusinessCalendar, at: Date) =>
  calendar.isOpen(at) || calendar.isOpen(new Date(at.getTime() - 1));

const compiled = new WeakMap<CalendarSettings, BusinessCalendar>();
const calendarOf = (settings: CalendarSettings) => {
  let calendar = compiled.get(settings);
  if (!calendar) compiled.set(settings, (calendar = createBusinessCalendar(settings)));
  return calendar;
};

const RUNS = { numRuns: 150 };

describe('SLA engine properties', () => {
  it('a due is never before the received instant and always within opening hours', () => {
    fc.assert(
      fc.property(calendarSettings, rule, instant, (settings, target, received) => {
        const calendar = calendarOf(settings);
        const due = computeDue(calendar, target, received);
        expect(due.getTime()).toBeGreaterThanOrEqual(received.getTime());
        expect(withinHours(calendar, due)).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding A then B working minutes equals adding A + B', () => {
    fc.assert(
      fc.property(calendarSettings, instant, minutes, minutes, (settings, start, a, b) => {
        const calendar = calendarOf(settings);
        const stepwise = calendar.addWorkingTime(calendar.addWorkingTime(start, a), b);
        expect(stepwise.getTime()).toBe(calendar.addWorkingTime(start, a + b).getTime());
      }),
      RUNS,
    );
  });

  it('the working minutes between t and t + m are m', () => {
    fc.assert(
      fc.property(calendarSettings, instant, minutes, (settings, start, m) => {
        const calendar = calendarOf(settings);
        const end = calendar.addWorkingTime(start, m);
        expect(calendar.workingMinutesBetween(start, end)).toBeCloseTo(m, 4);
      }),
      RUNS,
    );
  });

  it('nextOpening is open (or the instant itself when open) and nothing opens before it', () => {
    fc.assert(
      fc.property(calendarSettings, instant, (settings, at) => {
        const calendar = calendarOf(settings);
        const next = calendar.nextOpening(at);
        if (next === null) return;
        expect(calendar.isOpen(next)).toBe(true);
        expect(calendar.workingMinutesBetween(at, next)).toBe(0);
        if (calendar.isOpen(at)) expect(next.getTime()).toBe(at.getTime());
      }),
      RUNS,
    );
  });
});
