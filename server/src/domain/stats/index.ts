export { percentile, spreadOf, type Spread } from './percentiles';
export { responseTimes, type AnsweredTicket, type ResponseTimes } from './response-times';
export { localDay, localDaysBetween, localIsoWeek, weekdayHourGrid, type HourCount } from './buckets';
export { toCsv } from './csv';
