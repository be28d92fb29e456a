import {
  calendarsFor,
  computeDue,
  createBusinessCalendar,
  defaultSlaSettings,
  resumeDue,
  type TargetRule,
  type Tier,
} from '../../../server/src/domain/sla';
// The first-response table is shared with the HTTP tests, which answer the very same cases.
import { firstResponseCases as firstResponse } from '../../fixtures/first-response-cases';

const settings = defaultSlaSettings();
const { tiers } = calendarsFor(settings);

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
