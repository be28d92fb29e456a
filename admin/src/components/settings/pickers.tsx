import { useMemo } from 'react';
import { Combobox, ComboboxOption, Field, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT } from '../../hooks/useT';
import { timeZoneList, utcOffset } from '../../utils/settings';

/** The region option "the whole country" (a select option needs a value that is not empty). */
const WHOLE_COUNTRY = '*';

/** A time zone picked from the browser's list of IANA zones, searchable by any part of its name. */
export const ZoneField = ({
  name,
  label,
  hint,
  value,
  error,
  disabled,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  disabled?: boolean;
  onChange: (zone: string) => void;
}) => {
  const { t } = useT();
  const zones = useMemo(() => timeZoneList([value]), [value]);
  const now = useMemo(() => new Date(), []);
  return (
    <Field.Root name={name} hint={hint} error={error}>
      <Field.Label>{label}</Field.Label>
      <Combobox
        value={value}
        disabled={disabled}
        autocomplete={{ type: 'list', filter: 'contains' }}
        noOptionsMessage={(text: string) => t('settings.select.noMatch', { text })}
        onChange={(zone?: string) => zone && onChange(zone)}
      >
        {zones.map((zone) => (
          <ComboboxOption key={zone} value={zone}>
            {`${zone} (${utcOffset(zone, now)})`}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};

/** The countries and regions of the server's holiday data, in the interface language; fetched once. */
export function useHolidayRegions() {
  const api = useHelpdeskApi();
  const { locale } = useT();
  return useQuery({ queryKey: ['helpdesk', 'settings', 'holiday-regions', locale], queryFn: () => api.holidayRegions(locale), staleTime: Infinity });
}

/** Whose public holidays close the calendar: a country (or none) and, where it has them, one of its regions (two grid items). */
export const HolidayPlaceFields = ({
  prefix,
  country,
  region,
  errors,
  disabled,
  onChange,
}: {
  prefix: string;
  country: string | null;
  region: string | null;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (place: { country: string | null; region: string | null }) => void;
}) => {
  const { t } = useT();
  const regions = useHolidayRegions();
  const countries = regions.data ?? [];
  const chosen = countries.find((entry) => entry.code === country);
  // A code the list lacks (the list is still loading, or failed) still shows, as its code.
  const countryOptions = country && !chosen ? [{ code: country, name: country, regions: [] }, ...countries] : countries;
  const regionOptions = chosen?.regions ?? [];
  const regionKnown = region === null || regionOptions.some((entry) => entry.code === region);
  return (
    <>
      <Grid.Item col={4} s={6} direction="column" alignItems="stretch">
      <Field.Root name={`${prefix}.holidays.country`} hint={t('settings.calendar.countryHint')} error={errors[`${prefix}.holidays.country`] ?? (regions.isError ? t('settings.calendar.regionsFailed') : undefined)}>
        <Field.Label>{t('settings.calendar.country')}</Field.Label>
        <Combobox
          value={country ?? ''}
          disabled={disabled}
          loading={regions.isPending}
          loadingMessage={t('settings.loading')}
          placeholder={t('settings.calendar.noCountry')}
          autocomplete={{ type: 'list', filter: 'contains' }}
          noOptionsMessage={(text: string) => t('settings.select.noMatch', { text })}
          clearLabel={t('settings.calendar.clearCountry')}
          onClear={() => onChange({ country: null, region: null })}
          onChange={(code?: string) => {
            if (code === undefined || code === country) return;
            onChange({ country: code || null, region: null });
          }}
        >
          {countryOptions.map((entry) => (
            <ComboboxOption key={entry.code} value={entry.code}>
              {`${entry.name} (${entry.code})`}
            </ComboboxOption>
          ))}
        </Combobox>
        <Field.Error />
        <Field.Hint />
      </Field.Root>
      </Grid.Item>
      <Grid.Item col={4} s={6} direction="column" alignItems="stretch">
      <Field.Root
        name={`${prefix}.holidays.region`}
        hint={country && chosen && regionOptions.length === 0 ? t('settings.calendar.noRegions') : t('settings.calendar.regionHint')}
        error={errors[`${prefix}.holidays.region`]}
      >
        <Field.Label>{t('settings.calendar.region')}</Field.Label>
        <SingleSelect
          value={region ?? WHOLE_COUNTRY}
          disabled={disabled || !country || (Boolean(chosen) && regionOptions.length === 0 && region === null)}
          onChange={(code: string | number) => onChange({ country, region: code === WHOLE_COUNTRY ? null : String(code) })}
        >
          <SingleSelectOption value={WHOLE_COUNTRY}>{t('settings.calendar.wholeCountry')}</SingleSelectOption>
          {!regionKnown && region && <SingleSelectOption value={region}>{region}</SingleSelectOption>}
          {regionOptions.map((entry) => (
            <SingleSelectOption key={entry.code} value={entry.code}>
              {`${entry.name} (${entry.code})`}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
        <Field.Hint />
      </Field.Root>
      </Grid.Item>
    </>
  );
};
