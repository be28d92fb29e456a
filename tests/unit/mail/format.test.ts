import { formatMailDate, formatMailDateWithZone, formatMailMoney, MAIL_LANGUAGES } from '../../../server/src/domain/mail';

const AMS = 'Europe/Amsterdam';

describe('formatMailDate', () => {
  it('writes a date as a native speaker does, in the service time zone', () => {
    // 16:00 UTC is 17:00 in Amsterdam in winter (CET).
    const at = '2024-12-03T16:00:00Z';
    expect(formatMailDate(at, 'en', AMS)).toBe('Tuesday 3 December at 17:00');
    expect(formatMailDate(at, 'nl', AMS)).toBe('dinsdag 3 december om 17:00');
    expect(formatMailDate(at, 'fr', AMS)).toBe('mardi 3 décembre à 17h00');
    expect(formatMailDate(at, 'de', AMS)).toBe('Dienstag, 3. Dezember um 17:00 Uhr');
    expect(formatMailDate(at, 'es', AMS)).toBe('martes 3 de diciembre a las 17:00');
    expect(formatMailDate(at, 'it', AMS)).toBe('martedì 3 dicembre alle 17:00');
    expect(formatMailDate(at, 'ru', AMS)).toBe('вторник, 3 декабря, в 17:00');
  });

  it('follows summer time and other zones', () => {
    // 15:00 UTC is 17:00 in Amsterdam in summer (CEST), 11:00 in New York (EDT).
    expect(formatMailDate('2026-07-01T15:00:00Z', 'nl', AMS)).toBe('woensdag 1 juli om 17:00');
    expect(formatMailDate('2026-07-01T15:00:00Z', 'en', 'America/New_York')).toBe('Wednesday 1 July at 11:00');
    // Late evening UTC is already the next day in Amsterdam.
    expect(formatMailDate('2026-11-30T23:30:00Z', 'en', AMS)).toBe('Tuesday 1 December at 00:30');
  });

  it('writes the first of the month and one o’clock the way each language does', () => {
    const at = '2026-12-01T00:05:00Z'; // Tuesday 1 December, 01:05 in Amsterdam
    expect(formatMailDate(at, 'fr', AMS)).toBe('mardi 1er décembre à 1h05');
    expect(formatMailDate(at, 'it', AMS)).toBe('martedì 1º dicembre all’1:05');
    expect(formatMailDate(at, 'es', AMS)).toBe('martes 1 de diciembre a la 1:05');
    expect(formatMailDate(at, 'de', AMS)).toBe('Dienstag, 1. Dezember um 01:05 Uhr');
    expect(formatMailDate(at, 'ru', AMS)).toBe('вторник, 1 декабря, в 1:05');
  });

  it('names the zone once when asked', () => {
    expect(formatMailDateWithZone('2024-12-03T16:00:00Z', 'nl', AMS)).toBe('dinsdag 3 december om 17:00 (Europe/Amsterdam)');
  });

  it('accepts ISO instants with an offset and gives the same local time in every language', () => {
    for (const language of MAIL_LANGUAGES) {
      expect(formatMailDate('2024-12-03T17:00:00+01:00', language, AMS)).toBe(formatMailDate('2024-12-03T16:00:00.000Z', language, AMS));
    }
  });

  it('refuses a date that is not ISO or a zone that is not IANA, naming the field', () => {
    expect(() => formatMailDate('next tuesday', 'en', AMS, 'dueAt')).toThrow(/dueAt: "next tuesday" is not an ISO date-time/);
    expect(() => formatMailDate('2024-12-03T16:00:00Z', 'en', 'Mars/Olympus')).toThrow(/timezone/);
  });
});

describe('formatMailMoney', () => {
  const NBSP = '\u00a0';

  it('writes an amount in cents as each language writes money', () => {
    expect(formatMailMoney(995, 'eur', 'en')).toBe('€9.95');
    expect(formatMailMoney(995, 'EUR', 'nl')).toBe(`€${NBSP}9,95`);
    expect(formatMailMoney(995, 'eur', 'de')).toBe(`9,95${NBSP}€`);
    expect(formatMailMoney(995, 'eur', 'fr')).toBe(`9,95${NBSP}€`);
    expect(formatMailMoney(995, 'eur', 'es')).toBe(`9,95${NBSP}€`);
    expect(formatMailMoney(995, 'eur', 'it')).toBe(`9,95${NBSP}€`);
    expect(formatMailMoney(995, 'eur', 'ru')).toBe(`9,95${NBSP}€`);
    expect(formatMailMoney(123456, 'eur', 'de')).toBe(`1.234,56${NBSP}€`);
    expect(formatMailMoney(9900, 'usd', 'en')).toBe('$99.00');
  });

  it('takes the minor unit of the currency: a yen has no cents', () => {
    expect(formatMailMoney(500, 'jpy', 'en')).toBe('¥500');
    expect(formatMailMoney(0, 'eur', 'en')).toBe('€0.00');
  });

  it('refuses an amount that is not a whole number and a currency that is not a three-letter code', () => {
    expect(() => formatMailMoney(9.95, 'eur', 'en')).toThrow(RangeError);
    expect(() => formatMailMoney(Number.NaN, 'eur', 'en')).toThrow(/amountCents/);
    expect(() => formatMailMoney('995' as never, 'eur', 'en')).toThrow(/amountCents/);
    expect(() => formatMailMoney(995, 'euro', 'en')).toThrow(RangeError);
    expect(() => formatMailMoney(995, '', 'en')).toThrow(/currency/);
  });
});
