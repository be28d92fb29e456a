import { useState } from 'react';
import { Badge, Box, Button, Field, Flex, Link, NumberInput, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { TicketDetail } from '../api/types';
import { useFormatTime } from '../hooks/useFormatTime';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { useTicketMutation } from '../hooks/useTicketMutation';
import { Fact, Panel } from './Panel';
import { reasonText } from './reasons';
import { StatusBadge } from './StatusBadge';

/** Staff's word on the customer's fair use: clear them or pin a score, always with a reason. */
const OverrideForm = ({ ticket, customerId }: { ticket: TicketDetail; customerId: number }) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const [mode, setMode] = useState<'clear' | 'pin'>('clear');
  const [score, setScore] = useState<number | undefined>(50);
  const [reason, setReason] = useState('');
  const save = useTicketMutation(
    ticket.documentId,
    async () => {
      await api.overrideFairUse(customerId, mode === 'pin' ? { mode, score: score ?? 0, reason } : { mode, reason });
      setReason('');
    },
    'fairUse.overrideSaved'
  );
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={3}
      tag="form"
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        save.mutate(undefined);
      }}
    >
      <Field.Root>
        <Field.Label>{t('fairUse.override')}</Field.Label>
        <SingleSelect value={mode} onChange={(value) => setMode(value as 'clear' | 'pin')}>
          <SingleSelectOption value="clear">{t('fairUse.mode.clear')}</SingleSelectOption>
          <SingleSelectOption value="pin">{t('fairUse.mode.pin')}</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      {mode === 'pin' && (
        <Field.Root>
          <Field.Label>{t('fairUse.score')}</Field.Label>
          <NumberInput value={score} onValueChange={(value) => setScore(value === undefined ? undefined : Math.min(100, Math.max(0, Math.round(value))))} />
        </Field.Root>
      )}
      <Field.Root required hint={t('fairUse.reasonHint')}>
        <Field.Label>{t('fairUse.reason')}</Field.Label>
        <TextInput value={reason} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setReason(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Flex justifyContent="flex-end">
        <Button type="submit" variant="secondary" disabled={reason.trim().length < 3} loading={save.isPending}>
          {t(mode === 'clear' ? 'fairUse.clear' : 'fairUse.pin')}
        </Button>
      </Flex>
    </Flex>
  );
};

/** Who the customer is, how they use support, and what they asked before. */
export const CustomerPanel = ({ ticket, canManage }: { ticket: TicketDetail; canManage: boolean }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const formatTime = useFormatTime();
  const { customer, customerFairUse: standing } = ticket;
  const lift = useTicketMutation(ticket.documentId, () => api.liftFairUse(customer!.id), 'fairUse.overrideLifted');
  const [showOverride, setShowOverride] = useState(false);

  if (!customer) {
    return (
      <Panel title={t('customer.title')}>
        <Typography textColor="neutral600">{t('customer.none')}</Typography>
      </Panel>
    );
  }

  return (
    <Panel title={t('customer.title')}>
      <Fact label={t('customer.username')}>{customer.username}</Fact>
      <Fact label={t('customer.email')}>
        <Link href={`mailto:${customer.email}`}>{customer.email}</Link>
      </Fact>

      {standing && (
        <Fact label={t('fairUse.title')}>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Flex gap={2}>
              <Typography fontWeight="bold" textColor={standing.penalized ? 'danger600' : 'neutral800'}>
                {t('fairUse.scoreOf', { score: standing.score })}
              </Typography>
              {standing.penalized && <Badge variant="danger">{t('fairUse.penalized')}</Badge>}
            </Flex>
            {standing.reasons.length > 0 ? (
              <Box tag="ul" paddingLeft={4}>
                {standing.reasons.map((reason) => (
                  <li key={reason.signal}>
                    <Typography variant="pi">{t('fairUse.reasonWithWeight', { text: reasonText(t, reason, locale), weight: reason.weight })}</Typography>
                  </li>
                ))}
              </Box>
            ) : (
              <Typography variant="pi" textColor="neutral600">
                {t('fairUse.noSignals')}
              </Typography>
            )}
            {standing.override && (
              <Box background="neutral100" hasRadius padding={3}>
                <Typography variant="pi" tag="p">
                  {t(standing.override.mode === 'clear' ? 'fairUse.overrideClear' : 'fairUse.overridePin', {
                    score: standing.override.score,
                    name: standing.override.by.name,
                    time: formatTime(standing.override.at),
                  })}
                </Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {t('fairUse.overrideReason', { reason: standing.override.reason, computed: standing.computedScore })}
                </Typography>
                {canManage && (
                  <Flex paddingTop={2}>
                    <Button variant="tertiary" size="S" loading={lift.isPending} onClick={() => lift.mutate(undefined)}>
                      {t('fairUse.lift')}
                    </Button>
                  </Flex>
                )}
              </Box>
            )}
            {canManage &&
              (showOverride ? (
                <OverrideForm ticket={ticket} customerId={customer.id} />
              ) : (
                <Flex>
                  <Button variant="tertiary" size="S" onClick={() => setShowOverride(true)}>
                    {t('fairUse.overrideOpen')}
                  </Button>
                </Flex>
              ))}
          </Flex>
        </Fact>
      )}

      <Fact label={t('customer.earlierTickets')}>
        {ticket.customerTickets.length === 0 ? (
          <Typography textColor="neutral600">{t('customer.noEarlierTickets')}</Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
            {ticket.customerTickets.map((other) => (
              <Flex tag="li" key={other.documentId} direction="column" alignItems="flex-start" gap={1}>
                <Link tag={NavLink} to={`../tickets/${other.documentId}`}>
                  {other.reference ? `${other.reference} · ` : ''}
                  {other.subject}
                </Link>
                <StatusBadge status={other.status} />
              </Flex>
            ))}
          </Flex>
        )}
      </Fact>
    </Panel>
  );
};
