import { DateTime } from 'luxon';
import type { MailLanguage } from './types';

/**
 * Dates as a native speaker writes them in a mail, in the service time zone:
 *
 * | en | Tuesday 1 December at 17:00 |
 * | nl | dinsdag 1 december om 17:00 |
 * | fr | mardi 1er décembre à 17h00 |
 * | de | Dienstag, 1. Dezember um 17:00 Uhr |
 * | es | martes 1 de diciembre a las 17:00 |
 * | it | martedì 1º dicembre alle 17:00 |
 * | ru | вторник, 1 декабря, в 17:00 |
 *
 * Weekday and month names come from Intl (through luxon); the order, the connector words and the
 * clock style are the language's own.
 */

interface DateParts {
  weekday: string;
  day: number;
  month: string;
  hour: number;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = ({ hour, minute }: DateParts) => `${pad(hour)}:${pad(minute)}`;
const hmm = ({ hour, minute }: DateParts) => `${hour}:${pad(minute)}`;

const PATTERNS: Record<MailLanguage, (parts: DateParts) => string> = {
  en: (p) => `${p.weekday} ${p.day} ${p.month} at ${hhmm(p)}`,
  nl: (p) => `${p.weekday} ${p.day} ${p.month} om ${hhmm(p)}`,
  fr: (p) => `${p.weekday} ${p.day === 1 ? '1er' : p.day} ${p.month} à ${p.hour}h${pad(p.minute)}`,
  de: (p) => `${p.weekday}, ${p.day}. ${p.month} um ${hhmm(p)} Uhr`,
  // "a la 1:15" (one o'clock is singular), "a las 17:00" otherwise.
  es: (p) => `${p.weekday} ${p.day} de ${p.month} ${p.hour === 1 ? 'a la' : 'a las'} ${hmm(p)}`,
  // "all'1:15" (l'una), "alle 17:00" otherwise.
  it: (p) => `${p.weekday} ${p.day === 1 ? '1º' : p.day} ${p.month} ${p.hour === 1 ? 'all’1' : `alle ${p.hour}`}:${pad(p.minute)}`,
  ru: (p) => `${p.weekday}, ${p.day} ${p.month}, в ${hmm(p)}`,
};

/** The instant, or a RangeError that names the field: a mail never shows "Invalid DateTime". */
function instantIn(iso: string, timezone: string, field: string): DateTime {
  const instant = DateTime.fromISO(String(iso), { zone: 'utc' });
  if (!instant.isValid) throw new RangeError(`${field}: "${iso}" is not an ISO date-time`);
  const local = instant.setZone(timezone);
  if (!local.isValid) throw new RangeError(`timezone: "${timezone}" is not an IANA time zone`);
  return local;
}

/** Weekday, day, month and time of `iso` in `timezone`, written for `language` (no zone name). */
export function formatMailDate(iso: string, language: MailLanguage, timezone: string, field = 'date'): string {
  const local = instantIn(iso, timezone, field).setLocale(language);
  return PATTERNS[language]({
    weekday: local.toFormat('cccc'),
    day: local.day,
    // MMMM is the month as used inside a date: Russian gets the genitive ("декабря").
    month: local.toFormat('MMMM'),
    hour: local.hour,
    minute: local.minute,
  });
}

/** `formatMailDate` followed by the zone it is in, e.g. "dinsdag 1 december om 17:00 (Europe/Amsterdam)". */
export const formatMailDateWithZone = (iso: string, language: MailLanguage, timezone: string, field = 'date'): string =>
  `${formatMailDate(iso, language, timezone, field)} (${timezone})`;

/**
 * An amount of money as the language writes it, with the currency's symbol: `formatMailMoney(995,
 * 'eur', 'en')` is "€9.95", in German "9,95 €". `amountCents` is in the currency's minor unit (cents
 * for the euro, yen for the yen), a whole number; `currency` an ISO 4217 code in either case. Throws
 * a RangeError for an amount that is not a whole number or a code that is not three letters.
 */
export function formatMailMoney(amountCents: number, currency: string, language: MailLanguage): string {
  if (typeof amountCents !== 'number' || !Number.isSafeInteger(amountCents)) {
    throw new RangeError(`amountCents: "${String(amountCents)}" is not a whole number of cents`);
  }
  const code = String(currency ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new RangeError(`currency: "${String(currency)}" is not an ISO 4217 currency code`);
  const format = new Intl.NumberFormat(language, { style: 'currency', currency: code });
  // The minor unit's size is the currency's own: 2 digits for EUR, 0 for JPY, 3 for KWD.
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountCents / 10 ** digits);
}
