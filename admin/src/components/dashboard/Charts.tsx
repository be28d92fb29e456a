import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useT } from '../../hooks/useT';
import { HEAT_COLOURS, heatColour, heatTextColour, niceMax, weekdayNames } from '../../utils/dashboard';

export interface Series {
  key: string;
  label: string;
  colour: string;
}

/**
 * Grouped bars, one group per category, drawn in SVG and scaled to the box's width. The SVG is an
 * image with a one-line summary; the numbers are in a table for screen readers beside it.
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
  /** The labels under the groups, and the header of the table's first column. */
  categories: { label: string; short: string }[];
  series: Series[];
  /** values[category][series] */
  values: number[][];
  testId: string;
}) => {
  const { t } = useT();
  const width = 1000;
  const height = 220;
  const left = 40;
  const bottom = 28;
  const top = 8;
  const plotWidth = width - left - 8;
  const plotHeight = height - top - bottom;
  const max = niceMax(Math.max(0, ...values.flat()));
  const groupWidth = plotWidth / Math.max(1, categories.length);
  const barWidth = Math.max(1, Math.min(24, (groupWidth * 0.8) / series.length));
  // A label under every group fits up to ~16 groups; more, and every n-th.
  const labelEvery = Math.max(1, Math.ceil(categories.length / 16));
  const ticks = Number.isInteger(max / 2) ? [0, max / 2, max] : [0, max];
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;

  return (
    <Box data-testid={testId}>
      <Flex gap={4} paddingBottom={2} aria-hidden>
        {series.map((s) => (
          <Flex key={s.key} gap={2}>
            <Box width="1.2rem" height="1.2rem" hasRadius style={{ background: s.colour }} />
            <Typography variant="pi" textColor="neutral700">
              {s.label}
            </Typography>
          </Flex>
        ))}
      </Flex>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}: ${summary}`} style={{ display: 'block', maxHeight: 260 }}>
        <title>{`${title}: ${summary}`}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - 8} y1={y(tick)} y2={y(tick)} stroke="#eaeaef" />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#666687">
              {Number.isInteger(tick) ? tick : tick.toFixed(1)}
            </text>
          </g>
        ))}
        {categories.map((category, i) => {
          const x0 = left + i * groupWidth + (groupWidth - barWidth * series.length) / 2;
          return (
            <g key={category.label}>
              {series.map((s, j) => {
                const value = values[i]?.[j] ?? 0;
                return (
                  <rect key={s.key} x={x0 + j * barWidth} y={y(value)} width={Math.max(1, barWidth - 1)} height={top + plotHeight - y(value)} fill={s.colour}>
                    <title>{`${category.label} · ${s.label}: ${value}`}</title>
                  </rect>
                );
              })}
              {i % labelEvery === 0 && (
                <text x={left + i * groupWidth + groupWidth / 2} y={height - 8} textAnchor="middle" fontSize="12" fill="#666687">
                  {category.short}
                </text>
              )}
            </g>
          );
        })}
      </svg>
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
            <text key={hour} x={left + hour * (cell + gap) + cell / 2} y={14} textAnchor="middle" fontSize="12" fill="#666687">
              {String(hour).padStart(2, '0')}
            </text>
          ) : null
        )}
        {days.map((day, d) => (
          <g key={day}>
            <text x={left - 8} y={topPad + d * (cell + gap) + cell / 2 + 4} textAnchor="end" fontSize="12" fill="#32324d">
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
          <Box key={colour} width="1.6rem" height="1.2rem" hasRadius style={{ background: colour, border: '1px solid #dcdce4' }} />
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
