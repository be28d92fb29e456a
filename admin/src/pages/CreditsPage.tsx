import { useState } from 'react';
import { Box, Button, EmptyStateLayout, Flex, Link } from '@strapi/design-system';
import { ArrowLeft, Cross } from '@strapi/icons';
import { Layouts, Page, Pagination } from '@strapi/strapi/admin';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { NavLink, useSearchParams } from 'react-router-dom';
import { CREDIT_TRANSACTION_KINDS } from '../../../server/src/domain/credits/ledger';
import { LedgerTable } from '../components/Ledger';
import { SelectFilter, TextFilter } from '../components/QueueFilters';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { LEDGER_PAGE_SIZE, isCustomerId, ledgerApiQuery, ledgerViewParams, readLedgerView, type LedgerView } from '../utils/credits';

const ANY = '';

/** The whole credit ledger, newest first, by kind and customer; the filters live in the URL. */
export const CreditsPage = () => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const [params, setParams] = useSearchParams();
  const view = readLedgerView(params);
  const [customerError, setCustomerError] = useState<string | undefined>();
  // A change of filter starts from the first page.
  const change = (patch: Partial<Omit<LedgerView, 'page'>>) => setParams(ledgerViewParams({ ...view, ...patch, page: 1 }));
  const query = ledgerApiQuery(view);
  const ledger = useQuery({
    queryKey: ['helpdesk', 'credits', 'ledger', query],
    queryFn: () => api.ledger(query),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });

  if (ledger.isPending) return <Page.Loading />;
  if (ledger.isError) return <Page.Error />;
  const { data: rows, meta } = ledger.data;
  const filtered = Boolean(view.kind || view.customer);

  return (
    <Page.Main>
      <Page.Title>{t('ledger.title')}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={NavLink} to=".." startIcon={<ArrowLeft />}>
            {t('ticket.back')}
          </Link>
        }
        title={t('ledger.title')}
        subtitle={t('ledger.subtitle', { total: meta.pagination.total })}
      />
      <Layouts.Action
        startActions={
          <Flex gap={4} wrap="wrap" alignItems="flex-start">
            <SelectFilter
              label={t('ledger.filter.kind')}
              width="20rem"
              value={view.kind ?? ANY}
              options={[[ANY, t('ledger.filter.anyKind')], ...CREDIT_TRANSACTION_KINDS.map((kind): [string, string] => [kind, t(`credits.kind.${kind}`)])]}
              onChange={(value) => change({ kind: (value || undefined) as LedgerView['kind'] })}
            />
            <TextFilter
              label={t('ledger.filter.customer')}
              placeholder={t('ledger.filter.customerPlaceholder')}
              value={view.customer}
              error={customerError}
              onApply={(customer) => {
                if (customer !== undefined && !isCustomerId(customer)) {
                  setCustomerError(t('ledger.filter.customerInvalid'));
                  return;
                }
                setCustomerError(undefined);
                change({ customer });
              }}
            />
            {filtered && (
              <Box paddingTop={6}>
                <Button variant="tertiary" startIcon={<Cross />} onClick={() => setParams(new URLSearchParams())}>
                  {t('filters.clear')}
                </Button>
              </Box>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        {rows.length === 0 ? (
          <Box data-testid="ledger-empty">
            <EmptyStateLayout content={t(filtered ? 'ledger.empty.filtered' : 'ledger.empty')} />
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <LedgerTable rows={rows} showCustomer label={t('ledger.title')} />
            <Pagination.Root pageCount={meta.pagination.pageCount} total={meta.pagination.total} defaultPageSize={LEDGER_PAGE_SIZE}>
              <Pagination.Links />
            </Pagination.Root>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
