export { countedPercentile, countedSpreadOf, percentile, spreadOf, type Counted, type Spread } from './percentiles';
export { responseTimes, type AnsweredTicket, type ResponseTimes, type StoredResponseMinutes } from './response-times';
export { hourPlacer, isoWeekOfDay, localDay, localDaysBetween, localIsoWeek, weekdayHourGrid, type HourCount, type HourPlacer, type LocalHour } from './buckets';
export { toCsv } from './csv';
export {
  consecutiveRuns,
  countedMinutes,
  decodeTally,
  emptyTally,
  encodeTally,
  mergeTallies,
  splitByDay,
  tallyOfTiers,
  tallySpans,
  topDeflections,
  utcDayOf,
  utcDayStart,
  type Tally,
  type TallySpans,
} from './tally';
