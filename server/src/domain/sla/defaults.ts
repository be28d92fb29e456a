import type { CalendarSettings, OpeningInterval, SlaSettings, TargetRule } from './types';

/** The support policy of CONTRACT §1. A fresh object per call, so callers may change their copy. */
export function defaultSlaSettings(): SlaSettings {
  const standard: CalendarSettings = {
    ...amsterdam(),
    weekly: { '1': office(), '2': office(), '3': office(), '4': office(), '5': office(), '6': [{ start: '09:00', end: '12:00' }] },
    openOnHolidays: false,
  };
  const priority: CalendarSettings = {
    ...amsterdam(),
    weekly: { '1': office(), '2': office(), '3': office(), '4': office(), '5': office(), '6': office(), '7': office() },
    openOnHolidays: true,
  };
  const staffedHours: CalendarSettings = {
    ...amsterdam(),
    weekly: { '1': office(), '2': office(), '3': office(), '4': office(), '5': office() },
    openOnHolidays: false,
  };
  return {
    tiers: {
      standard: { calendar: standard, firstResponse: sameDay(), nextResponse: sameDay(), resolution: null },
      priority: { calendar: priority, firstResponse: sameDay(), nextResponse: sameDay(), resolution: null },
    },
    staffedHours,
    preBreachRatio: 0.75,
  };
}

function amsterdam(): Omit<CalendarSettings, 'weekly' | 'openOnHolidays'> {
  return {
    timezone: 'Europe/Amsterdam',
    holidays: { country: 'NL', region: null, types: ['public'] },
    closedDates: [],
    openDates: [],
  };
}

function office(): OpeningInterval[] {
  return [{ start: '09:00', end: '17:00' }];
}

function sameDay(): TargetRule {
  return { kind: 'sameDayCutoff', cutoffMinutesBeforeClose: 60 };
}
