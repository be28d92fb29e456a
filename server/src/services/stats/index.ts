import type { Core } from '@strapi/strapi';
import type { Tier } from '../../domain/sla';
import {
  countedMinutes,
  hourPlacer,
  isoWeekOfDay,
  localDaysBetween,
  mergeTallies,
  responseTimes,
  tallyOfTiers,
  tallySpans,
  toCsv,
  topDeflections,
  weekdayHourGrid,
  type Counted,
  type ResponseTimes,
  type Tally,
} from '../../domain/stats';
import { TICKET_TIERS } from '../../domain/tickets';
import { getPluginService } from '../../utils';
import { watchDayRollupWrites } from './day-rollup-touches';
import { createDayRollups } from './day-rollups';
import { createStatsQueries, type Period } from './queries';

export interface TierFigures {
  /** Tickets filed in the period. */
  filed: number;
  /** Tickets whose resolvedAt falls in the period. */
  resolved: number;
  firstResponse: {
    /** Tickets first answered in the period. */
    answered: number;
    /** Of those with a due instant: answered by it, and after it. */
    onTime: number;
    breached: number;
    /** onTime ÷ (onTime + breached); null when none had a due instant. */
    compliance: number | null;
  } & Omit<ResponseTimes, 'count'>;
  nextResponse: {
    /** Replies in the period that answered a waiting customer, by their due instant and after it. */
    answered: number;
    onTime: number;
    breached: number;
    /** onTime ÷ answered; null when there was none. */
    compliance: number | null;
    /** Recorded next-response breaches in the period: answered late or not yet answered. */
    breaches: number;
  };
}

export interface DailyRow {
  day: string;
  tier: Tier;
  opened: number;
  resolved: number;
  firstResponses: number;
  onTime: number;
}

export interface Stats {
  from: string;
  to: string;
  timezone: string;
  tiers: Tier[];
  byTier: Partial<Record<Tier, TierFigures>>;
  totals: TierFigures;
  heatmap: { weekdays: string[]; byTier: Partial<Record<Tier, number[][]>>; total: number[][] };
  daily: DailyRow[];
  deflection: {
    deflections: number;
    ticketsFiled: number;
    rate: number | null;
    top: Array<{ source: string; documentId: string; title: string | null; count: number }>;
  };
  fairUse: { penalizedCustomers: number };
  credits: { weeks: Array<{ week: string; sold: number; used: number }>; totals: { sold: number; used: number } };
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const TOP_DEFLECTIONS = 10;
/**
 * A UTC day is kept as a rollup once it ended this long ago: its normal writes are over by then
 * (a write stamped just before midnight that commits a little later still lands before).
 */
const KEEP_DAYS_ENDED_MS = 3_600_000;
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The dashboard's figures over a period (see README, "Dashboard figures"). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createStatsQueries(strapi);
  const rollups = createDayRollups(strapi, (span) => queries.tally(span));

  /** The period's tally: kept days from their rollups, the edges and the days still moving from the tickets. */
  const tallyOf = async (period: Period): Promise<Tally> => {
    const now = getPluginService(strapi, 'clock').now();
    const spans = tallySpans(period.from, period.to, new Date(now.getTime() - KEEP_DAYS_ENDED_MS));
    const parts: Tally[] = spans.days ? await rollups.tallies(spans.days.firstDay, spans.days.endDay) : [];
    for (const span of spans.raw) parts.push(await queries.tally(span));
    return mergeTallies(parts);
  };

  return {
    /** Keeps the day rollups in step with writes made through Strapi (from the plugin's bootstrap). */
    watchWrites(): void {
      watchDayRollupWrites(strapi, rollups);
    },

    /** Recomputes every kept day on its next read: after writes made below Strapi, such as an SQL import. */
    recount: () => rollups.recount(),

    async compute(period: Period): Promise<Stats> {
      const sla = await getPluginService(strapi, 'sla').context();
      const timezone = sla.settings.tiers.standard.calendar.timezone;
      const tiers: Tier[] = period.tier ? [period.tier] : [...TICKET_TIERS];

      const tally = tallyOfTiers(await tallyOf(period), tiers);
      const { opened, resolved, firstResponses: responses, unstamped: answered, storedMinutes: stored, nextResponses, nextBreaches, credits } = tally;
      const deflections = sum(tally.deflections.map((r) => r.count));
      const top = topDeflections(tally.deflections, TOP_DEFLECTIONS);
      const penalizedCustomers = await queries.penalizedCustomers();

      const figures = (only: Tier[]): TierFigures => {
        const mine = <Row extends { tier: Tier }>(rows: Row[]) => rows.filter((row) => only.includes(row.tier));
        const ofResponses = mine(responses);
        const onTime = sum(ofResponses.map((r) => r.onTime));
        const breached = sum(ofResponses.map((r) => r.breached));
        const ofNext = mine(nextResponses);
        const nextOnTime = sum(ofNext.map((r) => r.onTime));
        const ofStored = mine(stored);
        const counted = (measure: 'calendar' | 'business'): Counted[] => countedMinutes(ofStored, measure);
        const { calendarHours, businessHours } = responseTimes(mine(answered), (ticket) => sla.calendarFor(ticket.tier), {
          calendar: counted('calendar'),
          business: counted('business'),
        });
        return {
          filed: sum(mine(opened).map((r) => r.count)),
          resolved: sum(mine(resolved).map((r) => r.count)),
          firstResponse: {
            answered: sum(ofResponses.map((r) => r.count)),
            onTime,
            breached,
            compliance: share(onTime, onTime + breached),
            calendarHours,
            businessHours,
          },
          nextResponse: {
            answered: sum(ofNext.map((r) => r.count)),
            onTime: nextOnTime,
            breached: sum(ofNext.map((r) => r.breached)),
            compliance: share(nextOnTime, sum(ofNext.map((r) => r.count))),
            breaches: sum(mine(nextBreaches).map((r) => r.count)),
          },
        };
      };

      const byTier = Object.fromEntries(tiers.map((tier) => [tier, figures([tier])])) as Partial<Record<Tier, TierFigures>>;
      const totals = figures(tiers);

      const placer = hourPlacer(timezone);
      const heatmapByTier = Object.fromEntries(
        tiers.map((tier) => [tier, weekdayHourGrid(opened.filter((r) => r.tier === tier), placer)])
      ) as Partial<Record<Tier, number[][]>>;

      const days = localDaysBetween(period.from, period.to, timezone);
      const daily = new Map<string, DailyRow>();
      for (const day of days) for (const tier of tiers) daily.set(`${day}|${tier}`, { day, tier, opened: 0, resolved: 0, firstResponses: 0, onTime: 0 });
      const rowOf = (hour: number, tier: Tier) => daily.get(`${placer.place(hour).day}|${tier}`);
      for (const r of opened) rowOf(r.hour, r.tier)!.opened += r.count;
      for (const r of resolved) rowOf(r.hour, r.tier)!.resolved += r.count;
      for (const r of responses) {
        const row = rowOf(r.hour, r.tier)!;
        row.firstResponses += r.count;
        row.onTime += r.onTime;
      }

      const weeks = new Map<string, { week: string; sold: number; used: number }>();
      for (const day of days) {
        const week = isoWeekOfDay(day);
        if (!weeks.has(week)) weeks.set(week, { week, sold: 0, used: 0 });
      }
      for (const r of credits) {
        const week = weeks.get(placer.week(r.hour))!;
        week.sold += r.sold;
        week.used += r.used;
      }

      const titles = await queries.faqTitles(top.filter((t) => t.source === 'faq').map((t) => t.documentId));
      const ticketsFiled = sum(opened.map((r) => r.count));

      return {
        from: period.from.toISOString(),
        to: period.to.toISOString(),
        timezone,
        tiers,
        byTier,
        totals,
        heatmap: { weekdays: WEEKDAYS, byTier: heatmapByTier, total: weekdayHourGrid(opened, placer) },
        daily: [...daily.values()],
        deflection: {
          deflections,
          ticketsFiled,
          rate: share(deflections, deflections + ticketsFiled),
          top: top.map((t) => ({ ...t, title: titles.get(t.documentId) ?? null })),
        },
        fairUse: { penalizedCustomers },
        credits: {
          weeks: [...weeks.values()],
          totals: { sold: sum(credits.map((r) => r.sold)), used: sum(credits.map((r) => r.used)) },
        },
      };
    },

    /** The per-day rows as CSV. */
    dailyCsv(stats: Stats): string {
      return toCsv(
        ['day', 'tier', 'opened', 'resolved', 'first_responses', 'on_time'],
        stats.daily.map((row) => [row.day, row.tier, row.opened, row.resolved, row.firstResponses, row.onTime])
      );
    },
  };
};
