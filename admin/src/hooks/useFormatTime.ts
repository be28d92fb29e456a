import { useCallback, useMemo } from 'react';
import { useT } from './useT';

/**
 * Formats instants for staff: weekday, date and time, in `timeZone` when given (the service time
 * zone a ticket's SLA is kept in), otherwise in the browser's.
 */
export function useFormatTime(timeZone?: string) {
  const { locale } = useT();
  const format = useMemo(
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }),
    [locale, timeZone]
  );
  return useCallback((iso: string) => format.format(new Date(iso)), [format]);
}

/** Formats the day of an instant for staff ("12 March 2026"), in the browser's time zone. */
export function useFormatDate() {
  const { locale } = useT();
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }), [locale]);
  return useCallback((iso: string) => format.format(new Date(iso)), [format]);
}
