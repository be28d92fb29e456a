import { useId, useMemo, useRef, useState } from 'react';
import { Badge, Box, Button, Field, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { DateTime } from 'luxon';
import { useT } from '../../hooks/useT';
import { addDate, byDate, errorAt, isLocalDate } from '../../utils/settings';

/** A calendar date as staff read it in their language: "Tue 15 Jun 2027". */
export function useDateLabel() {
  const { locale } = useT();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    return (date: string) => (isLocalDate(date) ? format.format(new Date(`${date}T12:00:00Z`)) : date);
  }, [locale]);
}

/**
 * A list of calendar dates: a date input with "Add", and each date as a removable entry, in date
 * order. A date already listed is refused at the input; a date gone by stays listed, marked as past.
 * `details` renders what belongs to one date (its hours), below it.
 */
export const DateListEditor = ({
  title,
  hint,
  inputLabel,
  addLabel,
  dates,
  prefix,
  zone,
  errors,
  disabled,
  layout,
  testId,
  onChange,
  details,
}: {
  title: string;
  hint: string;
  inputLabel: string;
  addLabel: string;
  /** As stored; shown in date order, each keeping its index for the server's errors. */
  dates: string[];
  /** Where the list sits in the settings (errors are keyed `${prefix}.${index}`). */
  prefix: string;
  /** The calendar's zone, whose today decides what is past. */
  zone: string;
  errors: Record<string, string>;
  disabled: boolean;
  layout: 'chips' | 'rows';
  testId: string;
  /** The new list (sorted), or `removed` as the stored index of the date taken out. */
  onChange: (change: { added: string; dates: string[] } | { removed: number }) => void;
  details?: (index: number, label: string) => React.ReactNode;
}) => {
  const { t } = useT();
  const label = useDateLabel();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const today = DateTime.now().setZone(zone).toISODate() ?? '';
  const order = byDate(dates);

  const add = () => {
    const result = addDate(dates, text);
    if ('problem' in result) {
      setProblem(result.problem === 'duplicate' ? t('settings.dates.duplicate', { date: label(text.trim()) }) : t('settings.dates.invalid'));
      return;
    }
    onChange({ added: text.trim(), dates: result.dates });
    setText('');
    setProblem(null);
  };
  const remove = (index: number) => {
    onChange({ removed: index });
    // The removed entry's button is gone: the focus goes back to the date input rather than the page.
    input.current?.focus();
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} role="group" aria-labelledby={titleId} data-testid={testId}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography id={titleId} variant="pi" fontWeight="bold">
          {title}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      </Flex>
      {!disabled && (
        <Flex gap={2} alignItems="flex-end">
          <Box width="16rem">
            <Field.Root name={`${prefix}.new`} error={problem ?? undefined}>
              <Field.Label>{inputLabel}</Field.Label>
              <TextInput
                ref={input}
                type="date"
                value={text}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                  setText(event.target.value);
                  setProblem(null);
                }}
                onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    add();
                  }
                }}
              />
              <Field.Error />
            </Field.Root>
          </Box>
          {/* Aligned with the input, not with its error below. */}
          <Box paddingBottom={problem ? 6 : 0}>
            <Button variant="secondary" size="L" startIcon={<Plus />} onClick={add}>
              {addLabel}
            </Button>
          </Box>
        </Flex>
      )}
      {dates.length === 0 ? (
        <Typography variant="pi" textColor="neutral500">
          {t('settings.calendar.noDates')}
        </Typography>
      ) : (
        <Flex tag="ul" aria-labelledby={titleId} direction={layout === 'chips' ? 'row' : 'column'} wrap="wrap" alignItems={layout === 'chips' ? 'flex-start' : 'stretch'} gap={2}>
          {order.map((index) => {
            const date = dates[index];
            const past = date < today;
            const error = errors[`${prefix}.${index}`] ?? errorAt(errors, `${prefix}.${index}.date`);
            const text = label(date);
            return (
              <Box
                tag="li"
                key={`${date}-${index}`}
                data-testid={`${testId}-entry`}
                data-date={date}
                background={past ? 'neutral100' : 'neutral0'}
                borderColor={error ? 'danger600' : 'neutral200'}
                hasRadius
                paddingTop={1}
                paddingBottom={1}
                paddingLeft={3}
                paddingRight={1}
              >
                <Flex gap={2} alignItems="center">
                  <Typography fontWeight="semiBold" textColor={past ? 'neutral500' : 'neutral800'}>
                    <time dateTime={date}>{text}</time>
                  </Typography>
                  {past && <Badge>{t('settings.dates.past')}</Badge>}
                  {layout === 'rows' && <Box grow={1} />}
                  {!disabled && (
                    <IconButton label={t('settings.dates.remove', { date: text })} variant="ghost" size="S" onClick={() => remove(index)}>
                      <Trash />
                    </IconButton>
                  )}
                </Flex>
                {details && <Box paddingTop={2} paddingBottom={2}>{details(index, text)}</Box>}
                {error && (
                  <Typography variant="pi" textColor="danger600" role="alert">
                    {error}
                  </Typography>
                )}
              </Box>
            );
          })}
        </Flex>
      )}
    </Flex>
  );
};
