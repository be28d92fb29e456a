import { Badge, Box, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { styled } from 'styled-components';
import type { CreditTransactionKind, LedgerRow, LedgerRowWithCustomer } from '../api/types';
import { useFormatTime } from '../hooks/useFormatTime';
import { useT } from '../hooks/useT';
import { deltaColor, formatDelta, parseActor } from '../utils/credits';

const KIND_VARIANT: Record<CreditTransactionKind, 'success' | 'primary' | 'danger' | 'warning' | 'neutral' | 'secondary' | 'alternative'> = {
  purchase: 'success',
  grant: 'primary',
  debit: 'neutral',
  refund: 'secondary',
  adjustment: 'warning',
};

export const KindBadge = ({ kind }: { kind: CreditTransactionKind }) => {
  const { t } = useT();
  return (
    <Badge variant={KIND_VARIANT[kind]} data-kind={kind}>
      {t(`credits.kind.${kind}`)}
    </Badge>
  );
};

/** A signed number of credits, green when given, red when taken. */
export const Delta = ({ delta, size = 'omega' }: { delta: number; size?: 'omega' | 'delta' }) => {
  const { locale } = useT();
  return (
    <Typography variant={size} fontWeight="bold" textColor={deltaColor(delta)} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-delta={delta}>
      {formatDelta(delta, locale)}
    </Typography>
  );
};

/** Who wrote the row, in words. */
export const useActorText = () => {
  const { t } = useT();
  return (actor: string | null) => {
    const parsed = parseActor(actor);
    if (!parsed) return '—';
    if (parsed.kind === 'staff') return parsed.name;
    if (parsed.kind === 'other') return parsed.text;
    return t(`credits.actor.${parsed.kind}`);
  };
};

export const TicketLink = ({ ticket }: { ticket: LedgerRow['ticket'] }) =>
  ticket ? (
    <Link tag={NavLink} to={`../tickets/${ticket.documentId}`} title={ticket.subject}>
      {ticket.reference ?? ticket.subject}
    </Link>
  ) : (
    <Typography textColor="neutral500">—</Typography>
  );

/** The design system's table never wraps; notes may, so the ledger fits the screen. */
const Row = styled(Tr)`
  & > td {
    white-space: normal;
  }
`;

/** A header over figures, at their right edge (the design system's header cell wraps its text in a flex box). */
const FigureTh = styled(Th)`
  & > * {
    justify-content: flex-end;
    width: 100%;
  }
`;

const Note = styled(Typography)`
  overflow-wrap: anywhere;
`;

interface Props {
  rows: Array<LedgerRow | LedgerRowWithCustomer>;
  /** The whole ledger names each row's customer; a customer's own page does not. */
  showCustomer?: boolean;
  label: string;
}

/** Ledger rows, newest first as the API gives them. */
export const LedgerTable = ({ rows, showCustomer = false, label }: Props) => {
  const { t, locale } = useT();
  const formatTime = useFormatTime();
  const actorText = useActorText();
  const number = new Intl.NumberFormat(locale);
  const header = (text: string, figures = false) => {
    const Cell = figures ? FigureTh : Th;
    return (
      <Cell>
        <Typography variant="sigma" textColor="neutral600">
          {text}
        </Typography>
      </Cell>
    );
  };
  const columns = showCustomer ? 8 : 7;
  return (
    <Table colCount={columns} rowCount={rows.length + 1} aria-label={label}>
      <Thead>
        <Tr>
          {header(t('ledger.column.date'))}
          {showCustomer && header(t('ledger.column.customer'))}
          {header(t('ledger.column.kind'))}
          {header(t('ledger.column.delta'), true)}
          {header(t('ledger.column.balanceAfter'), true)}
          {header(t('ledger.column.ticket'))}
          {header(t('ledger.column.note'))}
          {header(t('ledger.column.actor'))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => {
          const customer = 'customer' in row ? row.customer : null;
          return (
            <Row key={row.id} data-testid="ledger-row" data-kind={row.kind}>
              <Td>
                <Typography textColor="neutral800" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={row.createdAt}>{formatTime(row.createdAt)}</time>
                </Typography>
              </Td>
              {showCustomer && (
                <Td>
                  {customer ? (
                    <Flex direction="column" alignItems="flex-start" maxWidth="20rem">
                      <Link tag={NavLink} to={`../credits/${customer.id}`}>
                        {customer.username ?? t('credits.customerNumber', { id: String(customer.id) })}
                      </Link>
                      {customer.email && (
                        <Typography variant="pi" textColor="neutral600" ellipsis title={customer.email} style={{ maxWidth: '20rem' }}>
                          {customer.email}
                        </Typography>
                      )}
                    </Flex>
                  ) : (
                    <Typography textColor="neutral500">—</Typography>
                  )}
                </Td>
              )}
              <Td>
                <KindBadge kind={row.kind} />
              </Td>
              <Td style={{ textAlign: 'right' }}>
                <Delta delta={row.delta} />
              </Td>
              <Td style={{ textAlign: 'right' }}>
                <Typography textColor="neutral800" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {number.format(row.balanceAfter)}
                </Typography>
              </Td>
              <Td>
                <Box style={{ whiteSpace: 'nowrap' }}>
                  <TicketLink ticket={row.ticket} />
                </Box>
              </Td>
              <Td>
                <Box minWidth="16rem" maxWidth="36rem">
                  <Note textColor={row.note ? 'neutral800' : 'neutral500'}>{row.note ?? '—'}</Note>
                </Box>
              </Td>
              <Td>
                <Typography textColor="neutral800" style={{ whiteSpace: 'nowrap' }}>
                  {actorText(row.actor)}
                </Typography>
              </Td>
            </Row>
          );
        })}
      </Tbody>
    </Table>
  );
};
