import { useCallback, useState } from 'react';
import { Box, Button, EmptyStateLayout, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, Bell, ChartPie, PriceTag } from '@strapi/icons';
import { Layouts, Page, Pagination } from '@strapi/strapi/admin';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { NavLink, useSearchParams } from 'react-router-dom';
import { QueueFilters } from '../components/QueueFilters';
import { QueueTable } from '../components/QueueTable';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useNow } from '../hooks/useNow';
import { useT } from '../hooks/useT';
import { QUEUE_PAGE_SIZE, changeQueueView, hasFilters, queueApiQuery, queueViewParams, readQueueView, withoutFilters, type QueueView } from '../utils/queue-view';

/** How often the queue refreshes itself; it also does when the window regains focus. */
const REFRESH_MS = 30_000;
const SEEN_KEY = 'helpdesk.queue.seenAt';

/** Session storage, where the browser offers it (it may be off or full): without it the page still works. */
const stored = {
  get: (key: string) => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string) => {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      // kept in the page only
    }
  },
};

/** When this admin last looked at the queue, kept for the browser tab so a visit to a ticket and back keeps it. */
function useSeenAt() {
  const [seenAt, setSeenAt] = useState<string>(() => {
    const earlier = stored.get(SEEN_KEY);
    if (earlier) return earlier;
    const now = new Date().toISOString();
    stored.set(SEEN_KEY, now);
    return now;
  });
  const markSeen = useCallback(() => {
    const now = new Date().toISOString();
    stored.set(SEEN_KEY, now);
    setSeenAt(now);
  }, []);
  return [seenAt, markSeen] as const;
}

export const QueuePage = () => {
  const { t, intl } = useT();
  const api = useHelpdeskApi();
  const [params, setParams] = useSearchParams();
  const view = readQueueView(params);
  const setView = (next: QueueView) => setParams(queueViewParams(next));
  const now = useNow();
  const [seenAt, markSeen] = useSeenAt();

  const apiQuery = queueApiQuery(view);
  // Refetches keep the rows on screen (no loading state), so scroll position and focus stay put.
  const queue = useQuery({
    queryKey: ['helpdesk', 'queue', apiQuery],
    queryFn: () => api.queue(apiQuery),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });
  // The same view, counting only what was filed since the admin last looked.
  const newQuery = queueApiQuery({ ...view, page: 1 }, { createdAfter: seenAt, pageSize: 1 });
  const arrivals = useQuery({
    queryKey: ['helpdesk', 'queue-arrivals', newQuery],
    queryFn: () => api.queue(newQuery),
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });
  const assignees = useQuery({ queryKey: ['helpdesk', 'assignees'], queryFn: api.assignees, staleTime: 5 * 60_000 });

  if (queue.isPending) return <Page.Loading />;
  if (queue.isError) return <Page.Error />;

  const { data: tickets, meta } = queue.data;
  const arrived = arrivals.data?.meta.pagination.total ?? 0;
  const refreshedAt = intl.formatTime(queue.dataUpdatedAt, { hour: '2-digit', minute: '2-digit' });

  return (
    <Page.Main>
      <Page.Title>{t('queue.title')}</Page.Title>
      <Layouts.Header
        title={t('queue.title')}
        subtitle={t('queue.subtitle', { total: meta.pagination.total, time: refreshedAt })}
        primaryAction={
          <Flex gap={2}>
            <LinkButton tag={NavLink} to="credits" variant="tertiary" startIcon={<PriceTag />}>
              {t('ledger.link')}
            </LinkButton>
            <LinkButton tag={NavLink} to="dashboard" variant="tertiary" startIcon={<ChartPie />}>
              {t('dashboard.link')}
            </LinkButton>
            <Button variant="secondary" startIcon={<ArrowClockwise />} loading={queue.isFetching} onClick={() => Promise.all([queue.refetch(), arrivals.refetch()])}>
              {t('queue.refresh')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Action startActions={<QueueFilters view={view} assignees={assignees.data ?? []} onChange={setView} />} />
      <Layouts.Content>
        {arrived > 0 && (
          <Box background="primary100" borderColor="primary200" hasRadius padding={3} marginBottom={4} role="status">
            <Flex justifyContent="space-between" gap={4}>
              <Flex gap={2}>
                <Bell fill="primary600" aria-hidden />
                <Typography textColor="primary700" fontWeight="bold">
                  {t('queue.arrivals', { count: arrived, time: intl.formatTime(seenAt, { hour: '2-digit', minute: '2-digit' }) })}
                </Typography>
              </Flex>
              <Button variant="tertiary" size="S" onClick={markSeen}>
                {t('queue.markSeen')}
              </Button>
            </Flex>
          </Box>
        )}
        {tickets.length === 0 ? (
          <Box data-testid="queue-empty">
          {hasFilters(view) ? (
            <EmptyStateLayout
              content={t('queue.empty.filtered')}
              action={
                <Button
                  variant="secondary"
                  onClick={() => setView(withoutFilters(view))}
                >
                  {t('filters.clear')}
                </Button>
              }
            />
          ) : (
            <EmptyStateLayout content={t('queue.empty')} />
          )}
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <QueueTable
              tickets={tickets}
              firstPosition={(meta.pagination.page - 1) * QUEUE_PAGE_SIZE + 1}
              sort={view.sort}
              now={now}
              seenAt={seenAt}
              onSort={(sort) => setView(changeQueueView(view, { sort }))}
            />
            <Pagination.Root pageCount={meta.pagination.pageCount} total={meta.pagination.total} defaultPageSize={QUEUE_PAGE_SIZE}>
              <Pagination.Links />
            </Pagination.Root>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
