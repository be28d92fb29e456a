import { lazy, Suspense, useMemo, useState } from 'react';
import { Box, Button, EmptyStateLayout, Field, Flex, Grid, Link, Loader, Table, Tbody, Td, Th, Thead, Tr, TextInput, Typography } from '@strapi/design-system';
import { ArrowLeft, Download } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { NavLink, useSearchParams } from 'react-router-dom';
import { TICKET_TIERS, type TicketTier } from '../../../server/src/domain/tickets/statuses';
import type { Stats, TierFigures } from '../api/types';
import { SelectFilter } from '../components/QueueFilters';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT, type MessageKey } from '../hooks/useT';
import {
  PERIOD_PRESETS,
  dailyTotals,
  dashboardViewParams,
  formatChange,
  formatHours,
  formatShare,
  periodRange,
  readDashboardView,
  statsApiQuery,
  toDateInput,
  type DashboardView,
  type PeriodChoice,
} from '../utils/dashboard';

// The charts, and recharts with them, come in their own chunk after the figures: no other page loads the library.
const BarChart = lazy(() => import('../components/dashboard/Charts').then((m) => ({ default: m.BarChart })));
const Heatmap = lazy(() => import('../components/dashboard/Charts').then((m) => ({ default: m.Heatmap })));
const WeeksTable = lazy(() => import('../components/dashboard/Charts').then((m) => ({ default: m.WeeksTable })));

const ANY = '';
const DAY_MS = 86_400_000;

const Section = ({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) => (
  <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={5} aria-label={title} data-testid={testId}>
    <Typography tag="h2" variant="delta" textColor="neutral800">
      {title}
    </Typography>
    <Box paddingTop={3}>{children}</Box>
  </Box>
);

/** One headline figure: a big number, its label, and a line of detail. */
const Figure = ({ label, value, detail, testId, raw }: { label: string; value: string; detail?: string; testId: string; raw: number | null }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} height="100%" data-testid={testId} data-value={raw ?? ''}>
    <Typography variant="sigma" textColor="neutral600" tag="p">
      {label}
    </Typography>
    <Typography variant="alpha" tag="p" textColor="neutral800">
      {value}
    </Typography>
    {detail && (
      <Typography variant="pi" textColor="neutral600" tag="p">
        {detail}
      </Typography>
    )}
  </Box>
);

const ChartFallback = () => (
  <Flex justifyContent="center" padding={6}>
    <Loader small />
  </Flex>
);

/** The figures of each tier side by side, one figure a row. */
const TierTable = ({ stats }: { stats: Stats }) => {
  const { t, locale } = useT();
  const columns: Array<[string, TierFigures, string]> = [
    ...stats.tiers.filter((tier) => stats.byTier[tier]).map((tier): [string, TierFigures, string] => [t(`tier.${tier}`), stats.byTier[tier]!, tier]),
  ];
  if (columns.length > 1) columns.push([t('dashboard.tiers.all'), stats.totals, 'totals']);
  const rows: Array<[MessageKey, (f: TierFigures) => string, (f: TierFigures) => number | null, string]> = [
    ['dashboard.figure.filed', (f) => String(f.filed), (f) => f.filed, 'filed'],
    ['dashboard.figure.resolved', (f) => String(f.resolved), (f) => f.resolved, 'resolved'],
    ['dashboard.figure.compliance', (f) => formatShare(f.firstResponse.compliance, locale), (f) => f.firstResponse.compliance, 'compliance'],
    ['dashboard.figure.answered', (f) => String(f.firstResponse.answered), (f) => f.firstResponse.answered, 'answered'],
    ['dashboard.figure.breached', (f) => String(f.firstResponse.breached), (f) => f.firstResponse.breached, 'breached'],
    ['dashboard.figure.nextCompliance', (f) => formatShare(f.nextResponse.compliance, locale), (f) => f.nextResponse.compliance, 'nextCompliance'],
    ['dashboard.figure.nextAnswered', (f) => String(f.nextResponse.answered), (f) => f.nextResponse.answered, 'nextAnswered'],
    ['dashboard.figure.nextBreaches', (f) => String(f.nextResponse.breaches), (f) => f.nextResponse.breaches, 'nextBreaches'],
    ['dashboard.figure.businessMedian', (f) => formatHours(f.firstResponse.businessHours.median, locale), (f) => f.firstResponse.businessHours.median, 'businessMedian'],
    ['dashboard.figure.businessP90', (f) => formatHours(f.firstResponse.businessHours.p90, locale), (f) => f.firstResponse.businessHours.p90, 'businessP90'],
    ['dashboard.figure.calendarMedian', (f) => formatHours(f.firstResponse.calendarHours.median, locale), (f) => f.firstResponse.calendarHours.median, 'calendarMedian'],
    ['dashboard.figure.calendarP90', (f) => formatHours(f.firstResponse.calendarHours.p90, locale), (f) => f.firstResponse.calendarHours.p90, 'calendarP90'],
  ];
  return (
    <Table colCount={columns.length + 1} rowCount={rows.length + 1} data-testid="dashboard-tiers">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('dashboard.tiers.figure')}</Typography>
          </Th>
          {columns.map(([label, , key]) => (
            <Th key={key}>
              <Typography variant="sigma">{label}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map(([label, show, raw, id]) => (
          <Tr key={id}>
            <Td>
              <Typography textColor="neutral800">{t(label)}</Typography>
            </Td>
            {columns.map(([, figures, key]) => (
              <Td key={key} data-testid={`tier-${key}-${id}`} data-value={raw(figures) ?? ''}>
                <Typography textColor="neutral800" fontWeight={key === 'totals' ? 'bold' : undefined}>
                  {show(figures)}
                </Typography>
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const Empty = ({ text, testId }: { text: string; testId?: string }) => (
  <Box padding={4} background="neutral100" hasRadius data-testid={testId}>
    <Typography textColor="neutral600">{text}</Typography>
  </Box>
);

const DashboardBody = ({ stats, tier }: { stats: Stats; tier?: TicketTier }) => {
  const { t, locale, intl } = useT();
  const totals = stats.totals;
  const days = dailyTotals(stats.daily, tier);
  const dayLabel = (day: string, style: 'short' | 'long') =>
    intl.formatDate(new Date(`${day}T12:00:00Z`), style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const openedSum = days.reduce((sum, d) => sum + d.opened, 0);
  const resolvedSum = days.reduce((sum, d) => sum + d.resolved, 0);
  const arrivals = stats.heatmap.total.flat().reduce((a, b) => a + b, 0);
  const creditsMoved = stats.credits.totals.sold + stats.credits.totals.used > 0;
  const fr = totals.firstResponse;
  const nr = totals.nextResponse;
  // The headline figures, one card each, in reading order.
  const cards: Array<Parameters<typeof Figure>[0]> = [
    {
      testId: 'figure-compliance',
      raw: fr.compliance,
      label: t('dashboard.figure.compliance'),
      value: formatShare(fr.compliance, locale),
      detail: t('dashboard.figure.complianceDetail', { answered: fr.answered, breached: fr.breached }),
    },
    {
      testId: 'figure-nextCompliance',
      raw: nr.compliance,
      label: t('dashboard.figure.nextCompliance'),
      value: formatShare(nr.compliance, locale),
      detail: t('dashboard.figure.nextComplianceDetail', { answered: nr.answered, breached: nr.breached }),
    },
    {
      testId: 'figure-businessMedian',
      raw: fr.businessHours.median,
      label: t('dashboard.figure.businessMedian'),
      value: formatHours(fr.businessHours.median, locale),
      detail: t('dashboard.figure.p90Detail', { p90: formatHours(fr.businessHours.p90, locale), calendar: formatHours(fr.calendarHours.median, locale) }),
    },
    {
      testId: 'figure-filed',
      raw: totals.filed,
      label: t('dashboard.figure.filedResolved'),
      value: `${totals.filed} / ${totals.resolved}`,
      detail: t('dashboard.figure.backlogDetail', { change: formatChange(totals.filed - totals.resolved, locale) }),
    },
    {
      testId: 'figure-deflection',
      raw: stats.deflection.rate,
      label: t('dashboard.figure.deflection'),
      value: formatShare(stats.deflection.rate, locale),
      detail: t('dashboard.figure.deflectionDetail', { deflections: stats.deflection.deflections, filed: stats.deflection.ticketsFiled }),
    },
    {
      testId: 'figure-nextBreaches',
      raw: nr.breaches,
      label: t('dashboard.figure.nextBreaches'),
      value: String(nr.breaches),
      detail: t('dashboard.figure.nextBreachesCard'),
    },
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Grid.Root gap={4}>
        {cards.map((card) => (
          <Grid.Item key={card.testId} col={4} s={6} xs={12} direction="column" alignItems="stretch">
            <Figure {...card} />
          </Grid.Item>
        ))}
      </Grid.Root>

      <Section title={t('dashboard.tiers.title')}>
        <TierTable stats={stats} />
      </Section>

      <Section title={t('dashboard.daily.title')} testId="dashboard-daily">
        {openedSum + resolvedSum === 0 ? (
          <Empty text={t('dashboard.daily.empty')} testId="dashboard-daily-empty" />
        ) : (
          <Suspense fallback={<ChartFallback />}>
            <BarChart
              testId="dashboard-daily-chart"
              title={t('dashboard.daily.title')}
              summary={t('dashboard.daily.summary', { opened: openedSum, resolved: resolvedSum, days: days.length })}
              categories={days.map((d) => ({ label: dayLabel(d.day, 'long'), short: dayLabel(d.day, 'short') }))}
              series={[
                { key: 'opened', label: t('dashboard.daily.opened'), colour: 'primary600' },
                { key: 'resolved', label: t('dashboard.daily.resolved'), colour: 'success500' },
              ]}
              values={days.map((d) => [d.opened, d.resolved])}
            />
          </Suspense>
        )}
      </Section>

      <Section title={t('dashboard.heatmap.title')}>
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('dashboard.heatmap.hint', { timezone: stats.timezone })}
        </Typography>
        <Box paddingTop={3}>
          {arrivals === 0 ? (
            <Empty text={t('dashboard.heatmap.empty')} testId="dashboard-heatmap-empty" />
          ) : (
            <Suspense fallback={<ChartFallback />}>
              <Heatmap grid={tier ? (stats.heatmap.byTier[tier] ?? stats.heatmap.total) : stats.heatmap.total} timezone={stats.timezone} />
            </Suspense>
          )}
        </Box>
      </Section>

      <Grid.Root gap={4}>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Section title={t('dashboard.deflection.title')} testId="dashboard-deflection">
            {stats.deflection.top.length === 0 ? (
              <Empty text={t('dashboard.deflection.empty')} />
            ) : (
              <Table colCount={2} rowCount={stats.deflection.top.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{t('dashboard.deflection.entry')}</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">{t('dashboard.deflection.count')}</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {stats.deflection.top.map((entry) => (
                    <Tr key={`${entry.source}-${entry.documentId}`}>
                      <Td>
                        <Typography textColor="neutral800">{entry.title ?? t('dashboard.deflection.untitled', { source: entry.source })}</Typography>
                      </Td>
                      <Td>
                        <Typography textColor="neutral800">{entry.count}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Section>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Figure
            testId="figure-penalized"
            raw={stats.fairUse.penalizedCustomers}
            label={t('dashboard.fairUse.title')}
            value={String(stats.fairUse.penalizedCustomers)}
            detail={t('dashboard.fairUse.detail')}
          />
        </Grid.Item>
      </Grid.Root>

      <Section title={t('dashboard.credits.title')} testId="dashboard-credits">
        <Typography variant="pi" textColor="neutral600" tag="p" data-testid="credits-totals">
          {t('dashboard.credits.totals', { sold: stats.credits.totals.sold, used: stats.credits.totals.used })}
        </Typography>
        <Box paddingTop={3}>
          {!creditsMoved ? (
            <Empty text={t('dashboard.credits.empty')} />
          ) : (
            <Suspense fallback={<ChartFallback />}>
              <BarChart
                testId="dashboard-credits-chart"
                title={t('dashboard.credits.title')}
                summary={t('dashboard.credits.totals', { sold: stats.credits.totals.sold, used: stats.credits.totals.used })}
                categories={stats.credits.weeks.map((w) => ({ label: w.week, short: w.week.slice(5) }))}
                series={[
                  { key: 'sold', label: t('dashboard.credits.sold'), colour: 'primary600' },
                  { key: 'used', label: t('dashboard.credits.used'), colour: 'warning500' },
                ]}
                values={stats.credits.weeks.map((w) => [w.sold, w.used])}
              />
              <WeeksTable weeks={stats.credits.weeks.filter((w) => w.sold || w.used)} />
            </Suspense>
          )}
        </Box>
      </Section>
    </Flex>
  );
};

/** The support lead's figures over a period: service levels per tier, volume, deflection, fair use and credits. */
export const DashboardPage = () => {
  const { t, intl } = useT();
  const api = useHelpdeskApi();
  const { toggleNotification } = useNotification();
  const [params, setParams] = useSearchParams();
  const view = readDashboardView(params);
  const setView = (next: DashboardView) => setParams(dashboardViewParams(next));
  // The time the page was opened: a preset period ends at the next full hour after it.
  const [openedAt] = useState(() => new Date());
  const range = periodRange(view, openedAt);
  const query = 'error' in range ? null : statsApiQuery(range, view.tier);
  const [downloading, setDownloading] = useState(false);

  const stats = useQuery({
    queryKey: ['helpdesk', 'stats', query],
    queryFn: () => api.stats(query!),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });

  const periodText = useMemo(() => {
    if (!stats.data) return '';
    const from = new Date(stats.data.from);
    const last = new Date(new Date(stats.data.to).getTime() - 1);
    return intl.formatDateTimeRange ? intl.formatDateTimeRange(from, last, { day: 'numeric', month: 'short', year: 'numeric' }) : `${intl.formatDate(from)} – ${intl.formatDate(last)}`;
  }, [stats.data, intl]);

  const download = async () => {
    if (!query) return;
    setDownloading(true);
    try {
      const blob = await api.statsCsv(query);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `helpdesk-stats-${stats.data?.from.slice(0, 10) ?? ''}-${stats.data?.to.slice(0, 10) ?? ''}.csv`;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      toggleNotification({ type: 'danger', message: t('dashboard.csv.failed') });
    } finally {
      setDownloading(false);
    }
  };

  const choosePeriod = (period: PeriodChoice) => {
    if (period !== 'custom') return setView({ period, tier: view.tier });
    // A custom range starts as the last 30 days, to edit.
    setView({ period, tier: view.tier, from: view.from ?? toDateInput(new Date(openedAt.getTime() - 29 * DAY_MS)), to: view.to ?? toDateInput(openedAt) });
  };

  if (stats.isError) return <Page.Error />;

  return (
    <Page.Main>
      <Page.Title>{t('dashboard.title')}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={NavLink} to=".." startIcon={<ArrowLeft />}>
            {t('ticket.back')}
          </Link>
        }
        title={t('dashboard.title')}
        subtitle={stats.data ? t('dashboard.subtitle', { period: periodText, timezone: stats.data.timezone }) : undefined}
        primaryAction={
          <Button variant="secondary" startIcon={<Download />} loading={downloading} disabled={!query} onClick={download}>
            {t('dashboard.csv.download')}
          </Button>
        }
      />
      <Layouts.Action
        startActions={
          <Flex gap={4} wrap="wrap" alignItems="flex-start">
            <SelectFilter
              label={t('dashboard.period.label')}
              width="18rem"
              value={view.period}
              options={[...PERIOD_PRESETS.map((days): [string, string] => [days, t('dashboard.period.days', { count: Number(days) })]), ['custom', t('dashboard.period.custom')]]}
              onChange={(value) => choosePeriod(value as PeriodChoice)}
            />
            {view.period === 'custom' && (
              <>
                <Field.Root width="16rem" error={'error' in range && range.error !== 'missing' ? t(`dashboard.period.error.${range.error}`) : undefined}>
                  <Field.Label>{t('dashboard.period.from')}</Field.Label>
                  <TextInput type="date" value={view.from ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setView({ ...view, from: e.target.value || undefined })} />
                  <Field.Error />
                </Field.Root>
                <Field.Root width="16rem">
                  <Field.Label>{t('dashboard.period.to')}</Field.Label>
                  <TextInput type="date" value={view.to ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setView({ ...view, to: e.target.value || undefined })} />
                </Field.Root>
              </>
            )}
            <SelectFilter
              label={t('filters.tier')}
              width="16rem"
              value={view.tier ?? ANY}
              options={[[ANY, t('filters.any')], ...TICKET_TIERS.map((tier): [string, string] => [tier, t(`tier.${tier}`)])]}
              onChange={(value) => setView({ ...view, tier: (value || undefined) as TicketTier | undefined })}
            />
          </Flex>
        }
      />
      <Layouts.Content>
        {query === null ? (
          <EmptyStateLayout content={t('dashboard.period.choose')} />
        ) : stats.isPending ? (
          <Page.Loading />
        ) : (
          <Box data-testid="dashboard" aria-busy={stats.isFetching}>
            <DashboardBody stats={stats.data} tier={view.tier} />
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default DashboardPage;
