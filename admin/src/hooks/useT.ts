import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import en from '../translations/en.json';

export type MessageKey = keyof typeof en;
type Values = Record<string, string | number | Date | null | undefined>;

/**
 * The plugin's strings in the admin's interface language. English is the fallback for a key a
 * translation lacks, so a missing translation shows words rather than an id.
 */
export function useT() {
  const intl = useIntl();
  const t = useCallback(
    (key: MessageKey, values?: Values) => intl.formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] }, values as any) as string,
    [intl]
  );
  return { t, locale: intl.locale, intl };
}
