import { TICKET_TIERS, type TicketTier } from '../../../server/src/domain/tickets/statuses';
import type { StatsDailyRow } from '../api/types';

/** The periods the dashboard offers, in days, besides a custom range. */
export const PERIOD_PRESETS = ['7', '30', '90'] as const;
export type PeriodChoice = (typeof PERIOD_PRESETS)[number] | 'custom';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The longest period the stats route answers. */
export const MAX_PERIOD_DAYS = 366;

/** What the dashboard shows, as it lives in the page's URL. */
export interface DashboardView {
  period: PeriodChoice;
  /** Custom range: the first and the last day shown (`YYYY-MM-DD`, both included). */
  from?: string;
  to?: string;
  tier?: TicketTier;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string | null): string | undefined => {
  if (!value || !DATE.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? value : undefined;
};

export function readDashboardView(params: URLSearchParams): DashboardView {
  const period = params.get('period');
  const tier = params.get('tier');
  const view: DashboardView = {
    period: period === 'custom' || (PERIOD_PRESETS as readonly string[]).includes(period ?? '') ? (period as PeriodChoice) : '30',
    tier: (TICKET_TIERS as readonly string[]).includes(tier ?? '') ? (tier as TicketTier) : undefined,
  };
  if (view.period === 'custom') {
    view.from = validDate(params.get('from'));
    view.to = validDate(params.get('to'));
  }
  return view;
}

/** The view as URL parameters; the default (the last 30 days, every tier) is the plain address. */
export function dashboardViewParams(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.period !== '30') params.set('period', view.period);
  if (view.period === 'custom') {
    if (view.from) params.set('from', view.from);
    if (view.to) params.set('to', view.to);
  }
  if (view.tier) params.set('tier', view.tier);
  return params;
}

/** Local midnight of a `YYYY-MM-DD` day. */
const localMidnight = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
};

/** A date as `YYYY-MM-DD` in local time (what a date input shows). */
export const toDateInput = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export type PeriodRange = { from: string; to: string } | { error: 'missing' | 'order' | 'tooLong' };

/**
 * The instants `[from, to)` the stats route is asked for. A preset ends at the next full hour, so
 * the query (and its cache) stays the same for up to an hour and this hour's tickets are in it; a
 * custom range runs from the local midnight of its first day to the one after its last day.
 */
export function periodRange(view: DashboardView, now: Date): PeriodRange {
  if (view.period !== 'custom') {
    const to = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
    return { from: new Date(to - Number(view.period) * DAY_MS).toISOString(), to: new Date(to).toISOString() };
  }
  if (!view.from || !view.to) return { error: 'missing' };
  const from = localMidnight(view.from);
  const last = localMidnight(view.to);
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  if (to <= from) return { error: 'order' };
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS + HOUR_MS) return { error: 'tooLong' };
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The stats route's query for a period and tier. */
export function statsApiQuery(range: { from: string; to: string }, tier?: TicketTier): string {
  const params = new URLSearchParams({ from: range.from, to: range.to });
  if (tier) params.set('tier', tier);
  return params.toString();
}

/** Steps of the heatmap's colour scale, from an empty hour to the busiest. */
export const HEAT_COLOURS = ['#f6f6f9', '#e0e7ff', '#b8c4ff', '#8a9bff', '#5b6cf0', '#3b3fc4', '#262580'] as const;

/** The step of the scale a count falls on: 0 only for none, the busiest hour on the top step. */
export function heatLevel(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  const steps = HEAT_COLOURS.length - 1;
  return Math.min(steps, Math.max(1, Math.ceil((value / max) * steps)));
}

export const heatColour = (value: number, max: number) => HEAT_COLOURS[heatLevel(value, max)];

/** Dark cells need light text to keep a 4.5:1 contrast. */
export const heatTextColour = (value: number, max: number) => (heatLevel(value, max) >= 4 ? '#ffffff' : '#32324d');

/**
 * Hours as people read them: under an hour in minutes ("45 min"), under ten hours with one
 * decimal ("2.5 hr"), more in whole hours; a dash for no figure.
 */
export function formatHours(hours: number | null | undefined, locale: string): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '—';
  if (hours < 1) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.round(hours * 60));
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: hours < 10 ? 1 : 0 }).format(hours);
}

/** A share (0…1) as a percentage with at most one decimal; a dash for none. */
export function formatShare(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A change in a count with its sign ("+4", "−2", "0"), as a lead reads a backlog's growth. */
export function formatChange(change: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(change);
}

/** The daily rows summed over tiers (or one tier's), one entry per day in order. */
export function dailyTotals(rows: StatsDailyRow[], tier?: TicketTier): Array<{ day: string; opened: number; resolved: number }> {
  const byDay = new Map<string, { day: string; opened: number; resolved: number }>();
  for (const row of rows) {
    if (tier && row.tier !== tier) continue;
    const entry = byDay.get(row.day) ?? { day: row.day, opened: 0, resolved: 0 };
    entry.opened += row.opened;
    entry.resolved += row.resolved;
    byDay.set(row.day, entry);
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Weekday names in the interface language, Monday first (the heatmap's rows). */
export function weekdayNames(locale: string, style: 'short' | 'long' = 'short'): string[] {
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));
}
