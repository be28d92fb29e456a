import { Box, Button, Checkbox, Field, Flex, Grid, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { CalendarSettings } from '../../api/types';
import { useT } from '../../hooks/useT';
import { addInterval, errorAt, removeInterval, updateInterval, type Interval } from '../../utils/settings';
import { TextField } from './fields';
import { HolidayPreview } from './HolidayPreview';
import { ListEditor } from './ListEditor';

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

/** One calendar: weekly hours, time zone, holidays and custom dates, with its closed days of the next year. */
export const CalendarEditor = ({ calendar, prefix, errors, disabled, onChange }: Props) => {
  const { t, locale } = useT();
  const weekly = calendar.weekly as Record<string, Interval[] | undefined>;
  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('settings.calendar.weekly')}
        </Typography>
        <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2} data-testid={`${prefix}.weekly`}>
          {DAYS.map((day) => {
            const intervals = weekly[day] ?? [];
            const dayName = weekdayName(Number(day), locale);
            const dayError = errorAt(errors, `${prefix}.weekly.${day}`, true);
            return (
              <Flex key={day} gap={4} alignItems="flex-start" data-testid={`day-${day}`}>
                <Box width="11rem" paddingTop={2} shrink={0}>
                  <Typography fontWeight="semiBold">{dayName}</Typography>
                </Box>
                <Flex direction="column" alignItems="flex-start" gap={2} grow={1}>
                  {intervals.length === 0 && (
                    <Box paddingTop={2}>
                      <Typography textColor="neutral500">{t('settings.calendar.closed')}</Typography>
                    </Box>
                  )}
                  {intervals.map((interval, index) => {
                    const path = `${prefix}.weekly.${day}.${index}`;
                    const change = (patch: Partial<Interval>) => onChange(['weekly', day], updateInterval(intervals, index, patch));
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
                          <IconButton
                            label={t('settings.calendar.removeInterval', { day: dayName })}
                            variant="ghost"
                            onClick={() => onChange(['weekly', day], removeInterval(intervals, index))}
                          >
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
                  <Button variant="tertiary" size="S" startIcon={<Plus />} onClick={() => onChange(['weekly', day], addInterval(intervals))}>
                    {t('settings.calendar.addInterval', { day: dayName })}
                  </Button>
                )}
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
          <TextField
            name={`${prefix}.timezone`}
            label={t('settings.calendar.timezone')}
            hint={t('settings.calendar.timezoneHint')}
            value={calendar.timezone}
            error={errors[`${prefix}.timezone`]}
            disabled={disabled}
            onChange={(value) => onChange(['timezone'], value)}
          />
        </Grid.Item>
        <Grid.Item col={4} s={6} direction="column" alignItems="stretch">
          <TextField
            name={`${prefix}.holidays.country`}
            label={t('settings.calendar.country')}
            hint={t('settings.calendar.countryHint')}
            value={calendar.holidays.country ?? ''}
            error={errors[`${prefix}.holidays.country`]}
            disabled={disabled}
            onChange={(value) => onChange(['holidays', 'country'], value.trim() ? value.trim().toUpperCase() : null)}
          />
        </Grid.Item>
        <Grid.Item col={4} s={6} direction="column" alignItems="stretch">
          <TextField
            name={`${prefix}.holidays.region`}
            label={t('settings.calendar.region')}
            hint={t('settings.calendar.regionHint')}
            value={calendar.holidays.region ?? ''}
            error={errors[`${prefix}.holidays.region`]}
            disabled={disabled}
            onChange={(value) => onChange(['holidays', 'region'], value.trim() ? value.trim().toUpperCase() : null)}
          />
        </Grid.Item>
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
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ListEditor
            title={t('settings.calendar.closedDates')}
            hint={t('settings.calendar.closedDatesHint')}
            addLabel={t('settings.calendar.addClosedDate')}
            removeLabel={t('settings.calendar.removeDate')}
            emptyText={t('settings.calendar.noDates')}
            values={calendar.closedDates}
            pathOf={(index) => `${prefix}.closedDates.${index}`}
            errors={errors}
            disabled={disabled}
            onChange={(values) => onChange(['closedDates'], values)}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ListEditor
            title={t('settings.calendar.openDates')}
            hint={t('settings.calendar.openDatesHint')}
            addLabel={t('settings.calendar.addOpenDate')}
            removeLabel={t('settings.calendar.removeDate')}
            emptyText={t('settings.calendar.noDates')}
            values={calendar.openDates.map((entry) => `${entry.date} ${entry.intervals.map((i) => `${i.start}-${i.end}`).join(',')}`.trim())}
            pathOf={(index) => `${prefix}.openDates.${index}`}
            placeholder="2026-12-24 09:00-12:00"
            errors={errors}
            disabled={disabled}
            onChange={(values) =>
              onChange(
                ['openDates'],
                values.map((value) => {
                  const [date = '', hours = ''] = value.trim().split(/\s+/);
                  const intervals = hours
                    .split(',')
                    .filter(Boolean)
                    .map((pair) => {
                      const [start = '', end = ''] = pair.split('-');
                      return { start, end };
                    });
                  return { date, intervals };
                })
              )
            }
          />
        </Grid.Item>
      </Grid.Root>

      <HolidayPreview calendar={calendar} />
    </Flex>
  );
};
