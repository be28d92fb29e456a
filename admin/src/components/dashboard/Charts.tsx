import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Bar, CartesianGrid, BarChart as RechartsBarChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { useTheme, type DefaultTheme } from 'styled-components';
import { useT } from '../../hooks/useT';
import { HEAT_COLOURS, heatColour, heatTextColour, weekdayNames } from '../../utils/dashboard';

/** A colour of the design-system theme, so the charts follow the admin's light or dark theme. */
export type ThemeColour = keyof DefaultTheme['colors'];

export interface Series {
  key: string;
  label: string;
  colour: ThemeColour;
}

interface Category {
  label: string;
  short: string;
}

/** One row of the chart's data: the category and a number per series, by the series' key. */
type Datum = { label: string; short: string } & Record<string, number | string>;

const CHART_HEIGHT = 240;

/** The numbers of one category under the pointer (or the keyboard's focus), in the admin's own style. */
const ChartTooltip = ({ active, payload, series }: TooltipContentProps & { series: Series[] }) => {
  const theme = useTheme();
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <Box background="neutral0" hasRadius shadow="popupShadow" padding={3} borderColor="neutral150" data-testid="chart-tooltip">
      <Typography variant="omega" fontWeight="bold" textColor="neutral800" tag="p">
        {datum.label}
      </Typography>
      {series.map((s) => (
        <Flex key={s.key} gap={2} paddingTop={1}>
          <Box width="1rem" height="1rem" hasRadius style={{ background: theme.colors[s.colour] }} />
          <Typography variant="pi" textColor="neutral700">
            {s.label}
          </Typography>
          <Typography variant="pi" fontWeight="bold" textColor="neutral800" style={{ marginLeft: 'auto', paddingLeft: 12 }}>
            {Number(datum[s.key] ?? 0)}
          </Typography>
        </Flex>
      ))}
    </Box>
  );
};

/**
 * Grouped bars, one group per category, drawn by recharts at the box's width. The chart is an image
 * with a one-line summary (its bars can also be stepped through with the arrow keys, which shows
 * their tooltip); the numbers are in a table for screen readers beside it.
 */
export const BarChart = ({
  title,
  summary,
  categories,
  series,
  values,
  testId,
}: {
  title: string;
  summary: string;
  /** The labels under the groups (short) and in the tooltip and the table (label). */
  categories: Category[];
  series: Series[];
  /** values[category][series] */
  values: number[][];
  testId: string;
}) => {
  const { t } = useT();
  const theme = useTheme();
  const data: Datum[] = categories.map((category, i) => ({
    ...Object.fromEntries(series.map((s, j) => [s.key, values[i]?.[j] ?? 0])),
    label: category.label,
    short: category.short,
  }));
  const shortLabel = new Map(categories.map((category) => [category.label, category.short]));
  const axisTick = { fill: theme.colors.neutral600, fontSize: 12 };

  return (
    <Box data-testid={testId}>
      {/* The series' names head the table's columns; to a screen reader this would say them twice. */}
      <Flex gap={4} paddingBottom={2} aria-hidden>
        {series.map((s) => (
          <Flex key={s.key} gap={2}>
            <Box width="1.2rem" height="1.2rem" hasRadius style={{ background: theme.colors[s.colour] }} />
            <Typography variant="pi" textColor="neutral700">
              {s.label}
            </Typography>
          </Flex>
        ))}
      </Flex>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <RechartsBarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barGap={2} role="img" aria-label={`${title}: ${summary}`}>
          <CartesianGrid vertical={false} stroke={theme.colors.neutral150} />
          {/* The long labels key the categories (short ones repeat over a year); the axis shows the short ones, as many as fit. */}
          <XAxis
            dataKey="label"
            tickFormatter={(label: string) => shortLabel.get(label) ?? label}
            tick={axisTick}
            tickLine={false}
            axisLine={{ stroke: theme.colors.neutral200 }}
            interval="preserveStartEnd"
            minTickGap={24}
          />
          <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={40} />
          <Tooltip cursor={{ fill: theme.colors.neutral150, fillOpacity: 0.6 }} content={(props) => <ChartTooltip {...props} series={series} />} isAnimationActive={false} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={theme.colors[s.colour]} maxBarSize={24} radius={[2, 2, 0, 0]} />
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.chart.category')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category, i) => (
              <tr key={category.label}>
                <th scope="row">{category.label}</th>
                {series.map((s, j) => (
                  <td key={s.key}>{values[i]?.[j] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
};

/** Arrivals by local weekday (rows, Monday first) and hour (columns), darker for more. */
export const Heatmap = ({ grid, timezone }: { grid: number[][]; timezone: string }) => {
  const { t, locale } = useT();
  const theme = useTheme();
  const days = weekdayNames(locale);
  const longDays = weekdayNames(locale, 'long');
  const max = Math.max(0, ...grid.flat());
  const cell = 36;
  const gap = 3;
  const left = 48;
  const topPad = 22;
  const width = left + 24 * (cell + gap);
  const height = topPad + 7 * (cell + gap);
  const label = (day: number, hour: number) => t('dashboard.heatmap.cell', { day: longDays[day], hour: String(hour).padStart(2, '0'), count: grid[day]?.[hour] ?? 0 });

  return (
    <Box data-testid="dashboard-heatmap">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('dashboard.heatmap.summary', { timezone, max })} style={{ display: 'block' }}>
        <title>{t('dashboard.heatmap.summary', { timezone, max })}</title>
        {Array.from({ length: 24 }, (_, hour) =>
          hour % 3 === 0 ? (
            <text key={hour} x={left + hour * (cell + gap) + cell / 2} y={14} textAnchor="middle" fontSize="12" fill={theme.colors.neutral600}>
              {String(hour).padStart(2, '0')}
            </text>
          ) : null
        )}
        {days.map((day, d) => (
          <g key={day}>
            <text x={left - 8} y={topPad + d * (cell + gap) + cell / 2 + 4} textAnchor="end" fontSize="12" fill={theme.colors.neutral800}>
              {day}
            </text>
            {Array.from({ length: 24 }, (_, hour) => {
              const value = grid[d]?.[hour] ?? 0;
              const x = left + hour * (cell + gap);
              const yPos = topPad + d * (cell + gap);
              return (
                <g key={hour} data-testid="heatmap-cell" aria-label={label(d, hour)}>
                  <title>{label(d, hour)}</title>
                  <rect x={x} y={yPos} width={cell} height={cell} rx={4} fill={heatColour(value, max)} />
                  {value > 0 && (
                    <text x={x + cell / 2} y={yPos + cell / 2 + 4} textAnchor="middle" fontSize="12" fill={heatTextColour(value, max)} aria-hidden>
                      {value}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <Flex gap={2} paddingTop={2} aria-hidden>
        <Typography variant="pi" textColor="neutral600">
          {t('dashboard.heatmap.fewer')}
        </Typography>
        {HEAT_COLOURS.map((colour) => (
          <Box key={colour} width="1.6rem" height="1.2rem" hasRadius borderColor="neutral200" style={{ background: colour }} />
        ))}
        <Typography variant="pi" textColor="neutral600">
          {t('dashboard.heatmap.more')}
        </Typography>
      </Flex>
      <VisuallyHidden>
        <table data-testid="heatmap-table">
          <caption>{t('dashboard.heatmap.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.heatmap.weekday')}</th>
              {Array.from({ length: 24 }, (_, hour) => (
                <th key={hour} scope="col">
                  {String(hour).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {longDays.map((day, d) => (
              <tr key={day}>
                <th scope="row">{day}</th>
                {Array.from({ length: 24 }, (_, hour) => (
                  <td key={hour}>{grid[d]?.[hour] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
};

/** A small visible table, for the credits per week next to their chart. */
export const WeeksTable = ({ weeks }: { weeks: Array<{ week: string; sold: number; used: number }> }) => {
  const { t } = useT();
  return (
    <Table colCount={3} rowCount={weeks.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('dashboard.credits.week')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('dashboard.credits.sold')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('dashboard.credits.used')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {weeks.map((week) => (
          <Tr key={week.week}>
            <Td>
              <Typography>{week.week}</Typography>
            </Td>
            <Td>
              <Typography>{week.sold}</Typography>
            </Td>
            <Td>
              <Typography>{week.used}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export default { BarChart, Heatmap, WeeksTable };
