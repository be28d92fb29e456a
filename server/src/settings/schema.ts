import Holidays from 'date-holidays';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { CreditSettings } from '../domain/credits/settings';
import type { FairUseSettings } from '../domain/scoring/settings';
import type { SlaSettings } from '../domain/sla/types';

/**
 * Validation of the runtime settings staff edit in the admin panel. The shapes are the domain's;
 * this file only decides what a well-formed value is, so the domain can trust what it receives.
 */
const time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time HH:mm between 00:00 and 24:00');
const localDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD');
const minutesOfDay = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

const interval = z
  .object({ start: time, end: time })
  .strict()
  .refine(({ start, end }) => minutesOfDay(end) > minutesOfDay(start), { message: 'end must be after start', path: ['end'] });

/** Intervals of one day must not overlap, or working time would be counted twice. */
const dayIntervals = z.array(interval).superRefine((intervals, ctx) => {
  const sorted = [...intervals].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
  for (let i = 1; i < sorted.length; i += 1) {
    if (minutesOfDay(sorted[i].start) < minutesOfDay(sorted[i - 1].end)) {
      ctx.addIssue({ code: 'custom', message: 'opening intervals of one day must not overlap' });
      return;
    }
  }
});

const holidayData = new Holidays();
const countries = new Set(Object.keys(holidayData.getCountries()));
/** A region is date-holidays' first subdivision level of the country ("state"). */
const isRegionOf = (country: string, region: string) => region.toUpperCase() in (holidayData.getStates(country.toUpperCase()) ?? {});

/** One calendar: weekly hours, holidays and exceptions (the standard and priority tiers, staffed hours). */
export const calendarSettingsSchema = z
  .object({
    timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone such as Europe/Amsterdam'),
    weekly: z
      .object({
        '1': dayIntervals.optional(),
        '2': dayIntervals.optional(),
        '3': dayIntervals.optional(),
        '4': dayIntervals.optional(),
        '5': dayIntervals.optional(),
        '6': dayIntervals.optional(),
        '7': dayIntervals.optional(),
      })
      .strict(),
    holidays: z
      .object({
        country: z
          .string()
          .refine((code) => countries.has(code), 'must be a country code known to the holiday data, such as NL')
          .nullable(),
        region: z.string().min(1).max(20).nullable(),
        types: z.array(z.enum(['public', 'bank', 'school', 'optional', 'observance'])).min(1),
      })
      .strict()
      .refine(({ country, region }) => region === null || country === null || !countries.has(country) || isRegionOf(country, region), {
        message: 'must be a region code of the country known to the holiday data, such as BY for DE',
        path: ['region'],
      }),
    openOnHolidays: z.boolean(),
    closedDates: z.array(localDate).max(1000),
    openDates: z.array(z.object({ date: localDate, intervals: dayIntervals }).strict()).max(1000),
  })
  .strict()
  // A calendar that never opens would leave every due date undefined.
  .refine((value) => Object.values(value.weekly).some((intervals) => (intervals?.length ?? 0) > 0), {
    message: 'must be open at least one day of the week',
    path: ['weekly'],
  });

const rule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sameDayCutoff'), cutoffMinutesBeforeClose: z.number().int().min(0).max(24 * 60) }).strict(),
  z.object({ kind: z.literal('workingMinutes'), minutes: z.number().int().min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal('businessDays'), days: z.number().int().min(1).max(365) }).strict(),
]);

const tierPolicy = z
  .object({ calendar: calendarSettingsSchema, firstResponse: rule, nextResponse: rule, resolution: rule.nullable() })
  .strict();

export const slaSettingsSchema: z.ZodType<SlaSettings> = z
  .object({
    tiers: z.object({ standard: tierPolicy, priority: tierPolicy }).strict(),
    staffedHours: calendarSettingsSchema,
    preBreachRatio: z.number().gt(0).lt(1),
  })
  .strict();

const weight = z.number().int().min(0).max(100);

export const fairUseSettingsSchema: z.ZodType<FairUseSettings> = z
  .object({
    windowHours: z.number().int().min(1).max(24 * 30),
    thresholds: z
      .object({
        messages: z.number().int().min(0).max(10_000),
        openTickets: z.number().int().min(0).max(10_000),
        faqAnsweredShare: z.number().gt(0).max(1),
      })
      .strict(),
    recentTickets: z.number().int().min(1).max(100),
    weights: z.object({ messages: weight, openTickets: weight, faqAnswered: weight, unreadAnswer: weight }).strict(),
    penaltyFrom: z.number().int().min(1).max(100),
  })
  .strict();

/** Stripe refuses charges below about 50 cents in most currencies. */
const price = z.number().int().min(50).max(100_000_000);

export const creditSettingsSchema: z.ZodType<CreditSettings> = z
  .object({
    freeDays: z.number().int().min(0).max(3650),
    minutesPerCredit: z.number().int().min(1).max(24 * 60),
    minimumCharge: z.number().int().min(1).max(100),
    priorityFeeCents: price,
    packs: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short id of lowercase letters, digits and dashes'),
            credits: z.number().int().min(1).max(10_000),
            priceCents: price,
          })
          .strict()
      )
      .max(10)
      .refine((packs) => new Set(packs.map((pack) => pack.id)).size === packs.length, 'pack ids must be unique'),
  })
  .strict();

/** Everything staff can change at runtime, one section per concern; later sections join here. */
export const settingsSchema = z.object({ sla: slaSettingsSchema, fairUse: fairUseSettingsSchema, credits: creditSettingsSchema }).strict();

export type Settings = z.infer<typeof settingsSchema>;

/** A change replaces whole sections; sections left out keep their stored value. */
export const settingsUpdateSchema = z
  .object({ sla: slaSettingsSchema.optional(), fairUse: fairUseSettingsSchema.optional(), credits: creditSettingsSchema.optional() })
  .strict();
