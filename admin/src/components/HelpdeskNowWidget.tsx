import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router-dom';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT, type MessageKey } from '../hooks/useT';
import { PLUGIN_ID } from '../pluginId';
import { DUE_SOON_MINUTES } from '../utils/queue-view';

const REFRESH_MS = 60_000;
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchInterval: REFRESH_MS } } });
const queue = (query = '') => `/plugins/${PLUGIN_ID}${query ? `?${query}` : ''}`;

const Counts = () => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const total = (query: string) => api.queue(`${query}${query ? '&' : ''}page=1&pageSize=1`).then((page) => page.meta.pagination.total);
  const open = useQuery({ queryKey: ['helpdesk', 'widget', 'open'], queryFn: () => total('') });
  const breached = useQuery({ queryKey: ['helpdesk', 'widget', 'breached'], queryFn: () => total('breached=true') });
  const priority = useQuery({ queryKey: ['helpdesk', 'widget', 'priority'], queryFn: () => total('tier=priority') });
  const dueSoon = `dueWithin=${DUE_SOON_MINUTES}`;
  const due = useQuery({ queryKey: ['helpdesk', 'widget', 'due'], queryFn: () => total(dueSoon) });

  const all = [open, breached, priority, due];
  if (all.some((q) => q.isPending)) return <Widget.Loading />;
  if (all.some((q) => q.isError)) return <Widget.Error />;

  const rows: Array<{ id: string; key: MessageKey; count: number; to: string; tone: string }> = [
    { id: 'open', key: 'widget.open', count: open.data!, to: queue(), tone: 'neutral800' },
    { id: 'due', key: 'widget.dueSoon', count: due.data!, to: queue(dueSoon), tone: due.data! > 0 ? 'warning600' : 'neutral800' },
    { id: 'breached', key: 'widget.breached', count: breached.data!, to: queue('breached=true'), tone: breached.data! > 0 ? 'danger600' : 'neutral800' },
    { id: 'priority', key: 'widget.priority', count: priority.data!, to: queue('tier=priority'), tone: 'neutral800' },
  ];
  return (
    <Flex direction="column" alignItems="stretch" gap={1} tag="ul" data-testid="helpdesk-now">
      {rows.map((row) => (
        <Box tag="li" key={row.id} paddingTop={2} paddingBottom={2} borderColor="neutral150" style={{ borderWidth: '0 0 1px 0', borderStyle: 'solid' }}>
          <Flex justifyContent="space-between" gap={4}>
            <Link tag={NavLink} to={row.to} data-testid={`widget-${row.id}`}>
              {t(row.key, { count: row.count })}
            </Link>
            <Typography variant="delta" tag="span" textColor={row.tone} data-value={row.count} data-testid={`widget-${row.id}-count`} aria-hidden>
              {row.count}
            </Typography>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};

/** The homepage widget "Helpdesk now": what needs doing, each line a link to the queue showing it. */
export const HelpdeskNowWidget = () => (
  <QueryClientProvider client={queryClient}>
    <Counts />
  </QueryClientProvider>
);

export default HelpdeskNowWidget;
