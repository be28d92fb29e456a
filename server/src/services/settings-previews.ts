import type { Core } from '@strapi/strapi';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { FairUseSettings } from '../domain/scoring';
import {
  calendarsFor,
  closedDaysBetween,
  NoOpeningWithinHorizonError,
  stampsOnCreate,
  type CalendarSettings,
  type SlaContext,
  type SlaSettings,
  type Tier,
} from '../domain/sla';
import { getPluginService, toIso } from '../utils';

const TIERS: Tier[] = ['standard', 'priority'];

export interface HolidayCountry {
  code: string;
  name: string;
  /** The country's first subdivision level ("states"), which a calendar's `holidays.region` names. */
  regions: Array<{ code: string; name: string }>;
}

const byName = (a: { name: string; code: string }, b: { name: string; code: string }) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code);

/** The result, or null when the calendar never opens within the horizon. */
const orNull = <T>(compute: () => T): T | null => {
  try {
    return compute();
  } catch (error) {
    if (error instanceof NoOpeningWithinHorizonError) return null;
    throw error;
  }
};

/**
 * What the settings page shows before staff save: a calendar's closed days, the due dates of a
 * ticket under edited service levels, and how many customers edited fair-use settings would
 * penalise. Nothing here writes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => getPluginService(strapi, 'clock').now();
  // The holiday data is static: its list is built once per language asked for.
  const regionLists = new Map<string, HolidayCountry[]>();

  return {
    /** Holidays and custom closed dates of a calendar over `months` months from `from` (default: today in its zone). */
    holidays(calendar: CalendarSettings, options: { from?: string; months: number }) {
      const from = options.from ?? (DateTime.fromJSDate(now(), { zone: calendar.timezone }).toISODate() as string);
      const to = DateTime.fromISO(from, { zone: 'utc' }).plus({ months: options.months }).minus({ days: 1 }).toISODate() as string;
      return { data: closedDaysBetween(calendar, from, to), meta: { timezone: calendar.timezone, from, to } };
    },

    /**
     * When a ticket of each tier received at `receivedAt` would be due — the stamps a new ticket
     * gets — under the given service levels, or the saved ones; and whether support is staffed then.
     */
    async due(receivedAt: Date, sla?: SlaSettings) {
      let context: SlaContext & { staffed: { isOpen(at: Date): boolean; timezone: string } };
      if (sla) {
        const calendars = calendarsFor(sla);
        context = { settings: sla, calendarFor: (tier: Tier) => calendars.tiers[tier], staffed: calendars.staffedHours };
      } else {
        context = await getPluginService(strapi, 'sla').context();
      }
      const byTier = Object.fromEntries(
        TIERS.map((tier) => {
          const stamps = orNull(() => stampsOnCreate(context, { tier, status: 'new' }, receivedAt));
          return [tier, { firstResponseDueAt: toIso(stamps?.firstResponseDueAt), resolutionDueAt: toIso(stamps?.resolutionDueAt) }];
        })
      ) as Record<Tier, { firstResponseDueAt: string | null; resolutionDueAt: string | null }>;
      return { ...byTier, staffed: context.staffed.isOpen(receivedAt), timezone: context.staffed.timezone };
    },

    /**
     * The countries the holiday data knows, with their names in `locale` where it has them (else
     * in the country's own language), and each country's regions: what a calendar's
     * `holidays.country` and `holidays.region` accept.
     */
    holidayRegions(locale = 'en'): HolidayCountry[] {
      const language = locale.slice(0, 2).toLowerCase();
      const known = regionLists.get(language);
      if (known) return known;
      const data = new Holidays();
      const countries = Object.entries(data.getCountries(language) ?? {}).map(([code, name]) => ({
        code,
        name,
        regions: Object.entries(data.getStates(code, language) ?? {})
          .map(([regionCode, regionName]) => ({ code: regionCode, name: regionName }))
          .sort(byName),
      }));
      countries.sort(byName);
      regionLists.set(language, countries);
      return countries;
    },

    /** Customers penalised now under the saved fair-use settings, and under the given ones. */
    fairUse(settings: FairUseSettings) {
      return getPluginService(strapi, 'fair-use').previewPenalties(settings);
    },
  };
};
