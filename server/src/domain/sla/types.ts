/**
 * The vocabulary of service levels. Everything here is plain data so it can be stored in the plugin
 * store, validated at the edge, and handed to the pure functions of this folder.
 */

/** ISO weekday as luxon numbers it: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One stretch of opening time on a local day, `HH:mm` to `HH:mm` (end after start; `24:00` allowed). */
export interface OpeningInterval {
  start: string;
  end: string;
}

/** Holiday types of the date-holidays data set. */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

export interface CalendarSettings {
  /** IANA time zone the opening hours are in, e.g. `Europe/Amsterdam`. */
  timezone: string;
  /** Opening intervals per ISO weekday (`'1'` = Monday … `'7'` = Sunday); a missing or empty day is closed. */
  weekly: Partial<Record<`${Weekday}`, OpeningInterval[]>>;
  /** Public holidays from date-holidays; `country: null` means no holiday data. */
  holidays: { country: string | null; region: string | null; types: HolidayType[] };
  /** Keep the weekly hours on holidays (the priority calendar does). */
  openOnHolidays: boolean;
  /** Extra closed local dates, `YYYY-MM-DD`. */
  closedDates: string[];
  /** Local dates with their own hours (open on an otherwise closed day, or other hours), `YYYY-MM-DD`. Wins over closedDates and holidays. */
  openDates: Array<{ date: string; intervals: OpeningInterval[] }>;
}

/**
 * How a target's due instant follows from the instant the clock starts:
 * - `sameDayCutoff`: received on a business day at least `cutoffMinutesBeforeClose` before that
 *   day's close (or before opening) → due at that day's close; otherwise due at the close of the
 *   next business day.
 * - `workingMinutes`: after `minutes` of the calendar's opening time.
 * - `businessDays`: the same local time `days` business days later, clamped into opening hours.
 */
export type TargetRule =
  | { kind: 'sameDayCutoff'; cutoffMinutesBeforeClose: number }
  | { kind: 'workingMinutes'; minutes: number }
  | { kind: 'businessDays'; days: number };

export type TargetName = 'firstResponse' | 'nextResponse' | 'resolution';

/** A tier's service level: its calendar and targets (resolution is optional). */
export interface TierPolicy {
  calendar: CalendarSettings;
  firstResponse: TargetRule;
  nextResponse: TargetRule;
  resolution: TargetRule | null;
}

export type Tier = 'standard' | 'priority';

export interface SlaSettings {
  tiers: Record<Tier, TierPolicy>;
  /** When support is staffed ("chat hours"): customers outside it are told when to expect an answer. */
  staffedHours: CalendarSettings;
  /** Share of a target's working time after which a pre-breach is recorded (0.75 = 75 %). */
  preBreachRatio: number;
}
