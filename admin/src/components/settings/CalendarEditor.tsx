import { Box, Button, Checkbox, Field, Flex, Grid, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { CalendarSettings } from '../../api/types';
import { useT } from '../../hooks/useT';
import { addInterval, errorAt, removeInterval, updateInterval, type Interval } from '../../utils/settings';
import { DateListEditor } from './DateListEditor';
import { HolidayPreview } from './HolidayPreview';
import { HolidayPlaceFields, ZoneField } from './pickers';

const DAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const;

/** Monday is day 1 (ISO); 2024-01-01 was a Monday. */
export const weekdayName = (day: number, locale: string) => {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
  // Dutch, French, Spanish, Italian and Russian write weekdays in lower case; as a row label it starts with a capital.
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
};

interface Props {
  calendar: CalendarSettings;
  /** Where this calendar sits in the settings, e.g. `sla.tiers.standard.calendar` (errors are keyed so). */
  prefix: string;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (path: (string | number)[], value: unknown) => void;
}

/** The opening intervals of one day (a weekday, or a date with its own hours), each with its errors. */
const IntervalsEditor = ({
  intervals,
  prefix,
  dayName,
  errors,
  disabled,
  emptyText,
  onChange,
}: {
  intervals: Interval[];
  /** e.g. `sla.staffedHours.weekly.6` or `sla.staffedHours.openDates.0.intervals` */
  prefix: string;
  dayName: string;
  errors: Record<string, string>;
  disabled: boolean;
  emptyText: string;
  onChange: (intervals: Interval[]) => void;
}) => {
  const { t } = useT();
  const dayError = errorAt(errors, prefix, true);
  return (
    <Flex gap={4} alignItems="flex-start" grow={1}>
      <Flex direction="column" alignItems="flex-start" gap={2} grow={1}>
        {intervals.length === 0 && (
          <Box paddingTop={2}>
            <Typography textColor="neutral500">{emptyText}</Typography>
          </Box>
        )}
        {intervals.map((interval, index) => {
          const path = `${prefix}.${index}`;
          const change = (patch: Partial<Interval>) => onChange(updateInterval(intervals, index, patch));
          return (
            <Flex key={index} gap={2} alignItems="flex-start">
              {(['start', 'end'] as const).map((edge) => (
                <Field.Root key={edge} name={`${path}.${edge}`} error={errorAt(errors, `${path}.${edge}`)} style={{ width: '9rem' }}>
                  <TextInput
                    aria-label={t(edge === 'start' ? 'settings.calendar.opens' : 'settings.calendar.closes', { day: dayName })}
                    value={interval[edge]}
                    placeholder="09:00"
                    size="S"
                    disabled={disabled}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => change({ [edge]: event.target.value })}
                  />
                  <Field.Error />
                </Field.Root>
              ))}
              {!disabled && (
                <IconButton label={t('settings.calendar.removeInterval', { day: dayName })} variant="ghost" onClick={() => onChange(removeInterval(intervals, index))}>
                  <Trash />
                </IconButton>
              )}
            </Flex>
          );
        })}
        {dayError && (
          <Typography variant="pi" textColor="danger600" role="alert">
            {dayError}
          </Typography>
        )}
      </Flex>
      {!disabled && (
        <Button variant="tertiary" size="S" startIcon={<Plus />} onClick={() => onChange(addInterval(intervals))}>
          {t('settings.calendar.addInterval', { day: dayName })}
        </Button>
      )}
    </Flex>
  );
};

/** One calendar: weekly hours, time zone, holidays and custom dates, with its closed days of the next year. */
export const CalendarEditor = ({ calendar, prefix, errors, disabled, onChange }: Props) => {
  const { t, locale } = useT();
  const weekly = calendar.weekly as Record<string, Interval[] | undefined>;
  // A new date with its own hours starts with the hours of its weekday, or the usual 09:00–17:00.
  const hoursOf = (date: string) => {
    const day = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const usual = weekly[String(day)] ?? [];
    return usual.length ? usual : [{ start: '09:00', end: '17:00' }];
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('settings.calendar.weekly')}
        </Typography>
        <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2} data-testid={`${prefix}.weekly`}>
          {DAYS.map((day) => {
            const dayName = weekdayName(Number(day), locale);
            return (
              <Flex key={day} gap={4} alignItems="flex-start" data-testid={`day-${day}`}>
                <Box width="11rem" paddingTop={2} shrink={0}>
                  <Typography fontWeight="semiBold">{dayName}</Typography>
                </Box>
                <IntervalsEditor
                  intervals={weekly[day] ?? []}
                  prefix={`${prefix}.weekly.${day}`}
                  dayName={dayName}
                  errors={errors}
                  disabled={disabled}
                  emptyText={t('settings.calendar.closed')}
                  onChange={(intervals) => onChange(['weekly', day], intervals)}
                />
              </Flex>
            );
          })}
          {errors[`${prefix}.weekly`] && (
            <Typography variant="pi" textColor="danger600" role="alert">
              {errors[`${prefix}.weekly`]}
            </Typography>
          )}
        </Flex>
      </Box>

      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <ZoneField
            name={`${prefix}.timezone`}
            label={t('settings.calendar.timezone')}
            hint={t('settings.calendar.timezoneHint')}
            value={calendar.timezone}
            error={errors[`${prefix}.timezone`]}
            disabled={disabled}
            onChange={(value) => onChange(['timezone'], value)}
          />
        </Grid.Item>
        <HolidayPlaceFields
          prefix={prefix}
          country={calendar.holidays.country}
          region={calendar.holidays.region}
          errors={errors}
          disabled={disabled}
          onChange={({ country, region }) => onChange(['holidays'], { ...calendar.holidays, country, region })}
        />
      </Grid.Root>

      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Typography variant="pi" fontWeight="bold">
          {t('settings.calendar.types')}
        </Typography>
        <Flex gap={5} wrap="wrap">
          {HOLIDAY_TYPES.map((type) => (
            <Checkbox
              key={type}
              disabled={disabled}
              checked={calendar.holidays.types.includes(type)}
              onCheckedChange={(checked: boolean | 'indeterminate') =>
                onChange(['holidays', 'types'], checked === true ? [...calendar.holidays.types, type] : calendar.holidays.types.filter((known) => known !== type))
              }
            >
              {t(`settings.holidayType.${type}`)}
            </Checkbox>
          ))}
        </Flex>
        {errorAt(errors, `${prefix}.holidays.types`) && (
          <Typography variant="pi" textColor="danger600">
            {errorAt(errors, `${prefix}.holidays.types`)}
          </Typography>
        )}
        <Checkbox disabled={disabled} checked={calendar.openOnHolidays} onCheckedChange={(checked: boolean | 'indeterminate') => onChange(['openOnHolidays'], checked === true)}>
          {t('settings.calendar.openOnHolidays')}
        </Checkbox>
      </Flex>

      <Grid.Root gap={6}>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          <DateListEditor
            title={t('settings.calendar.closedDates')}
            hint={t('settings.calendar.closedDatesHint')}
            inputLabel={t('settings.calendar.closedDateInput')}
            addLabel={t('settings.dates.add')}
            dates={calendar.closedDates}
            prefix={`${prefix}.closedDates`}
            zone={calendar.timezone}
            errors={errors}
            disabled={disabled}
            layout="chips"
            testId="closed-dates"
            onChange={(change) => onChange(['closedDates'], 'removed' in change ? calendar.closedDates.filter((_, i) => i !== change.removed) : change.dates)}
          />
        </Grid.Item>
        <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
          <DateListEditor
            title={t('settings.calendar.openDates')}
            hint={t('settings.calendar.openDatesHint')}
            inputLabel={t('settings.calendar.openDateInput')}
            addLabel={t('settings.dates.add')}
            dates={calendar.openDates.map((entry) => entry.date)}
            prefix={`${prefix}.openDates`}
            zone={calendar.timezone}
            errors={errors}
            disabled={disabled}
            layout="rows"
            testId="open-dates"
            onChange={(change) =>
              onChange(
                ['openDates'],
                'removed' in change
                  ? calendar.openDates.filter((_, i) => i !== change.removed)
                  : [...calendar.openDates, { date: change.added, intervals: hoursOf(change.added) }].sort((a, b) => a.date.localeCompare(b.date))
              )
            }
            details={(index, dayName) => (
              <IntervalsEditor
                intervals={calendar.openDates[index].intervals}
                prefix={`${prefix}.openDates.${index}.intervals`}
                dayName={dayName}
                errors={errors}
                disabled={disabled}
                emptyText={t('settings.calendar.closed')}
                onChange={(intervals) => onChange(['openDates', index, 'intervals'], intervals)}
              />
            )}
          />
        </Grid.Item>
      </Grid.Root>

      <HolidayPreview calendar={calendar} />
    </Flex>
  );
};
