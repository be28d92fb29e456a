import { useEffect, useState } from 'react';
import {
  Badge,
  Box,
  Button,
  DatePicker,
  Dialog,
  EmptyStateLayout,
  Field,
  Flex,
  Grid,
  Link,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { ConfirmDialog, Layouts, Page, Pagination } from '@strapi/strapi/admin';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { NavLink, useParams, useSearchParams } from 'react-router-dom';
import type { CreditAdjustmentKind, CustomerCredits } from '../api/types';
import { LedgerTable } from '../components/Ledger';
import { useCreditsMutation } from '../hooks/useCreditsMutation';
import { useFormatDate } from '../hooks/useFormatTime';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { usePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';
import { LEDGER_PAGE_SIZE, REASON_MAX, adjustmentProblems, isCustomerId, newRequestId, readPage } from '../utils/credits';

const KINDS: CreditAdjustmentKind[] = ['grant', 'refund', 'adjustment'];

/** One box of the page, with its heading. */
const Card = ({ title, children, testId, fill = false }: { title: string; children: React.ReactNode; testId?: string; fill?: boolean }) => (
  <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={5} aria-label={title} data-testid={testId} height={fill ? '100%' : undefined}>
    <Typography tag="h2" variant="delta" textColor="neutral800">
      {title}
    </Typography>
    <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
      {children}
    </Flex>
  </Box>
);

/** Grant, refund or adjust, with a reason; the resulting balance is confirmed before anything is sent. */
const AdjustForm = ({ account }: { account: CustomerCredits }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const [kind, setKind] = useState<CreditAdjustmentKind>('grant');
  const [credits, setCredits] = useState<number | undefined>();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  // The number input keeps its text when its value goes back to undefined: a new one starts empty.
  const [submitted, setSubmitted] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  // One id per submission: a double click or a retry of the same one adjusts once. Any change makes a new submission.
  const [requestId, setRequestId] = useState(newRequestId);
  const edited = () => {
    setRequestId(newRequestId());
    setServerErrors({});
  };
  const reset = () => {
    setCredits(undefined);
    setReason('');
    setTouched(false);
    setRequestId(newRequestId());
    setSubmitted((count) => count + 1);
  };
  const adjust = useCreditsMutation(() => api.adjustCredits(account.customerId, { kind, credits: credits ?? 0, reason: reason.trim(), requestId }), {
    fields: ['kind', 'credits', 'reason'],
    conflictField: 'credits',
    onFieldErrors: setServerErrors,
    success: (result) => t(result.meta.duplicate ? 'adjust.duplicate' : 'adjust.done', { count: result.meta.balance }),
  });

  const problems = adjustmentProblems({ kind, credits, reason }, account.balance);
  const after = account.balance + (credits ?? 0);
  const number = new Intl.NumberFormat(locale);
  const creditsProblem = touched && problems.credits ? t(`adjust.problem.credits.${problems.credits}`, { balance: account.balance }) : undefined;
  const reasonProblem = touched && problems.reason ? t(`adjust.problem.reason.${problems.reason}`, { max: REASON_MAX }) : undefined;
  const ready = !problems.credits && !problems.reason;

  return (
    <Flex
      tag="form"
      direction="column"
      alignItems="stretch"
      gap={4}
      data-testid="adjust-form"
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        setTouched(true);
        if (ready) setConfirming(true);
      }}
    >
      <Field.Root name="kind" error={serverErrors.kind} hint={t(`adjust.kindHint.${kind}`)}>
        <Field.Label>{t('adjust.kind')}</Field.Label>
        <SingleSelect
          value={kind}
          onChange={(value) => {
            setKind(value as CreditAdjustmentKind);
            edited();
          }}
        >
          {KINDS.map((option) => (
            <SingleSelectOption key={option} value={option}>
              {t(`credits.kind.${option}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
        <Field.Hint />
      </Field.Root>
      <Field.Root name="credits" required error={serverErrors.credits ?? creditsProblem} hint={kind === 'adjustment' ? t('adjust.creditsHint.adjustment') : undefined}>
        <Field.Label>{t('adjust.credits')}</Field.Label>
        <NumberInput
          key={submitted}
          value={credits}
          step={1}
          onValueChange={(value) => {
            setCredits(value === undefined ? undefined : Math.trunc(value));
            edited();
          }}
        />
        <Field.Error />
        <Field.Hint />
      </Field.Root>
      <Field.Root name="reason" required error={serverErrors.reason ?? reasonProblem} hint={t('adjust.reasonHint', { count: reason.trim().length, max: REASON_MAX })}>
        <Field.Label>{t('adjust.reason')}</Field.Label>
        <Textarea
          value={reason}
          rows={3}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
            setReason(event.target.value);
            edited();
          }}
        />
        <Field.Error />
        <Field.Hint />
      </Field.Root>
      <Flex justifyContent="space-between" alignItems="center" gap={3} wrap="wrap">
        <Box background="neutral100" hasRadius paddingTop={2} paddingBottom={2} paddingLeft={3} paddingRight={3}>
          <Typography
            variant="omega"
            fontWeight={credits ? 'bold' : undefined}
            textColor={credits !== undefined && after < 0 ? 'danger600' : credits ? 'neutral800' : 'neutral600'}
            data-testid="adjust-preview"
          >
            {credits === undefined || credits === 0 ? t('adjust.previewNone') : t('adjust.preview', { count: after })}
          </Typography>
        </Box>
        <Box marginLeft="auto">
          <Button type="submit" size="L" loading={adjust.isPending}>
            {t('adjust.submit')}
          </Button>
        </Box>
      </Flex>
      <Dialog.Root open={confirming} onOpenChange={setConfirming}>
        <ConfirmDialog
          title={t('adjust.confirmTitle')}
          variant={(credits ?? 0) < 0 ? 'danger' : 'default'}
          onConfirm={async () => {
            try {
              await adjust.mutateAsync(undefined);
              reset();
            } catch {
              // Shown at the field or as a notification; what was typed stays.
            }
          }}
        >
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography tag="p" textAlign="center">
              {t(kind === 'adjustment' ? ((credits ?? 0) < 0 ? 'adjust.confirmBody.take' : 'adjust.confirmBody.add') : `adjust.confirmBody.${kind}`, {
                count: Math.abs(credits ?? 0),
              })}
            </Typography>
            <Typography tag="p" textAlign="center" fontWeight="bold">
              {t('adjust.confirmBalance', { from: number.format(account.balance), count: after })}
            </Typography>
            <Typography tag="p" textAlign="center" variant="pi" textColor="neutral600">
              “{reason.trim()}”
            </Typography>
          </Flex>
        </ConfirmDialog>
      </Dialog.Root>
    </Flex>
  );
};

/** When support started to count; the free period runs from there. */
const SupportFromForm = ({ account }: { account: CustomerCredits }) => {
  const { t, locale } = useT();
  const api = useHelpdeskApi();
  const formatDate = useFormatDate();
  const [date, setDate] = useState<Date | undefined>(() => new Date(account.supportFrom));
  const [serverError, setServerError] = useState<string | undefined>();
  useEffect(() => setDate(new Date(account.supportFrom)), [account.supportFrom]);
  const save = useCreditsMutation((value: Date) => api.setSupportFrom(account.customerId, value.toISOString()), {
    fields: ['supportFrom'],
    onFieldErrors: (errors) => setServerError(errors.supportFrom),
    success: (result) => t(result.inFreePeriod ? 'supportFrom.savedFree' : 'supportFrom.savedPaid', { date: formatDate(result.freeUntil) }),
  });
  const unchanged = date !== undefined && formatDate(date.toISOString()) === formatDate(account.supportFrom);
  return (
    <Flex
      tag="form"
      direction="column"
      alignItems="stretch"
      gap={2}
      data-testid="support-from-form"
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        if (date) save.mutate(date);
      }}
    >
      <Field.Root name="supportFrom" error={serverError} hint={t('supportFrom.hint')}>
        <Field.Label>{t('supportFrom.label')}</Field.Label>
        <Flex gap={2} alignItems="flex-start">
          <Box flex="1">
            <DatePicker
              value={date}
              locale={locale}
              onChange={(value) => {
                setServerError(undefined);
                setDate(value);
              }}
              onClear={() => setDate(undefined)}
              clearLabel={t('supportFrom.clear')}
            />
          </Box>
          <Button type="submit" variant="secondary" size="L" disabled={!date || unchanged} loading={save.isPending}>
            {t('supportFrom.save')}
          </Button>
        </Flex>
        <Field.Error />
        <Field.Hint />
      </Field.Root>
    </Flex>
  );
};

/** A customer's credits: the balance, the free period, their ledger, and for admins who may, adjustments. */
export const CustomerCreditsPage = () => {
  const { customerId: raw = '' } = useParams();
  const { t } = useT();
  const api = useHelpdeskApi();
  const formatDate = useFormatDate();
  const [params] = useSearchParams();
  const { canAdjustCredits, isLoading: permissionsLoading } = usePermissions();
  const valid = isCustomerId(raw);
  const customerId = Number(raw);
  const page = readPage(params);
  const query = `page=${page}&pageSize=${LEDGER_PAGE_SIZE}`;
  const credits = useQuery({
    queryKey: ['helpdesk', 'credits', 'customer', customerId, query],
    queryFn: () => api.customerCredits(customerId, query),
    placeholderData: keepPreviousData,
    enabled: valid,
    refetchInterval: 30_000,
  });
  // The credits route names no one: a ledger row of theirs carries who they are.
  const identity = useQuery({
    queryKey: ['helpdesk', 'credits', 'identity', customerId],
    queryFn: async () => (await api.ledger(`customer=${customerId}&page=1&pageSize=1`)).data[0]?.customer ?? null,
    enabled: valid,
    staleTime: 5 * 60_000,
  });

  const back = (
    <Link tag={NavLink} to="../credits" startIcon={<ArrowLeft />}>
      {t('customerCredits.back')}
    </Link>
  );
  const notFound = !valid || (credits.isError && (credits.error as Error & { status?: number }).status === 404);
  if (notFound) {
    return (
      <Page.Main>
        <Layouts.Header navigationAction={back} title={t('customerCredits.notFoundTitle')} />
        <Layouts.Content>
          <EmptyStateLayout content={t('customerCredits.notFound', { id: raw })} />
        </Layouts.Content>
      </Page.Main>
    );
  }
  if (credits.isPending || permissionsLoading) return <Page.Loading />;
  if (credits.isError) return <Page.Error />;

  const { data: account, meta } = credits.data;
  const who = identity.data;
  const title = who?.username ?? t('credits.customerNumber', { id: String(customerId) });
  const balanceCard = (
    <Card title={t('credits.balance')} testId="customer-balance" fill={!canAdjustCredits}>
      <Flex gap={4} wrap="wrap" alignItems="center">
        <Typography variant="alpha" tag="p" textColor="neutral800" data-testid="customer-balance-value" data-balance={account.balance}>
          {t('credits.count', { count: account.balance })}
        </Typography>
        {account.inFreePeriod ? <Badge variant="success">{t('customerCredits.inFreePeriod')}</Badge> : <Badge variant="neutral">{t('customerCredits.paidSupport')}</Badge>}
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {t(account.inFreePeriod ? 'customerCredits.explainFree' : 'customerCredits.explainPaid')}
      </Typography>
    </Card>
  );
  const freePeriodCard = (
    <Card title={t('customerCredits.freePeriod')} testId="customer-free-period" fill={!canAdjustCredits}>
      <Flex gap={8} wrap="wrap" alignItems="flex-start">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" fontWeight="bold" textColor="neutral600">
            {t('customerCredits.supportFrom')}
          </Typography>
          <Typography textColor="neutral800" data-testid="customer-support-from">
            {formatDate(account.supportFrom)}
          </Typography>
        </Flex>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" fontWeight="bold" textColor="neutral600">
            {t('customerCredits.freeUntil')}
          </Typography>
          <Typography textColor="neutral800" data-testid="customer-free-until">
            {formatDate(account.freeUntil)}
          </Typography>
        </Flex>
      </Flex>
      {canAdjustCredits && <SupportFromForm account={account} />}
    </Card>
  );

  return (
    <Page.Main>
      <Page.Title>{t('customerCredits.pageTitle', { name: title })}</Page.Title>
      <Layouts.Header navigationAction={back} title={title} subtitle={who?.email ? `${who.email} · ${t('credits.customerNumber', { id: String(customerId) })}` : t('customerCredits.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Grid.Root gap={4}>
            {canAdjustCredits ? (
              <>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch" gap={4}>
                  {balanceCard}
                  {freePeriodCard}
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Card title={t('adjust.title')} fill>
                    <AdjustForm account={account} />
                  </Card>
                </Grid.Item>
              </>
            ) : (
              <>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {balanceCard}
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {freePeriodCard}
                </Grid.Item>
              </>
            )}
          </Grid.Root>
          {!canAdjustCredits && (
            <Box background="neutral100" hasRadius padding={4} data-testid="adjust-read-only">
              <Typography textColor="neutral600">{t('adjust.noPermission')}</Typography>
            </Box>
          )}
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography tag="h2" variant="delta" textColor="neutral800">
              {t('customerCredits.ledger', { total: meta.pagination.total })}
            </Typography>
            {account.transactions.length === 0 ? (
              <Box data-testid="ledger-empty">
                <EmptyStateLayout content={t('customerCredits.ledgerEmpty')} />
              </Box>
            ) : (
              <>
                <LedgerTable rows={account.transactions} label={t('customerCredits.ledger', { total: meta.pagination.total })} />
                <Pagination.Root pageCount={meta.pagination.pageCount} total={meta.pagination.total} defaultPageSize={LEDGER_PAGE_SIZE}>
                  <Pagination.Links />
                </Pagination.Root>
              </>
            )}
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
