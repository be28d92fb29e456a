export { countedPercentile, countedSpreadOf, percentile, spreadOf, type Counted, type Spread } from './percentiles';
export { responseTimes, type AnsweredTicket, type ResponseTimes, type StoredResponseMinutes } from './response-times';
export { localDay, localDaysBetween, localIsoWeek, weekdayHourGrid, type HourCount } from './buckets';
export { toCsv } from './csv';
