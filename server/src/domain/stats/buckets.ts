import { DateTime } from 'luxon';

/**
 * The database groups instants by UTC hour (hours since the epoch, see services/stats/sql.ts); these
 * functions place those hour buckets in a time zone. Each bucket is converted on its own, so a
 * week that crosses a DST change is placed exactly. Zones whose offset is not a whole hour (e.g.
 * Asia/Kolkata) would put a bucket at the local hour its start falls in.
 */
export interface HourCount {
  /** Whole hours since 1970-01-01T00:00Z. */
  hour: number;
  count: number;
}

const MS_PER_HOUR = 3_600_000;

const local = (hour: number, timezone: string) => DateTime.fromMillis(hour * MS_PER_HOUR, { zone: timezone });

/** The local date, `YYYY-MM-DD`, of an hour bucket. */
export const localDay = (hour: number, timezone: string): string => local(hour, timezone).toISODate()!;

/** The local ISO week, `YYYY-Www`, of an hour bucket. */
export const localIsoWeek = (hour: number, timezone: string): string => local(hour, timezone).toFormat("kkkk-'W'WW");

/**
 * Arrivals as a weekday × hour grid in the zone: `grid[0]` is Monday … `grid[6]` Sunday, each with
 * 24 local hours. On the spring-forward day the skipped local hour stays empty; in autumn the
 * repeated hour holds both UTC hours.
 */
export function weekdayHourGrid(counts: readonly HourCount[], timezone: string): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const { hour, count } of counts) {
    const at = local(hour, timezone);
    grid[at.weekday - 1][at.hour] += count;
  }
  return grid;
}

/** Local dates from the day of `from` to the day of `to` (exclusive end instant), in order. */
export function localDaysBetween(from: Date, to: Date, timezone: string): string[] {
  const days: string[] = [];
  const last = DateTime.fromMillis(to.getTime() - 1, { zone: timezone }).startOf('day');
  for (let day = DateTime.fromJSDate(from, { zone: timezone }).startOf('day'); day <= last; day = day.plus({ days: 1 })) {
    days.push(day.toISODate()!);
  }
  return days;
}
