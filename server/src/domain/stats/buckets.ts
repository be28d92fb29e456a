import { DateTime, IANAZone } from 'luxon';

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

/** Where one UTC hour bucket falls in a time zone. */
export interface LocalHour {
  /** `YYYY-MM-DD`. */
  day: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0 … 23. */
  hour: number;
}

/** The ISO week, `YYYY-Www`, of a date `YYYY-MM-DD`. */
export const isoWeekOfDay = (day: string): string => DateTime.fromISO(day, { zone: 'UTC' }).toFormat("kkkk-'W'WW");

/**
 * Places hour buckets in one zone, remembering each hour it has placed: a period's figures name the
 * same few thousand hours many times over (per tier, per figure), and a zone lookup costs far more
 * than the arithmetic. The offset is the zone's at the bucket's start.
 */
export function hourPlacer(timezone: string) {
  const zone = IANAZone.create(timezone);
  const placed = new Map<number, LocalHour>();
  const weeks = new Map<string, string>();
  const place = (hour: number): LocalHour => {
    let at = placed.get(hour);
    if (!at) {
      const ms = hour * MS_PER_HOUR;
      // The local wall-clock time written as if it were UTC, read back with the UTC getters.
      const wall = new Date(ms + zone.offset(ms) * 60_000);
      at = { day: wall.toISOString().slice(0, 10), weekday: (wall.getUTCDay() + 6) % 7, hour: wall.getUTCHours() };
      placed.set(hour, at);
    }
    return at;
  };
  return {
    place,
    /** The local ISO week, `YYYY-Www`, of an hour bucket. */
    week(hour: number): string {
      const { day } = place(hour);
      let week = weeks.get(day);
      if (!week) {
        week = isoWeekOfDay(day);
        weeks.set(day, week);
      }
      return week;
    },
  };
}

export type HourPlacer = ReturnType<typeof hourPlacer>;

/** The local date, `YYYY-MM-DD`, of an hour bucket. */
export const localDay = (hour: number, timezone: string): string => hourPlacer(timezone).place(hour).day;

/** The local ISO week, `YYYY-Www`, of an hour bucket. */
export const localIsoWeek = (hour: number, timezone: string): string => hourPlacer(timezone).week(hour);

/**
 * Arrivals as a weekday × hour grid in the zone: `grid[0]` is Monday … `grid[6]` Sunday, each with
 * 24 local hours. On the spring-forward day the skipped local hour stays empty; in autumn the
 * repeated hour holds both UTC hours.
 */
export function weekdayHourGrid(counts: readonly HourCount[], timezone: string | HourPlacer): number[][] {
  const placer = typeof timezone === 'string' ? hourPlacer(timezone) : timezone;
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const { hour, count } of counts) {
    const at = placer.place(hour);
    grid[at.weekday][at.hour] += count;
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
