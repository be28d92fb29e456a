import { Typography } from '@strapi/design-system';
import type { TicketDetail } from '../api/types';
import { useFormatTime } from '../hooks/useFormatTime';
import { useT, type MessageKey } from '../hooks/useT';
import { Fact, Panel } from './Panel';
import { SlaBadge } from './SlaBadge';

const STAMPS: Array<[keyof TicketDetail, MessageKey]> = [
  ['firstResponseDueAt', 'sla.firstResponseDueAt'],
  ['firstRespondedAt', 'sla.firstRespondedAt'],
  ['nextResponseDueAt', 'sla.nextResponseDueAt'],
  ['resolutionDueAt', 'sla.resolutionDueAt'],
  ['pausedAt', 'sla.pausedAt'],
  ['preBreachedAt', 'sla.preBreachedAt'],
  ['breachedAt', 'sla.breachedAt'],
];

/** The SLA stamps as local times in the zone the service levels are kept in, with the countdown. */
export const SlaPanel = ({ ticket, now }: { ticket: TicketDetail; now: number }) => {
  const { t } = useT();
  const formatTime = useFormatTime(ticket.timezone);
  return (
    <Panel title={t('sla.title')}>
      <SlaBadge ticket={ticket} now={now} />
      {STAMPS.filter(([field]) => ticket[field]).map(([field, label]) => (
        <Fact key={field} label={t(label)}>
          <Typography textColor="neutral800">
            <time dateTime={ticket[field] as string}>{formatTime(ticket[field] as string)}</time>
          </Typography>
        </Fact>
      ))}
      <Typography variant="pi" textColor="neutral600">
        {t('sla.timezone', { timezone: ticket.timezone })}
      </Typography>
    </Panel>
  );
};
