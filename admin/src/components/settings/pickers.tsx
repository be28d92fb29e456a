import { useEffect, useMemo, useState } from 'react';
import { Combobox, ComboboxOption, Field, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT } from '../../hooks/useT';
import { timeZoneList, utcOffset } from '../../utils/settings';

/** The region option "the whole country" (a select option needs a value that is not empty). */
const WHOLE_COUNTRY = '*';

interface Option {
  value: string;
  label: string;
}

/**
 * A Combobox over a long list that shows the chosen option's label. The text is kept here: the
 * Combobox only learns an option's label from a mounted option, and a list of more than a hundred
 * is virtualised, so the chosen one may never mount. Text typed and left without choosing goes back
 * to the chosen label; clearing is the clear button's job.
 */
const SearchableSelect = ({
  value,
  options,
  disabled,
  loading,
  placeholder,
  clearLabel,
  onChange,
}: {
  value: string | null;
  options: Option[];
  disabled?: boolean;
  loading?: boolean;
  placeholder?: string;
  /** Given: the choice can be cleared (to null). */
  clearLabel?: string;
  onChange: (value: string | null) => void;
}) => {
  const { t } = useT();
  const labelOf = (code: string | null) => (code === null ? '' : (options.find((option) => option.value === code)?.label ?? code));
  const label = labelOf(value);
  const [text, setText] = useState(label);
  useEffect(() => setText(label), [label]);
  return (
    <Combobox
      value={value ?? ''}
      textValue={text}
      onTextValueChange={setText}
      disabled={disabled}
      loading={loading}
      loadingMessage={t('settings.loading')}
      placeholder={placeholder}
      autocomplete={{ type: 'list', filter: 'contains' }}
      noOptionsMessage={(typed: string) => t('settings.select.noMatch', { text: typed })}
      clearLabel={clearLabel}
      // Typing replaces the chosen label rather than adding to it; after the click has placed the caret.
      onFocus={(event: React.FocusEvent<HTMLInputElement>) => {
        const input = event.target;
        setTimeout(() => input.select(), 0);
      }}
      onClear={clearLabel ? () => onChange(null) : undefined}
      onChange={(next?: string) => {
        if (next) {
          setText(labelOf(next));
          if (next !== value) onChange(next);
        } else setText(label);
      }}
    >
      {options.map((option) => (
        <ComboboxOption key={`${option.value}:${option.label}`} value={option.value}>
          {option.label}
        </ComboboxOption>
      ))}
    </Combobox>
  );
};

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
  const options = useMemo(() => {
    const now = new Date();
    return timeZoneList([value]).map((zone) => ({ value: zone, label: `${zone} (${utcOffset(zone, now)})` }));
  }, [value]);
  return (
    <Field.Root name={name} hint={hint} error={error}>
      <Field.Label>{label}</Field.Label>
      <SearchableSelect value={value} options={options} disabled={disabled} onChange={(zone) => zone && onChange(zone)} />
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
        <SearchableSelect
          value={country}
          options={countryOptions.map((entry) => ({ value: entry.code, label: `${entry.name} (${entry.code})` }))}
          disabled={disabled}
          loading={regions.isPending}
          placeholder={t('settings.calendar.noCountry')}
          clearLabel={t('settings.calendar.clearCountry')}
          onChange={(code) => onChange({ country: code, region: null })}
        />
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
