import { useEffect, useState } from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import type { CalendarSettings } from '../../api/types';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT } from '../../hooks/useT';

/** The value after it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 500): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The days the calendar as edited closes on in the next 12 months (POST /settings/preview/holidays, nothing saved). */
export const HolidayPreview = ({ calendar }: { calendar: CalendarSettings }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const settled = useDebounced(calendar);
  const preview = useQuery({
    queryKey: ['helpdesk', 'settings', 'holidays', settled],
    queryFn: () => api.previewHolidays(settled),
    retry: false,
  });
  const date = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <Box background="neutral100" padding={4} hasRadius data-testid="holiday-preview">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('settings.holidays.title')}
      </Typography>
      <Box paddingTop={3}>
        {preview.isPending ? (
          <Loader small>{t('settings.loading')}</Loader>
        ) : preview.isError ? (
          <Typography textColor="danger600">{t('settings.holidays.invalid')}</Typography>
        ) : preview.data.data.length === 0 ? (
          <Typography textColor="neutral600">{t('settings.holidays.none')}</Typography>
        ) : (
          <Box tag="ul" style={{ columns: 2, columnGap: '3rem' }}>
            {preview.data.data.map((day) => (
              <Flex tag="li" key={`${day.date}-${day.source}`} gap={3} paddingBottom={1} data-testid="holiday-preview-day" data-date={day.date} style={{ breakInside: 'avoid' }}>
                <Box width="16rem" shrink={0}>
                  <Typography fontWeight="semiBold">{date.format(new Date(`${day.date}T12:00:00Z`))}</Typography>
                </Box>
                <Typography textColor="neutral700">{day.source === 'closedDate' ? t('settings.holidays.closedDate') : day.name}</Typography>
              </Flex>
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
};
