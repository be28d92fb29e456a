import { Badge, Box, Flex, Tooltip, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { QueueTicket } from '../api/types';
import { useT } from '../hooks/useT';
import { reasonText, whyHere } from './reasons';

/** A plain button, so the tooltip opens on keyboard focus as well as on hover. */
const Trigger = styled.button`
  border: none;
  background: none;
  padding: 0;
  cursor: help;
  border-radius: ${({ theme }) => theme.borderRadius};
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

const Lines = ({ title, lines }: { title: string; lines: string[] }) => (
  <Box>
    <Typography variant="pi" fontWeight="bold" tag="p">
      {title}
    </Typography>
    <Box tag="ul" paddingLeft={3}>
      {lines.map((line) => (
        <li key={line}>
          <Typography variant="pi">{line}</Typography>
        </li>
      ))}
    </Box>
  </Box>
);

/**
 * Why a ticket stands where it stands in the queue: the order's parts in words, and for a customer
 * past the fair-use penalty line, the signals that put them there.
 */
export const WhyHere = ({ ticket, formatTime, children }: { ticket: QueueTicket; formatTime: (iso: string) => string; children: React.ReactNode }) => {
  const { t, locale } = useT();
  const label = (
    <Flex direction="column" alignItems="stretch" gap={2} maxWidth="32rem">
      {ticket.fairUse.penalized && (
        <Lines
          title={t('fairUse.reasonsTitle', { score: ticket.fairUse.score })}
          lines={ticket.fairUse.reasons.length ? ticket.fairUse.reasons.map((reason) => reasonText(t, reason, locale)) : [t('fairUse.pinned')]}
        />
      )}
      <Lines title={t('why.title')} lines={whyHere(t, ticket, formatTime)} />
    </Flex>
  );
  return (
    <Tooltip label={label} side="right">
      <Trigger type="button">{children}</Trigger>
    </Tooltip>
  );
};

export const FairUseBadge = ({ ticket, formatTime }: { ticket: QueueTicket; formatTime: (iso: string) => string }) => {
  const { t } = useT();
  if (!ticket.fairUse.penalized) return null;
  return (
    <WhyHere ticket={ticket} formatTime={formatTime}>
      <Badge variant="danger" data-fair-use-badge>
        {t('fairUse.badge', { score: ticket.fairUse.score })}
      </Badge>
    </WhyHere>
  );
};
