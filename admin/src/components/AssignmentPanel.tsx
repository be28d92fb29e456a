import { Button, Dialog, Field, Flex, SingleSelect, SingleSelectOption, TextButton, Typography } from '@strapi/design-system';
import { Lightning, User } from '@strapi/icons';
import { ConfirmDialog, useAuth } from '@strapi/strapi/admin';
import { useQuery } from '@tanstack/react-query';
import { adminName } from '../../../server/src/names';
import type { TicketDetail, TicketTier } from '../api/types';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { useTicketMutation } from '../hooks/useTicketMutation';
import { Fact, Panel } from './Panel';
import { StatusBadge } from './StatusBadge';
import { TierBadge } from './TierBadge';

const UNASSIGNED = 'none';

/** Status, tier and assignee: changed here by admins who may manage tickets, read by the others. */
export const AssignmentPanel = ({ ticket, canManage }: { ticket: TicketDetail; canManage: boolean }) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const me = useAuth('HelpdeskAssignment', (state) => state.user);
  const assignees = useQuery({ queryKey: ['helpdesk', 'assignees'], queryFn: api.assignees, staleTime: 5 * 60_000, enabled: canManage });
  const assign = useTicketMutation(ticket.documentId, (assignee: number | null) => api.assign(ticket.documentId, assignee), 'assignee.changed');
  const setTier = useTicketMutation(ticket.documentId, (tier: TicketTier) => api.setTier(ticket.documentId, tier), 'tier.changed');

  const assigneeName = ticket.assignee
    ? adminName(ticket.assignee)
    : t('queue.unassigned');
  const otherTier: TicketTier = ticket.tier === 'priority' ? 'standard' : 'priority';
  const meId = me?.id === undefined ? undefined : Number(me.id);

  return (
    <Panel title={t('ticket.details')}>
      <Fact label={t('queue.column.status')}>
        <StatusBadge status={ticket.status} />
      </Fact>
      <Fact label={t('queue.column.tier')}>
        <Flex gap={3} wrap="wrap">
          <TierBadge tier={ticket.tier} />
          {canManage && (
            <Dialog.Root>
              <Dialog.Trigger>
                <TextButton startIcon={otherTier === 'priority' ? <Lightning /> : undefined}>{t(`tier.changeTo.${otherTier}`)}</TextButton>
              </Dialog.Trigger>
              <ConfirmDialog title={t('tier.confirmTitle')} variant="default" onConfirm={() => setTier.mutate(otherTier)}>
                {t('tier.confirmBody', { tier: t(`tier.${otherTier}`) })}
              </ConfirmDialog>
            </Dialog.Root>
          )}
        </Flex>
      </Fact>
      {canManage ? (
        <Field.Root>
          <Field.Label>{t('queue.column.assignee')}</Field.Label>
          <SingleSelect
            value={ticket.assignee ? String(ticket.assignee.id) : UNASSIGNED}
            disabled={assign.isPending}
            onChange={(value) => assign.mutate(value === UNASSIGNED ? null : Number(value))}
          >
            <SingleSelectOption value={UNASSIGNED}>{t('queue.unassigned')}</SingleSelectOption>
            {(assignees.data ?? []).map((admin) => (
              <SingleSelectOption key={admin.id} value={String(admin.id)}>
                {admin.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          {meId !== undefined && ticket.assignee?.id !== meId && (
            <Flex paddingTop={2}>
              <Button variant="tertiary" size="S" startIcon={<User />} disabled={assign.isPending} onClick={() => assign.mutate(meId)}>
                {t('assignee.toMe')}
              </Button>
            </Flex>
          )}
        </Field.Root>
      ) : (
        <Fact label={t('queue.column.assignee')}>{assigneeName}</Fact>
      )}
      {ticket.incidentClass && <Fact label={t('ticket.incidentClass')}>{ticket.incidentClass.name}</Fact>}
      {ticket.language && <Fact label={t('ticket.language')}>{ticket.language}</Fact>}
      {!canManage && (
        <Typography variant="pi" textColor="neutral600">
          {t('ticket.readOnlyManage')}
        </Typography>
      )}
    </Panel>
  );
};
