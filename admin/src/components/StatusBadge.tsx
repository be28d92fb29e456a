import { Status, Typography } from '@strapi/design-system';
import type { TicketStatus } from '../api/types';
import { useT } from '../hooks/useT';

const VARIANTS: Record<TicketStatus, 'primary' | 'secondary' | 'success' | 'warning' | 'neutral' | 'alternative'> = {
  new: 'primary',
  open: 'secondary',
  waiting_on_customer: 'neutral',
  awaiting_payment: 'alternative',
  awaiting_credit_confirmation: 'alternative',
  resolved: 'success',
  closed: 'neutral',
};

export const StatusBadge = ({ status }: { status: TicketStatus }) => {
  const { t } = useT();
  return (
    <Status variant={VARIANTS[status]} size="S" data-status={status}>
      {/* Long statuses wrap inside the badge rather than push the table wider. */}
      <Typography tag="span" variant="omega" fontWeight="bold" style={{ whiteSpace: 'normal' }}>
        {t(`status.${status}`)}
      </Typography>
    </Status>
  );
};
