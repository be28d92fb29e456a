import { useEffect, useState } from 'react';
import { Box, Button, Divider, Field, Flex, Link, NumberInput, Typography } from '@strapi/design-system';
import { ArrowRight, Clock } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { confirmationShortfall } from '../../../server/src/domain/credits/estimate';
import { DONE_STATUSES } from '../../../server/src/domain/tickets/statuses';
import type { TicketDetail } from '../api/types';
import { useCreditsMutation } from '../hooks/useCreditsMutation';
import { useFormatDate, useFormatTime } from '../hooks/useFormatTime';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { clampEstimate, estimateRange, inRange, rangeMessage, validMinutes, MAX_MINUTES } from '../utils/credits';
import { formatMinutes } from '../utils/duration';
import { Delta, KindBadge } from './Ledger';
import { Fact, Panel } from './Panel';

interface Props {
  ticket: TicketDetail;
  canManage: boolean;
  canReply: boolean;
}

/** How the ticket is paid: free (and why), or with credits. */
const Billing = ({ ticket }: { ticket: TicketDetail }) => {
  const { t } = useT();
  const formatDate = useFormatDate();
  const { billing } = ticket;
  const free = billing === 'free_period' || billing === 'always_free';
  let text: string;
  if (billing === 'free_period') {
    const until = ticket.customerCredits?.freeUntil;
    text = until ? t('credits.billing.free_period', { date: formatDate(until) }) : t('credits.billing.free_period.noDate');
  } else if (billing === 'always_free') text = t('credits.billing.always_free');
  else if (billing === 'credits') text = t('credits.billing.credits');
  else text = t('credits.billing.none');
  return (
    <Box background={free ? 'success100' : 'neutral100'} borderColor={free ? 'success200' : 'neutral200'} hasRadius padding={3} data-testid="credits-billing" data-billing={billing ?? 'none'}>
      <Typography fontWeight="bold" textColor={free ? 'success700' : 'neutral800'}>
        {text}
      </Typography>
    </Box>
  );
};

/** Staff set the estimate inside the class range; the server's word on it shows at the field. */
const EstimateEditor = ({ ticket }: { ticket: TicketDetail }) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const range = ticket.estimateRange ?? estimateRange(ticket.incidentClass);
  const [value, setValue] = useState<number | undefined>(ticket.creditEstimate ?? range.min);
  const [serverError, setServerError] = useState<string | undefined>();
  useEffect(() => setValue(ticket.creditEstimate ?? range.min), [ticket.creditEstimate, range.min]);
  const save = useCreditsMutation((credits: number) => api.setEstimate(ticket.documentId, credits), {
    fields: ['credits'],
    onFieldErrors: (errors) => setServerError(errors.credits),
    success: (result) => (result.awaitingConfirmation ? t('credits.estimate.savedAsk') : t('credits.estimate.saved')),
  });
  const rangeText = rangeMessage(range);
  const unchanged = value === (ticket.creditEstimate ?? undefined);
  const valid = value !== undefined && inRange(value, range);
  return (
    <Flex
      tag="form"
      direction="column"
      alignItems="stretch"
      gap={2}
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        if (valid) save.mutate(value);
      }}
    >
      <Field.Root name="credits" error={serverError} hint={t('credits.estimate.hint', { range: t(rangeText.key, rangeText.values) })}>
        <Field.Label>{t('credits.estimate.revise')}</Field.Label>
        <Flex gap={2} alignItems="flex-start">
          <Box flex="1">
            <NumberInput
              value={value}
              step={1}
              aria-valuemin={range.min}
              aria-valuemax={range.max ?? undefined}
              onValueChange={(next) => {
                setServerError(undefined);
                setValue(next);
              }}
              onBlur={() => {
                if (value !== undefined) setValue(clampEstimate(value, range));
              }}
            />
          </Box>
          <Button type="submit" variant="secondary" size="L" disabled={!valid || unchanged} loading={save.isPending}>
            {t('credits.estimate.save')}
          </Button>
        </Flex>
        <Field.Error />
        <Field.Hint />
      </Field.Root>
    </Flex>
  );
};

/** Minutes spent, logged on their own (a reply or note can carry them too). */
const TimeLogger = ({ ticket }: { ticket: TicketDetail }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const [minutes, setMinutes] = useState<number | undefined>();
  // The number input keeps its text when its value goes back to undefined: a new one starts empty.
  const [logged, setLogged] = useState(0);
  const [serverError, setServerError] = useState<string | undefined>();
  const log = useCreditsMutation((value: number) => api.logTime(ticket.documentId, value), {
    fields: ['minutes'],
    onFieldErrors: (errors) => setServerError(errors.minutes),
    success: () => t('credits.time.logged', { time: formatMinutes(minutes ?? 0, locale) }),
  });
  const invalid = minutes !== undefined && !validMinutes(minutes);
  return (
    <Flex
      tag="form"
      direction="column"
      alignItems="stretch"
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        if (validMinutes(minutes)) log.mutate(minutes, {
            onSuccess: () => {
              setMinutes(undefined);
              setLogged((count) => count + 1);
            },
          });
      }}
    >
      <Field.Root name="minutes" error={serverError ?? (invalid ? t('credits.time.invalid', { max: MAX_MINUTES }) : undefined)}>
        <Field.Label>{t('credits.time.log')}</Field.Label>
        <Flex gap={2} alignItems="flex-start">
          <Box flex="1">
            <NumberInput
              key={logged}
              value={minutes}
              step={5}
              placeholder={t('credits.time.placeholder')}
              onValueChange={(next) => {
                setServerError(undefined);
                setMinutes(next);
              }}
            />
          </Box>
          <Button type="submit" variant="secondary" size="L" startIcon={<Clock />} disabled={!validMinutes(minutes)} loading={log.isPending}>
            {t('credits.time.logButton')}
          </Button>
        </Flex>
        <Field.Error />
      </Field.Root>
    </Flex>
  );
};

/** What the ticket costs, the time on it, and the customer's balance with their latest ledger rows. */
export const CreditsPanel = ({ ticket, canManage, canReply }: Props) => {
  const { t, locale } = useT();
  const formatDate = useFormatDate();
  // In the service time zone, as the thread and the SLA beside it.
  const formatTime = useFormatTime(ticket.timezone);
  const { customerCredits: account, customer } = ticket;
  const paid = ticket.billing === 'credits';
  const done = DONE_STATUSES.includes(ticket.status);
  const waiting = ticket.status === 'awaiting_credit_confirmation';
  const charged = ticket.creditsCharged ?? 0;
  const missing = waiting && account ? confirmationShortfall({ estimate: ticket.creditEstimate, confirmed: ticket.creditsConfirmed, charged }, account.balance) : 0;
  const range = rangeMessage(ticket.estimateRange ?? estimateRange(ticket.incidentClass));
  const minutes = ticket.minutesSpent ?? 0;

  return (
    <Panel title={t('credits.title')}>
      <Billing ticket={ticket} />

      {ticket.tier === 'priority' && ticket.priorityPaidAt && (
        <Typography textColor="neutral800" data-testid="credits-priority-paid">
          {t('credits.priorityPaid', { date: formatTime(ticket.priorityPaidAt) })}
        </Typography>
      )}

      {paid && waiting && (
        <Box background="warning100" borderColor="warning200" hasRadius padding={3} role="status" data-testid="credits-waiting">
          <Typography tag="p" fontWeight="bold" textColor="warning700">
            {t('credits.waiting')}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral800">
            {t('credits.waitingBody', { count: ticket.creditEstimate ?? 0 })}
          </Typography>
          {missing > 0 && (
            <Typography tag="p" variant="pi" fontWeight="bold" textColor="danger600" data-testid="credits-missing">
              {t('credits.missing', { count: missing })}
            </Typography>
          )}
        </Box>
      )}

      {paid && (
        <>
          <Fact label={t('credits.estimate')}>
            <Typography fontWeight="bold" textColor="neutral800" data-testid="credits-estimate">
              {ticket.creditEstimate === null ? t('credits.estimate.none') : t('credits.count', { count: ticket.creditEstimate })}
            </Typography>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {t('credits.classRange', { range: t(range.key, range.values) })}
            </Typography>
          </Fact>
          <Flex gap={6} wrap="wrap" alignItems="flex-start">
            <Fact label={t('credits.confirmed')}>
              <Typography textColor="neutral800" data-testid="credits-confirmed">
                {ticket.creditsConfirmed === null ? t('credits.confirmed.none') : t('credits.upTo', { count: ticket.creditsConfirmed })}
              </Typography>
            </Fact>
            <Fact label={t('credits.charged')}>
              <Typography textColor="neutral800" data-testid="credits-charged">
                {t('credits.count', { count: charged })}
              </Typography>
            </Fact>
          </Flex>
          {canManage && !done && <EstimateEditor ticket={ticket} />}
        </>
      )}

      <Fact label={t('credits.time')}>
        <Typography fontWeight="bold" textColor="neutral800" data-testid="credits-time">
          {formatMinutes(minutes, locale)}
        </Typography>
        {paid && ticket.creditsConfirmed !== null && !done && (
          <Typography tag="p" variant="pi" textColor="neutral600">
            {t('credits.time.chargeHint', { count: ticket.creditsConfirmed })}
          </Typography>
        )}
      </Fact>
      {canReply && ticket.status !== 'closed' && <TimeLogger ticket={ticket} />}

      {account && customer && (
        <>
          <Divider />
          <Fact label={t('credits.balance')}>
            <Typography variant="beta" tag="p" textColor="neutral800" data-testid="credits-balance">
              {t('credits.count', { count: account.balance })}
            </Typography>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {t(account.inFreePeriod ? 'credits.freeUntil' : 'credits.freeEnded', { date: formatDate(account.freeUntil) })}
            </Typography>
          </Fact>
          {account.recentTransactions.length > 0 && (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-label={t('credits.recent')}>
              {account.recentTransactions.map((row) => (
                <Flex tag="li" key={row.id} justifyContent="space-between" alignItems="flex-start" gap={2} data-testid="credits-recent-row">
                  <Flex direction="column" alignItems="flex-start" gap={1} minWidth={0}>
                    <KindBadge kind={row.kind} />
                    <Typography variant="pi" textColor="neutral600">
                      <time dateTime={row.createdAt}>{formatTime(row.createdAt)}</time>
                      {row.ticket ? ` · ${row.ticket.reference ?? row.ticket.subject}` : ''}
                    </Typography>
                  </Flex>
                  <Delta delta={row.delta} />
                </Flex>
              ))}
            </Flex>
          )}
          <Link tag={NavLink} to={`../credits/${customer.id}`} endIcon={<ArrowRight />}>
            {t('credits.customerLink')}
          </Link>
        </>
      )}
    </Panel>
  );
};
