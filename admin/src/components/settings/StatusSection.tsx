import { useState } from 'react';
import { Badge, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useQuery } from '@tanstack/react-query';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT } from '../../hooks/useT';
import { Fact } from '../Panel';
import { Card } from './fields';

/** How mail and payments are set up and doing (GET /settings/status), and a test mail. */
export const StatusSection = ({ canManage }: { canManage: boolean }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const { toggleNotification } = useNotification();
  const [sending, setSending] = useState(false);
  const status = useQuery({ queryKey: ['helpdesk', 'settings', 'status'], queryFn: () => api.settingsStatus(), refetchInterval: 30_000 });
  const when = (iso: string | null) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : t('settings.status.never'));
  const yes = (ok: boolean, label: string) => (
    <Badge active={ok} backgroundColor={ok ? 'success100' : 'danger100'} textColor={ok ? 'success700' : 'danger700'}>
      {label}
    </Badge>
  );
  if (!status.data) return <Typography>{status.isError ? t('settings.loadFailed') : t('settings.loading')}</Typography>;
  const { mail, payments } = status.data;
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Card title={t('settings.status.mail')} testId="status-mail">
          <Fact label={t('settings.status.provider')}>{mail.providerConfigured ?? t('settings.status.noProvider')}</Fact>
          <Fact label={t('settings.status.mailEnabled')}>{yes(mail.enabled, mail.enabled ? t('settings.status.on') : t('settings.status.off'))}</Fact>
          <Fact label={t('settings.status.lastSent')}>{when(mail.lastSentAt)}</Fact>
          <Fact label={t('settings.status.queue')}>{t('settings.status.queueCounts', { failed: mail.failed, pending: mail.pending })}</Fact>
          {canManage && (
            <Flex>
              <Button
                variant="secondary"
                loading={sending}
                onClick={async () => {
                  setSending(true);
                  try {
                    const sent = await api.testMail();
                    toggleNotification({ type: 'success', message: t('settings.status.testSent', { to: sent.to }) });
                  } catch (error) {
                    toggleNotification({ type: 'danger', message: t('settings.status.testFailed', { reason: (error as Error)?.message ?? '' }) });
                  } finally {
                    setSending(false);
                    status.refetch();
                  }
                }}
              >
                {t('settings.status.sendTest')}
              </Button>
            </Flex>
          )}
        </Card>
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Card title={t('settings.status.payments')} testId="status-payments">
          <Fact label={t('settings.status.keys')}>
            <Flex gap={2}>
              {yes(payments.keys.secret, t('settings.status.secretKey'))}
              {yes(payments.keys.webhook, t('settings.status.webhookKey'))}
            </Flex>
          </Fact>
          <Fact label={t('settings.status.currency')}>{payments.currency.toUpperCase()}</Fact>
          <Fact label={t('settings.status.lastWebhook')}>{when(payments.lastWebhookAt)}</Fact>
        </Card>
      </Grid.Item>
    </Grid.Root>
  );
};
