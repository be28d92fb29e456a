import { translate, type WidgetLocale } from './i18n';

const DAY_MS = 86_400_000;
const sameLocalDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * An instant as the customer would say it, in their own time zone: "today at 09:00", "Thursday at
 * 09:00", or with the date when it is a week or more away ("Thursday, 24 December at 09:00").
 * Russian always names the date: its weekdays after a preposition change form (в среду), which Intl
 * does not give.
 */
export function describeInstant(locale: WidgetLocale, at: Date, now: Date): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  if (sameLocalDay(at, now)) return translate(locale, 'todayAt', { time });
  const farOff = at.getTime() - now.getTime() >= 6 * DAY_MS;
  const dayFormat: Intl.DateTimeFormatOptions =
    locale === 'ru' ? { day: 'numeric', month: 'long' } : farOff ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'long' };
  return translate(locale, 'dayAt', { day: new Intl.DateTimeFormat(locale, dayFormat).format(at), time });
}
