import { Flex, Grid, Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useQuery } from '@tanstack/react-query';
import { NavLink, useParams } from 'react-router-dom';
import { acceptsStaffReply } from '../../../server/src/domain/tickets/transitions';
import { AssignmentPanel } from '../components/AssignmentPanel';
import { Composer, ComposerNotice } from '../components/Composer';
import { CreditsPanel } from '../components/CreditsPanel';
import { CustomerPanel } from '../components/CustomerPanel';
import { MailsPanel } from '../components/MailsPanel';
import { SlaBadge } from '../components/SlaBadge';
import { SlaPanel } from '../components/SlaPanel';
import { StatusBadge } from '../components/StatusBadge';
import { StatusMenu } from '../components/StatusMenu';
import { Thread } from '../components/Thread';
import { TierBadge } from '../components/TierBadge';
import { useFormatTime } from '../hooks/useFormatTime';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useNow } from '../hooks/useNow';
import { usePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';

/** One ticket: its thread and composer, and beside them the SLA, the assignment, the credits and the customer. */
export const TicketPage = () => {
  const { documentId = '' } = useParams();
  const { t } = useT();
  const api = useHelpdeskApi();
  const now = useNow();
  const { canReply, canManage, isLoading: permissionsLoading } = usePermissions();
  const ticket = useQuery({
    queryKey: ['helpdesk', 'ticket', documentId],
    queryFn: () => api.ticket(documentId),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
  const formatTime = useFormatTime(ticket.data?.timezone);

  if (ticket.isPending || permissionsLoading) return <Page.Loading />;
  if (ticket.isError) return <Page.Error />;
  const data = ticket.data;
  const title = data.reference ? `${data.reference} · ${data.subject}` : data.subject;

  let composer: React.ReactNode;
  if (!canReply) composer = <ComposerNotice message={t('composer.noPermission')} />;
  else if (!acceptsStaffReply(data.status)) composer = <ComposerNotice message={t('composer.closed')} />;
  else composer = <Composer key={data.documentId} ticket={data} canManage={canManage} />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={NavLink} to=".." startIcon={<ArrowLeft />}>
            {t('ticket.back')}
          </Link>
        }
        title={title}
        subtitle={
          <Flex gap={2} paddingTop={1} wrap="wrap">
            <StatusBadge status={data.status} />
            <TierBadge tier={data.tier} />
            <SlaBadge ticket={data} now={now} />
          </Flex>
        }
        primaryAction={canManage ? <StatusMenu ticket={data} /> : undefined}
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={6}>
            <Thread ticket={data} formatTime={formatTime} />
            {composer}
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={4}>
            <SlaPanel ticket={data} now={now} />
            <AssignmentPanel ticket={data} canManage={canManage} />
            <CreditsPanel ticket={data} canManage={canManage} canReply={canReply} />
            <CustomerPanel ticket={data} canManage={canManage} />
            <MailsPanel documentId={data.documentId} canManage={canManage} />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
