import {
  calendarsFor,
  computeDue,
  createBusinessCalendar,
  defaultSlaSettings,
  resumeDue,
  type TargetRule,
  type Tier,
} from '../../../server/src/domain/sla';

/**
 * Due dates on the default policy of CONTRACT §1, written as local Amsterdam times. Holidays are the
 * NL `public` ones of date-holidays: 2026-01-01, 04-06 (Easter Monday), 04-27 (King's Day), 05-14
 * (Ascension), 05-25 (Whit Monday), 12-25 and 12-26; in 2025 King's Day moved to Saturday 04-26.
 * DST: 2026-03-29 (+01:00 → +02:00) and 2026-10-25 (+02:00 → +01:00).
 */
const settings = defaultSlaSettings();
const { tiers } = calendarsFor(settings);

type Row = [reason: string, tier: Tier, received: string, expected: string];

const firstResponse: Row[] = [
  // Weekday cut-off (close 17:00 → cut-off 16:00), Tuesday 2026-03-10.
  ['weekday a minute before the cut-off', 'standard', '2026-03-10T15:59:00+01:00', '2026-03-10T17:00:00+01:00'],
  ['weekday a second before the cut-off', 'standard', '2026-03-10T15:59:59+01:00', '2026-03-10T17:00:00+01:00'],
  ['weekday exactly at the cut-off', 'standard', '2026-03-10T16:00:00+01:00', '2026-03-11T17:00:00+01:00'],
  ['weekday a minute after the cut-off', 'standard', '2026-03-10T16:01:00+01:00', '2026-03-11T17:00:00+01:00'],
  ['weekday at opening', 'standard', '2026-03-10T09:00:00+01:00', '2026-03-10T17:00:00+01:00'],
  ['weekday before opening', 'standard', '2026-03-10T07:30:00+01:00', '2026-03-10T17:00:00+01:00'],
  ['weekday just after local midnight', 'standard', '2026-03-10T00:00:00+01:00', '2026-03-10T17:00:00+01:00'],
  ['weekday exactly at close', 'standard', '2026-03-10T17:00:00+01:00', '2026-03-11T17:00:00+01:00'],
  ['weekday evening after close', 'standard', '2026-03-10T21:15:00+01:00', '2026-03-11T17:00:00+01:00'],
  ['received as UTC instant late evening, still the same Amsterdam day', 'standard', '2026-03-10T22:59:00Z', '2026-03-11T17:00:00+01:00'],
  // Friday into Saturday, Saturday cut-off 11:00 (close 12:00).
  ['Friday after the cut-off goes to Saturday morning', 'standard', '2026-03-13T16:30:00+01:00', '2026-03-14T12:00:00+01:00'],
  ['Friday evening goes to Saturday', 'standard', '2026-03-13T18:00:00+01:00', '2026-03-14T12:00:00+01:00'],
  ['Saturday before opening', 'standard', '2026-03-14T08:00:00+01:00', '2026-03-14T12:00:00+01:00'],
  ['Saturday a minute before its 11:00 cut-off', 'standard', '2026-03-14T10:59:00+01:00', '2026-03-14T12:00:00+01:00'],
  ['Saturday at its 11:00 cut-off skips Sunday', 'standard', '2026-03-14T11:00:00+01:00', '2026-03-16T17:00:00+01:00'],
  ['Saturday afternoon after close', 'standard', '2026-03-14T13:00:00+01:00', '2026-03-16T17:00:00+01:00'],
  ['Sunday is closed for standard', 'standard', '2026-03-15T10:00:00+01:00', '2026-03-16T17:00:00+01:00'],
  ['Sunday late evening', 'standard', '2026-03-15T23:59:00+01:00', '2026-03-16T17:00:00+01:00'],
  ['Monday early morning', 'standard', '2026-03-16T00:30:00+01:00', '2026-03-16T17:00:00+01:00'],
  // Holidays.
  ['New Year\'s Eve after the cut-off skips New Year', 'standard', '2025-12-31T16:30:00+01:00', '2026-01-02T17:00:00+01:00'],
  ['New Year\'s Day is closed', 'standard', '2026-01-01T10:00:00+01:00', '2026-01-02T17:00:00+01:00'],
  ['Easter Saturday after cut-off skips Easter Sunday and Monday', 'standard', '2026-04-04T11:30:00+02:00', '2026-04-07T17:00:00+02:00'],
  ['Easter Monday is closed', 'standard', '2026-04-06T09:30:00+02:00', '2026-04-07T17:00:00+02:00'],
  ['Saturday before King\'s Day Monday skips Sunday and King\'s Day', 'standard', '2026-04-25T11:00:00+02:00', '2026-04-28T17:00:00+02:00'],
  ['King\'s Day 2026 is closed', 'standard', '2026-04-27T12:00:00+02:00', '2026-04-28T17:00:00+02:00'],
  ['King\'s Day 2025 observed on Saturday 26 April', 'standard', '2025-04-26T10:00:00+02:00', '2025-04-28T17:00:00+02:00'],
  ['Friday before the Saturday King\'s Day 2025 goes to Monday', 'standard', '2025-04-25T16:30:00+02:00', '2025-04-28T17:00:00+02:00'],
  ['Ascension eve at the cut-off skips Ascension', 'standard', '2026-05-13T16:00:00+02:00', '2026-05-15T17:00:00+02:00'],
  ['Ascension Day is closed', 'standard', '2026-05-14T10:00:00+02:00', '2026-05-15T17:00:00+02:00'],
  ['Saturday of Whitsun at the cut-off skips Whit Monday', 'standard', '2026-05-23T11:00:00+02:00', '2026-05-26T17:00:00+02:00'],
  ['Christmas Eve before the cut-off is answered that day', 'standard', '2026-12-24T15:59:00+01:00', '2026-12-24T17:00:00+01:00'],
  ['Christmas Eve at the cut-off skips Christmas, Boxing Day and Sunday', 'standard', '2026-12-24T16:00:00+01:00', '2026-12-28T17:00:00+01:00'],
  ['Christmas Day is closed', 'standard', '2026-12-25T10:00:00+01:00', '2026-12-28T17:00:00+01:00'],
  ['Boxing Day on a Saturday is closed', 'standard', '2026-12-26T10:00:00+01:00', '2026-12-28T17:00:00+01:00'],
  // Daylight saving time.
  ['Saturday after cut-off before spring-forward lands after the switch', 'standard', '2026-03-28T11:30:00+01:00', '2026-03-30T17:00:00+02:00'],
  ['night of the spring-forward Sunday', 'standard', '2026-03-29T01:30:00+01:00', '2026-03-30T17:00:00+02:00'],
  ['first weekday of summer time before the cut-off', 'standard', '2026-03-30T15:59:00+02:00', '2026-03-30T17:00:00+02:00'],
  ['first weekday of summer time at the cut-off', 'standard', '2026-03-30T16:00:00+02:00', '2026-03-31T17:00:00+02:00'],
  ['Friday before fall-back after the cut-off', 'standard', '2026-10-23T16:00:00+02:00', '2026-10-24T12:00:00+02:00'],
  ['Saturday cut-off before fall-back lands after the switch', 'standard', '2026-10-24T11:00:00+02:00', '2026-10-26T17:00:00+01:00'],
  ['the repeated hour of the fall-back night', 'standard', '2026-10-25T02:30:00+01:00', '2026-10-26T17:00:00+01:00'],
  // Priority: every day 09:00–17:00, holidays open.
  ['priority on Sunday morning is answered Sunday', 'priority', '2026-03-15T10:00:00+01:00', '2026-03-15T17:00:00+01:00'],
  ['priority on Sunday after the cut-off goes to Monday', 'priority', '2026-03-15T16:00:00+01:00', '2026-03-16T17:00:00+01:00'],
  ['priority on Saturday afternoon keeps the full day', 'priority', '2026-03-14T11:30:00+01:00', '2026-03-14T17:00:00+01:00'],
  ['priority on Christmas Day', 'priority', '2026-12-25T15:59:00+01:00', '2026-12-25T17:00:00+01:00'],
  ['priority on Boxing Day after the cut-off goes to Sunday', 'priority', '2026-12-26T16:30:00+01:00', '2026-12-27T17:00:00+01:00'],
  ['priority the evening before King\'s Day is due on King\'s Day', 'priority', '2026-04-26T18:00:00+02:00', '2026-04-27T17:00:00+02:00'],
  ['priority on New Year\'s Day before opening', 'priority', '2026-01-01T08:00:00+01:00', '2026-01-01T17:00:00+01:00'],
  ['priority over spring-forward lands on the DST Sunday', 'priority', '2026-03-28T16:30:00+01:00', '2026-03-29T17:00:00+02:00'],
];

describe('first-response due on the default policy', () => {
  it.each(firstResponse)('%s (%s, received %s → due %s)', (_reason, tier, received, expected) => {
    const due = computeDue(tiers[tier], settings.tiers[tier].firstResponse, new Date(received));
    expect(due.toISOString()).toBe(new Date(expected).toISOString());
  });
});

type RuleRow = [reason: string, tier: Tier, rule: TargetRule, received: string, expected: string];

const minutes = (value: number): TargetRule => ({ kind: 'workingMinutes', minutes: value });
const days = (value: number): TargetRule => ({ kind: 'businessDays', days: value });

const otherRules: RuleRow[] = [
  ['600 working minutes from Friday afternoon run through Saturday morning', 'standard', minutes(600), '2026-03-13T15:00:00+01:00', '2026-03-16T14:00:00+01:00'],
  ['1200 working minutes across Christmas and Boxing Day', 'standard', minutes(1200), '2026-12-23T15:00:00+01:00', '2026-12-29T11:00:00+01:00'],
  ['300 working minutes across Easter Sunday and Monday', 'standard', minutes(300), '2026-04-04T10:00:00+02:00', '2026-04-07T12:00:00+02:00'],
  ['120 working minutes across the spring-forward weekend', 'standard', minutes(120), '2026-03-28T11:00:00+01:00', '2026-03-30T10:00:00+02:00'],
  ['working minutes from a closed Sunday start at Monday opening', 'standard', minutes(90), '2026-03-15T12:00:00+01:00', '2026-03-16T10:30:00+01:00'],
  ['working minutes ending exactly at close stay on that day', 'standard', minutes(60), '2026-03-10T16:00:00+01:00', '2026-03-10T17:00:00+01:00'],
  ['priority working minutes run through Sunday after Boxing Day', 'priority', minutes(120), '2026-12-26T16:00:00+01:00', '2026-12-27T10:00:00+01:00'],
  ['1 business day from Friday morning is Saturday at the same time', 'standard', days(1), '2026-03-13T10:30:00+01:00', '2026-03-14T10:30:00+01:00'],
  ['2 business days from Friday skip Sunday', 'standard', days(2), '2026-03-13T10:30:00+01:00', '2026-03-16T10:30:00+01:00'],
  ['2 business days from Thursday afternoon end Saturday, clamped to 12:00', 'standard', days(2), '2026-03-12T14:30:00+01:00', '2026-03-14T12:00:00+01:00'],
  ['1 business day from before opening clamps to opening', 'standard', days(1), '2026-03-16T07:00:00+01:00', '2026-03-17T09:00:00+01:00'],
  ['1 business day from Sunday evening clamps to Monday close', 'standard', days(1), '2026-03-15T20:00:00+01:00', '2026-03-16T17:00:00+01:00'],
  ['1 business day from Christmas Eve skips the holidays and Sunday', 'standard', days(1), '2026-12-24T14:00:00+01:00', '2026-12-28T14:00:00+01:00'],
  ['2 business days over Whit Monday', 'standard', days(2), '2026-05-22T10:00:00+02:00', '2026-05-26T10:00:00+02:00'],
  ['2 business days across spring-forward keep the local time', 'standard', days(2), '2026-03-27T10:00:00+01:00', '2026-03-30T10:00:00+02:00'],
  ['priority business days count Sundays and holidays', 'priority', days(2), '2026-12-24T14:00:00+01:00', '2026-12-26T14:00:00+01:00'],
];

describe('workingMinutes and businessDays on the default calendars', () => {
  it.each(otherRules)('%s', (_reason, tier, rule, received, expected) => {
    expect(computeDue(tiers[tier], rule, new Date(received)).toISOString()).toBe(new Date(expected).toISOString());
  });
});

type PauseRow = [reason: string, rule: TargetRule, pausedAt: string, resumedAt: string, dueAt: string, expected: string];

const pauses: PauseRow[] = [
  ['same-day rule restarts from an evening resume', settings.tiers.standard.firstResponse, '2026-03-10T11:00:00+01:00', '2026-03-10T19:00:00+01:00', '2026-03-10T17:00:00+01:00', '2026-03-11T17:00:00+01:00'],
  ['same-day rule restarts from a Saturday morning resume', settings.tiers.standard.firstResponse, '2026-03-13T15:00:00+01:00', '2026-03-14T10:30:00+01:00', '2026-03-13T17:00:00+01:00', '2026-03-14T12:00:00+01:00'],
  ['same-day rule resumed on Sunday waits for Monday', settings.tiers.standard.firstResponse, '2026-03-13T15:00:00+01:00', '2026-03-15T10:30:00+01:00', '2026-03-13T17:00:00+01:00', '2026-03-16T17:00:00+01:00'],
  ['working minutes carry over a night', minutes(360), '2026-03-10T16:30:00+01:00', '2026-03-11T10:00:00+01:00', '2026-03-11T12:00:00+01:00', '2026-03-11T13:30:00+01:00'],
  ['working minutes carry over a weekend', minutes(240), '2026-03-13T16:00:00+01:00', '2026-03-16T08:00:00+01:00', '2026-03-14T10:00:00+01:00', '2026-03-16T11:00:00+01:00'],
  ['working minutes carry over Christmas', minutes(480), '2026-12-24T16:00:00+01:00', '2026-12-28T12:00:00+01:00', '2026-12-28T16:00:00+01:00', '2026-12-29T12:00:00+01:00'],
  ['a due that passed before the pause stays', minutes(60), '2026-03-10T13:00:00+01:00', '2026-03-11T10:00:00+01:00', '2026-03-10T12:00:00+01:00', '2026-03-10T12:00:00+01:00'],
  ['business days restart from the resume', days(1), '2026-03-10T11:00:00+01:00', '2026-03-13T10:00:00+01:00', '2026-03-11T11:00:00+01:00', '2026-03-14T10:00:00+01:00'],
];

describe('resumeDue after a pause', () => {
  it.each(pauses)('%s', (_reason, rule, pausedAt, resumedAt, dueAt, expected) => {
    const due = resumeDue(tiers.standard, rule, { pausedAt: new Date(pausedAt), resumedAt: new Date(resumedAt), dueAt: new Date(dueAt) });
    expect(due.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('a pause within working hours shifts a working-minutes due by exactly the pause', () => {
    const calendar = createBusinessCalendar(settings.tiers.standard.calendar);
    const due = resumeDue(calendar, minutes(120), {
      pausedAt: new Date('2026-03-10T10:00:00+01:00'),
      resumedAt: new Date('2026-03-10T10:45:00+01:00'),
      dueAt: new Date('2026-03-10T11:00:00+01:00'),
    });
    expect(due.toISOString()).toBe(new Date('2026-03-10T11:45:00+01:00').toISOString());
  });
});
