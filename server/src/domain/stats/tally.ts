import type { Tier } from '../sla';

/**
 * What the dashboard counts over a span of time, as the database grouped it: every row carries the
 * UTC hour or UTC day it belongs to, so a span's tally splits into days (kept as day rollups) and
 * tallies of disjoint spans add up by concatenation. Hours and days are whole units since the epoch.
 */
export interface Tally {
  /** Tickets filed, by the hour of createdAt. */
  opened: TierHourCount[];
  /** Tickets resolved, by the hour of resolvedAt. */
  resolved: TierHourCount[];
  /** Tickets first answered, by the hour of firstRespondedAt, with how many by and after their due instant. */
  firstResponses: ResponseHourCount[];
  /** The first-response minutes stamped on the tickets first answered that day, counted per value. */
  storedMinutes: StoredMinutesCount[];
  /** Tickets first answered without stamped minutes: measured on the calendar when the figures are made. */
  unstamped: UnstampedAnswer[];
  /** Staff replies that answered a waiting customer, by the day they were sent. */
  nextResponses: DayResponseCount[];
  /** Recorded next-response breaches, by the day they occurred. */
  nextBreaches: DayTierCount[];
  /** Deflections per day and answer. */
  deflections: DeflectionCount[];
  /** Credits sold and used, by the hour of the ledger entry. */
  credits: CreditHourCount[];
}

export interface TierHourCount {
  tier: Tier;
  hour: number;
  count: number;
}

export interface ResponseHourCount extends TierHourCount {
  onTime: number;
  breached: number;
}

export interface StoredMinutesCount {
  day: number;
  tier: Tier;
  measure: 'calendar' | 'business';
  minutes: number;
  count: number;
}

export interface UnstampedAnswer {
  tier: Tier;
  createdAt: Date;
  firstRespondedAt: Date;
}

export interface DayTierCount {
  day: number;
  tier: Tier;
  count: number;
}

export interface DayResponseCount extends DayTierCount {
  onTime: number;
  breached: number;
}

export interface DeflectionCount {
  day: number;
  source: string;
  documentId: string;
  count: number;
}

export interface CreditHourCount {
  hour: number;
  sold: number;
  used: number;
}

const MS_PER_DAY = 86_400_000;
const KEYS = ['opened', 'resolved', 'firstResponses', 'storedMinutes', 'unstamped', 'nextResponses', 'nextBreaches', 'deflections', 'credits'] as const;

export const utcDayOf = (instant: Date): number => Math.floor(instant.getTime() / MS_PER_DAY);
export const utcDayStart = (day: number): Date => new Date(day * MS_PER_DAY);
const dayOfHour = (hour: number) => Math.floor(hour / 24);

export const emptyTally = (): Tally => ({
  opened: [],
  resolved: [],
  firstResponses: [],
  storedMinutes: [],
  unstamped: [],
  nextResponses: [],
  nextBreaches: [],
  deflections: [],
  credits: [],
});

/** The tally of disjoint spans together. */
export function mergeTallies(tallies: readonly Tally[]): Tally {
  const merged = emptyTally();
  for (const tally of tallies) for (const key of KEYS) (merged[key] as unknown[]).push(...tally[key]);
  return merged;
}

/** Only the rows of these tiers (deflections and credits belong to no tier and stay). */
export function tallyOfTiers(tally: Tally, tiers: readonly Tier[]): Tally {
  const mine = <Row extends { tier: Tier }>(rows: Row[]) => rows.filter((row) => tiers.includes(row.tier));
  return {
    ...tally,
    opened: mine(tally.opened),
    resolved: mine(tally.resolved),
    firstResponses: mine(tally.firstResponses),
    storedMinutes: mine(tally.storedMinutes),
    unstamped: mine(tally.unstamped),
    nextResponses: mine(tally.nextResponses),
    nextBreaches: mine(tally.nextBreaches),
  };
}

/** A span's tally cut into its UTC days, each of `days` present (empty when nothing happened). */
export function splitByDay(tally: Tally, days: readonly number[]): Map<number, Tally> {
  const byDay = new Map(days.map((day) => [day, emptyTally()]));
  const put = <Key extends keyof Tally>(key: Key, day: number, row: Tally[Key][number]) => {
    const target = byDay.get(day);
    if (!target) throw new RangeError(`a ${key} row of day ${day} is outside the days split`);
    (target[key] as Array<Tally[Key][number]>).push(row);
  };
  for (const row of tally.opened) put('opened', dayOfHour(row.hour), row);
  for (const row of tally.resolved) put('resolved', dayOfHour(row.hour), row);
  for (const row of tally.firstResponses) put('firstResponses', dayOfHour(row.hour), row);
  for (const row of tally.credits) put('credits', dayOfHour(row.hour), row);
  for (const row of tally.storedMinutes) put('storedMinutes', row.day, row);
  for (const row of tally.unstamped) put('unstamped', utcDayOf(row.firstRespondedAt), row);
  for (const row of tally.nextResponses) put('nextResponses', row.day, row);
  for (const row of tally.nextBreaches) put('nextBreaches', row.day, row);
  for (const row of tally.deflections) put('deflections', row.day, row);
  return byDay;
}

/** The answers that deflected most, most first; ties by source and document id, so the list is stable. */
export function topDeflections(rows: readonly DeflectionCount[], limit: number): Array<{ source: string; documentId: string; count: number }> {
  const totals = new Map<string, { source: string; documentId: string; count: number }>();
  for (const { source, documentId, count } of rows) {
    const key = `${source}\u0000${documentId}`;
    const total = totals.get(key);
    if (total) total.count += count;
    else totals.set(key, { source, documentId, count });
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...totals.values()]
    .sort((a, b) => b.count - a.count || byText(a.source, b.source) || byText(a.documentId, b.documentId))
    .slice(0, limit);
}

export interface TallySpans {
  /** Whole UTC days kept as rollups: `firstDay` included, `endDay` excluded; none when empty. */
  days: { firstDay: number; endDay: number } | null;
  /** The rest of the period, read from the tickets themselves. */
  raw: Array<{ from: Date; to: Date }>;
}

/**
 * Cuts a half-open period into the whole UTC days that ended before `closedBefore` (their figures
 * no longer move with the day's normal writes, so they are kept) and the edges around them.
 */
export function tallySpans(from: Date, to: Date, closedBefore: Date): TallySpans {
  const firstDay = Math.ceil(from.getTime() / MS_PER_DAY);
  const endDay = Math.floor(Math.min(to.getTime(), closedBefore.getTime()) / MS_PER_DAY);
  if (endDay <= firstDay) return { days: null, raw: from < to ? [{ from, to }] : [] };
  const raw = [
    { from, to: utcDayStart(firstDay) },
    { from: utcDayStart(endDay), to },
  ].filter((span) => span.from < span.to);
  return { days: { firstDay, endDay }, raw };
}

/** Runs of consecutive days, as [first, end) pairs. */
export function consecutiveRuns(days: readonly number[]): Array<[first: number, end: number]> {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === day) last[1] = day + 1;
    else runs.push([day, day + 1]);
  }
  return runs;
}

/**
 * The stamped minutes of several days as one count per tier, measure and value: a day holds a few
 * hundred distinct values, 90 days hardly more, and the percentiles walk the sorted values.
 */
export function countedMinutes(rows: readonly StoredMinutesCount[], measure: 'calendar' | 'business'): Array<[minutes: number, count: number]> {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.measure === measure) counts.set(row.minutes, (counts.get(row.minutes) ?? 0) + row.count);
  return [...counts];
}

/*
 * A day's tally as stored: each list as rows of values in a fixed order, and the stamped minutes
 * (most of a day's rows) as flat value, count, value, count … lists per tier and measure, so a
 * 90-day dashboard parses 90 compact strings. Version 1; a row of another version is recomputed.
 */
const TALLY_VERSION = 1;

const encodeMinutes = (rows: readonly StoredMinutesCount[]) => {
  const lists = new Map<string, { tier: Tier; measure: string; flat: number[] }>();
  for (const row of rows) {
    const key = `${row.tier}|${row.measure}`;
    if (!lists.has(key)) lists.set(key, { tier: row.tier, measure: row.measure, flat: [] });
    lists.get(key)!.flat.push(row.minutes, row.count);
  }
  return [...lists.values()].map(({ tier, measure, flat }) => [tier, measure, flat]);
};

const decodeMinutes = (lists: Array<[Tier, 'calendar' | 'business', number[]]>, day: number): StoredMinutesCount[] => {
  const rows: StoredMinutesCount[] = [];
  for (const [tier, measure, flat] of lists) {
    for (let i = 0; i < flat.length; i += 2) rows.push({ day, tier, measure, minutes: flat[i], count: flat[i + 1] });
  }
  return rows;
};

/** One day's tally as stored (every row is of that day). */
export function encodeTally(tally: Tally): string {
  return JSON.stringify({
    v: TALLY_VERSION,
    o: tally.opened.map((r) => [r.tier, r.hour, r.count]),
    r: tally.resolved.map((r) => [r.tier, r.hour, r.count]),
    f: tally.firstResponses.map((r) => [r.tier, r.hour, r.count, r.onTime, r.breached]),
    m: encodeMinutes(tally.storedMinutes),
    u: tally.unstamped.map((r) => [r.tier, r.createdAt.getTime(), r.firstRespondedAt.getTime()]),
    n: tally.nextResponses.map((r) => [r.day, r.tier, r.count, r.onTime, r.breached]),
    b: tally.nextBreaches.map((r) => [r.day, r.tier, r.count]),
    d: tally.deflections.map((r) => [r.day, r.source, r.documentId, r.count]),
    c: tally.credits.map((r) => [r.hour, r.sold, r.used]),
  });
}

/** A stored tally of `day`, or null when it is not one this version wrote. */
export function decodeTally(text: string | null | undefined, day: number): Tally | null {
  if (!text) return null;
  let stored: any;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (stored?.v !== TALLY_VERSION) return null;
  return {
    opened: stored.o.map(([tier, hour, count]: any[]) => ({ tier, hour, count })),
    resolved: stored.r.map(([tier, hour, count]: any[]) => ({ tier, hour, count })),
    firstResponses: stored.f.map(([tier, hour, count, onTime, breached]: any[]) => ({ tier, hour, count, onTime, breached })),
    storedMinutes: decodeMinutes(stored.m, day),
    unstamped: stored.u.map(([tier, createdAt, firstRespondedAt]: any[]) => ({ tier, createdAt: new Date(createdAt), firstRespondedAt: new Date(firstRespondedAt) })),
    nextResponses: stored.n.map(([day, tier, count, onTime, breached]: any[]) => ({ day, tier, count, onTime, breached })),
    nextBreaches: stored.b.map(([day, tier, count]: any[]) => ({ day, tier, count })),
    deflections: stored.d.map(([day, source, documentId, count]: any[]) => ({ day, source, documentId, count })),
    credits: stored.c.map(([hour, sold, used]: any[]) => ({ hour, sold, used })),
  };
}
