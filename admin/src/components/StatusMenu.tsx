import { MenuItem, SimpleMenu } from '@strapi/design-system';
import type { TicketDetail, TicketStatus } from '../api/types';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { useTicketMutation } from '../hooks/useTicketMutation';

/** The status changes the server allows from the ticket's status, and no others. */
export const StatusMenu = ({ ticket }: { ticket: TicketDetail }) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const change = useTicketMutation(ticket.documentId, (status: TicketStatus) => api.setStatus(ticket.documentId, status), 'status.changed');
  if (ticket.allowedStatuses.length === 0) return null;
  return (
    <SimpleMenu label={t('status.change')} variant="secondary" disabled={change.isPending}>
      {ticket.allowedStatuses.map((status) => (
        <MenuItem key={status} onSelect={() => change.mutate(status)}>
          {t(`status.${status}`)}
        </MenuItem>
      ))}
    </SimpleMenu>
  );
};
