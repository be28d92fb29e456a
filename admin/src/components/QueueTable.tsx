import { Badge, Box, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { CaretDown, CaretUp, Information } from '@strapi/icons';
import { NavLink, useNavigate } from 'react-router-dom';
import { styled } from 'styled-components';
import { adminName } from '../../../server/src/names';
import type { QueueSort, QueueTicket } from '../api/types';
import { useFormatTime } from '../hooks/useFormatTime';
import { useT } from '../hooks/useT';
import { formatDuration } from '../utils/duration';
import { nextSort } from '../utils/queue-view';
import { FairUseBadge, WhyHere } from './FairUseBadge';
import { SlaBadge } from './SlaBadge';
import { StatusBadge } from './StatusBadge';
import { TierBadge } from './TierBadge';

type SortColumn = 'reference';

const SortButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: 0.4rem;
  border: none;
  background: none;
  padding: 0;
  cursor: pointer;
  color: inherit;
`;

/** Long subjects end in an ellipsis (the whole subject is in the title) so every column stays in view. */
const SubjectLink = styled(Link)`
  display: block;
  min-width: 0;
  overflow: hidden;
  font-weight: 600;
  & > span {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;

// The design system's table never wraps (white-space: nowrap); cells here may, so the queue fits
// the screen in every language instead of scrolling sideways past the SLA column.
const ClickableRow = styled(Tr)`
  cursor: pointer;
  & > td {
    white-space: normal;
  }
  &:hover {
    background: ${({ theme }) => theme.colors.primary100};
  }
`;

interface Props {
  tickets: QueueTicket[];
  /** The position of the first row in the whole queue (1 on the first page). */
  firstPosition: number;
  sort: QueueSort;
  now: number;
  /** Tickets filed after this instant are new to whoever looks. */
  seenAt: string | null;
  onSort: (sort: QueueSort) => void;
}

export const QueueTable = ({ tickets, firstPosition, sort, now, seenAt, onSort }: Props) => {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const formatTime = useFormatTime();

  const sortHeader = (column: SortColumn, label: string) => {
    const direction = sort === `${column}:asc` ? 'ascending' : sort === `${column}:desc` ? 'descending' : 'none';
    return (
      <Th aria-sort={direction}>
        <SortButton type="button" onClick={() => onSort(nextSort(sort, column))} title={t('queue.sortBy', { column: label })}>
          <Typography variant="sigma" textColor="neutral600">
            {label}
          </Typography>
          {direction === 'ascending' && <CaretUp aria-hidden />}
          {direction === 'descending' && <CaretDown aria-hidden />}
        </SortButton>
      </Th>
    );
  };
  const header = (label: string) => (
    <Th>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
    </Th>
  );

  return (
    <Table colCount={8} rowCount={tickets.length + 1} aria-label={t('queue.title')}>
      <Thead>
        <Tr>
          <Th>
            <VisuallyHidden>{t('queue.position')}</VisuallyHidden>
          </Th>
          {sortHeader('reference', t('queue.column.reference'))}
          {header(t('queue.column.subject'))}
          {header(t('queue.column.customer'))}
          {header(t('queue.column.tier'))}
          {header(t('queue.column.status'))}
          {header(t('queue.column.assignee'))}
          {header(t('queue.column.sla'))}
        </Tr>
      </Thead>
      <Tbody>
        {tickets.map((ticket, index) => {
          const open = () => navigate(`tickets/${ticket.documentId}`);
          const isNew = seenAt !== null && ticket.createdAt > seenAt;
          return (
            <ClickableRow key={ticket.documentId} data-testid="queue-row" data-document-id={ticket.documentId} onClick={open}>
              <Td onClick={(event: React.MouseEvent) => event.stopPropagation()}>
                <WhyHere ticket={ticket} formatTime={formatTime}>
                  <Flex gap={1} alignItems="center">
                    <Typography textColor="neutral600">{firstPosition + index}</Typography>
                    <Information aria-label={t('why.title')} fill="neutral500" />
                  </Flex>
                </WhyHere>
              </Td>
              <Td>
                <Typography fontWeight="semiBold" textColor="neutral800" style={{ whiteSpace: 'nowrap' }}>
                  {ticket.reference ?? '—'}
                </Typography>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="24rem">
                  <Flex gap={2} maxWidth="100%">
                    {isNew && (
                      <Badge variant="primary" data-new-arrival>
                        {t('queue.newBadge')}
                      </Badge>
                    )}
                    <SubjectLink tag={NavLink} to={`tickets/${ticket.documentId}`} title={ticket.subject} onClick={(event: React.MouseEvent) => event.stopPropagation()}>
                      {ticket.subject}
                    </SubjectLink>
                  </Flex>
                  <Typography variant="pi" textColor="neutral600" title={formatTime(ticket.createdAt)}>
                    {t('queue.filedAgo', { duration: formatDuration(now - new Date(ticket.createdAt).getTime(), locale) })}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Flex gap={2} maxWidth="14rem" onClick={(event: React.MouseEvent) => event.stopPropagation()}>
                  <Typography textColor="neutral800" ellipsis title={ticket.customer?.email}>
                    {ticket.customer?.username ?? ticket.customer?.email ?? '—'}
                  </Typography>
                  <FairUseBadge ticket={ticket} formatTime={formatTime} />
                </Flex>
              </Td>
              <Td>
                <TierBadge tier={ticket.tier} />
              </Td>
              <Td>
                <Flex minWidth="12rem" maxWidth="18rem">
                  <StatusBadge status={ticket.status} />
                </Flex>
              </Td>
              <Td>
                <Typography textColor={ticket.assignee ? 'neutral800' : 'neutral500'}>
                  {ticket.assignee ? adminName(ticket.assignee) : t('queue.unassigned')}
                </Typography>
              </Td>
              <Td>
                <Box maxWidth="16rem">
                  <SlaBadge ticket={ticket} now={now} />
                </Box>
              </Td>
            </ClickableRow>
          );
        })}
      </Tbody>
    </Table>
  );
};
