import { useState } from 'react';
import { Box, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import type { SlaSettings } from '../../api/types';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT } from '../../hooks/useT';
import { useDebounced } from './HolidayPreview';

/** "Try it": when a ticket received at a chosen moment gets its first answer, per tier, under the unsaved service levels. */
export const TryIt = ({ sla }: { sla: SlaSettings }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const zone = sla.tiers.standard.calendar.timezone;
  const [local, setLocal] = useState(() => DateTime.now().setZone(zone).startOf('minute').toFormat("yyyy-MM-dd'T'HH:mm"));
  const receivedAt = DateTime.fromISO(local, { zone });
  const settled = useDebounced({ at: receivedAt.isValid ? receivedAt.toISO() : null, sla });
  const due = useQuery({
    queryKey: ['helpdesk', 'settings', 'due', settled],
    queryFn: () => api.previewDue(settled.at as string, settled.sla),
    enabled: Boolean(settled.at),
    retry: false,
  });
  const show = (iso: string | null) =>
    iso ? DateTime.fromISO(iso).setZone(zone).setLocale(locale).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }) : t('settings.tryIt.never');
  return (
    <Box background="primary100" padding={4} hasRadius data-testid="try-it">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="sigma" textColor="primary700" tag="h3">
          {t('settings.tryIt.title')}
        </Typography>
        <Flex gap={6} alignItems="flex-start" wrap="wrap">
          <Box width="24rem">
            <Field.Root name="tryIt" hint={t('settings.tryIt.hint', { zone })}>
              <Field.Label>{t('settings.tryIt.receivedAt')}</Field.Label>
              <TextInput type="datetime-local" value={local} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setLocal(event.target.value)} />
              <Field.Hint />
            </Field.Root>
          </Box>
          <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={6}>
            {due.isError && <Typography textColor="danger600">{t('settings.tryIt.invalid')}</Typography>}
            {due.data && (
              <>
                {(['standard', 'priority'] as const).map((tier) => (
                  <Typography key={tier} data-testid={`try-it-${tier}`} data-due={due.data[tier].firstResponseDueAt ?? ''}>
                    {t('settings.tryIt.due', { tier: t(`settings.tier.${tier}`), due: show(due.data[tier].firstResponseDueAt) })}
                  </Typography>
                ))}
                <Typography variant="pi" textColor="neutral600">
                  {t(due.data.staffed ? 'settings.tryIt.staffed' : 'settings.tryIt.notStaffed')}
                </Typography>
              </>
            )}
          </Flex>
        </Flex>
      </Flex>
    </Box>
  );
};
