import { Badge, Flex, Typography } from '@strapi/design-system';
import type { QueueTicket } from '../api/types';
import { useT } from '../hooks/useT';
import { formatDuration } from '../utils/duration';
import { slaMarker, slaState } from '../utils/sla';

/**
 * The SLA countdown: time left until an answer is owed, time past it in the danger colour, or
 * "paused" while the ticket waits on the customer; with the sweeper's pre-breach and breach marks.
 */
export const SlaBadge = ({ ticket, now }: { ticket: QueueTicket; now: number }) => {
  const { t, locale } = useT();
  const state = slaState(ticket, now);
  const marker = slaMarker(ticket);

  let countdown: React.ReactNode = null;
  if (state.kind === 'due') {
    countdown = <Typography textColor="neutral800">{t('sla.dueIn', { duration: formatDuration(state.ms, locale) })}</Typography>;
  } else if (state.kind === 'overdue') {
    countdown = (
      <Typography textColor="danger600" fontWeight="bold">
        {t('sla.overdue', { duration: formatDuration(state.ms, locale) })}
      </Typography>
    );
  } else if (state.kind === 'paused') {
    countdown = <Typography textColor="neutral600">{t('sla.paused')}</Typography>;
  } else if (!ticket.queueOrder.done) {
    countdown = <Typography textColor="neutral600">{t('sla.none')}</Typography>;
  } else {
    countdown = <Typography textColor="neutral500">—</Typography>;
  }

  return (
    <Flex gap={2} wrap="wrap" data-sla={state.kind}>
      {countdown}
      {marker === 'breached' && <Badge variant="danger">{t('sla.breached')}</Badge>}
      {marker === 'atRisk' && <Badge variant="warning">{t('sla.atRisk')}</Badge>}
    </Flex>
  );
};
