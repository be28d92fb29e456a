import { Badge } from '@strapi/design-system';
import { Lightning } from '@strapi/icons';
import type { TicketTier } from '../api/types';
import { useT } from '../hooks/useT';

/** Priority stands out (it goes first in the queue); standard stays quiet. */
export const TierBadge = ({ tier }: { tier: TicketTier }) => {
  const { t } = useT();
  if (tier === 'priority') {
    return (
      <Badge variant="warning" data-tier="priority" gap={1} style={{ whiteSpace: 'nowrap' }}>
        <Lightning aria-hidden width="1.2rem" height="1.2rem" />
        {t('tier.priority')}
      </Badge>
    );
  }
  return (
    <Badge variant="neutral" data-tier="standard">
      {t('tier.standard')}
    </Badge>
  );
};
