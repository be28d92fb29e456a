import { useState } from 'react';
import { Box, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import type { SlaSettings } from '../../api/types';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT } from '../../hooks/useT';
import { useDebounced } from './HolidayPreview';
import { ZoneField } from './pickers';

const TIERS = ['standard', 'priority'] as const;
const LOCAL = "yyyy-MM-dd'T'HH:mm";

/**
 * "Try it": when a ticket received at a chosen moment gets its first answer, per tier, under the
 * unsaved service levels. The moment is typed in a zone of the user's choosing (by default the
 * standard tier's, until another is picked), and each due time is shown in its tier's own zone and
 * in the picked one: a customer abroad and the desk read the same instant differently.
 */
export const TryIt = ({ sla }: { sla: SlaSettings }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const standardZone = sla.tiers.standard.calendar.timezone;
  const [picked, setPicked] = useState<string | null>(null);
  const zone = picked ?? standardZone;
  const [local, setLocal] = useState(() => DateTime.now().setZone(standardZone).startOf('minute').toFormat(LOCAL));
  const receivedAt = DateTime.fromISO(local, { zone });
  const settled = useDebounced({ at: receivedAt.isValid ? receivedAt.toISO() : null, sla });
  const due = useQuery({
    queryKey: ['helpdesk', 'settings', 'due', settled],
    queryFn: () => api.previewDue(settled.at as string, settled.sla),
    enabled: Boolean(settled.at),
    retry: false,
  });
  const inZone = (iso: string, where: string, withDay: boolean) =>
    DateTime.fromISO(iso)
      .setZone(where)
      .setLocale(locale)
      .toLocaleString(withDay ? { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' } : { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  const show = (iso: string | null, tierZone: string) => {
    if (!iso) return t('settings.tryIt.never');
    const own = t('settings.tryIt.inZone', { time: inZone(iso, tierZone, true), zone: tierZone });
    return tierZone === zone ? own : `${own} · ${t('settings.tryIt.inZone', { time: inZone(iso, zone, false), zone })}`;
  };
  return (
    <Box background="primary100" padding={4} hasRadius data-testid="try-it">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="sigma" textColor="primary700" tag="h3">
          {t('settings.tryIt.title')}
        </Typography>
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <Box width="26rem">
            <Field.Root name="tryIt" hint={t('settings.tryIt.hint')}>
              <Field.Label>{t('settings.tryIt.receivedAt')}</Field.Label>
              <TextInput type="datetime-local" value={local} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setLocal(event.target.value)} />
              <Field.Hint />
            </Field.Root>
          </Box>
          <Box width="32rem" data-testid="try-it-zone">
            <ZoneField name="tryItZone" label={t('settings.tryIt.zone')} hint={t('settings.tryIt.zoneHint')} value={zone} onChange={setPicked} />
          </Box>
          <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={6} grow={1} style={{ minWidth: '24rem' }}>
            {due.isError && <Typography textColor="danger600">{t('settings.tryIt.invalid')}</Typography>}
            {due.data && (
              <>
                {TIERS.map((tier) => (
                  <Typography key={tier} data-testid={`try-it-${tier}`} data-due={due.data[tier].firstResponseDueAt ?? ''}>
                    {t('settings.tryIt.due', { tier: t(`settings.tier.${tier}`), due: show(due.data[tier].firstResponseDueAt, sla.tiers[tier].calendar.timezone) })}
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
