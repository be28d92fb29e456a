import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import type { TicketMail } from '../api/types';
import { useFormatTime } from '../hooks/useFormatTime';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { useTicketMutation } from '../hooks/useTicketMutation';
import { Panel } from './Panel';

const STATUS_VARIANT = { queued: 'secondary', sent: 'success', failed: 'danger' } as const;

/** The mails the ticket caused, with how their delivery went; a failed one can be sent again. */
export const MailsPanel = ({ documentId, canManage }: { documentId: string; canManage: boolean }) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const formatTime = useFormatTime();
  const mails = useQuery({ queryKey: ['helpdesk', 'ticket', documentId, 'mails'], queryFn: () => api.mails(documentId), refetchInterval: 30_000 });
  const resend = useTicketMutation(documentId, (mailId: number) => api.resendMail(documentId, mailId), 'mails.resent');

  const when = (mail: TicketMail) => {
    if (mail.status === 'sent' && mail.sentAt) return t('mails.sentAt', { time: formatTime(mail.sentAt) });
    if (mail.status === 'queued' && mail.nextAttemptAt) return t('mails.nextAttempt', { time: formatTime(mail.nextAttemptAt) });
    return t('mails.queuedAt', { time: formatTime(mail.queuedAt) });
  };

  return (
    <Panel title={t('mails.title')}>
      {(mails.data ?? []).length === 0 && (
        <Typography textColor="neutral600">{mails.isPending ? t('mails.loading') : t('mails.none')}</Typography>
      )}
      {(mails.data ?? []).map((mail) => (
        <Box key={mail.id} data-testid="ticket-mail" data-mail-status={mail.status} paddingBottom={2}>
          <Flex justifyContent="space-between" gap={2} wrap="wrap">
            <Typography fontWeight="bold" textColor="neutral800">
              {t(`mails.template.${mail.template}`)}
            </Typography>
            <Badge variant={STATUS_VARIANT[mail.status]}>{t(`mails.status.${mail.status}`)}</Badge>
          </Flex>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {mail.to} · {when(mail)}
            {mail.attempts > 1 ? ` · ${t('mails.attempts', { count: mail.attempts })}` : ''}
          </Typography>
          {mail.lastError && (
            <Typography variant="pi" textColor={mail.status === 'failed' ? 'danger600' : 'neutral600'} tag="p">
              {mail.lastError}
            </Typography>
          )}
          {canManage && mail.status === 'failed' && (
            <Flex paddingTop={1}>
              <Button variant="tertiary" size="S" loading={resend.isPending && resend.variables === mail.id} onClick={() => resend.mutate(mail.id)}>
                {t('mails.resend')}
              </Button>
            </Flex>
          )}
        </Box>
      ))}
    </Panel>
  );
};
