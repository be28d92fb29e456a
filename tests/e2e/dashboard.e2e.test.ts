import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './helpers/playground';
import { demoAdmin, e2eBaseUrl, fileTicket, newCustomer, openQueue, pagePerTest, screenshot, waitForQueue, type AuthenticatedClient } from './helpers';

const dashboardUrl = (query = '') => `${e2eBaseUrl()}/admin/plugins/helpdesk/dashboard${query}`;

/**
 * The whole page at 1280 px wide, with no notification over it (the admin scrolls inside its layout).
 * `before` runs once the page has its size, so a tooltip it opens is still there in the picture.
 */
async function tallScreenshot(page: Page, name: string, height: number, before?: () => Promise<void>) {
  for (const button of await page.getByRole('button', { name: /^Close$/ }).all()) await button.click().catch(() => undefined);
  await page.setViewportSize({ width: 1280, height });
  await page.waitForTimeout(500);
  await before?.();
  return screenshot(page, name);
}

/** Waits for the page's own stats request and returns its query (from, to, tier). */
const statsRequest = (page: Page) =>
  page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/helpdesk/stats') && response.request().method() === 'GET').then((response) => {
    expect(response.status()).toBe(200);
    return Object.fromEntries(new URL(response.url()).searchParams) as Record<string, string>;
  });

const value = async (page: Page, testId: string) => {
  const raw = await page.getByTestId(testId).getAttribute('data-value');
  return raw === '' || raw === null ? null : Number(raw);
};

/** Waits until `count()` gives `expected` (recharts draws after it has measured its box); returns the last count. */
async function countReaches(count: () => Promise<number>, expected: number, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = await count();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await count();
  }
  return last;
}

/**
 * A recharts bar chart of the dashboard: its SVG, its bars, and the visually hidden table with a row
 * per category holding `expected` (expected[category][series]). Returns the chart and the table's
 * row headers.
 */
async function readBarChart(page: Page, testId: string, seriesCount: number, expected: number[][]) {
  const chart = page.getByTestId(testId);
  const surface = chart.locator('svg.recharts-surface');
  await surface.waitFor();
  await expect(surface.getAttribute('role')).resolves.toBe('img');
  // A group of bars per series, with a bar for each number above 0 (recharts draws none for a 0).
  const bars = chart.locator('.recharts-bar-rectangles');
  await expect(bars.count()).resolves.toBe(seriesCount);
  for (let j = 0; j < seriesCount; j++) {
    const painted = expected.filter((row) => row[j] > 0).length;
    await expect(countReaches(() => bars.nth(j).locator('g.recharts-bar-rectangle path.recharts-rectangle').count(), painted)).resolves.toBe(painted);
  }
  // The axis shows (some of) the short labels; as many as fit without overlapping.
  expect(await chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count()).toBeGreaterThan(0);

  const rows = chart.locator('table tbody tr');
  await expect(rows.count()).resolves.toBe(expected.length);
  const labels = await rows.locator('th').allTextContents();
  const columns: number[][] = [];
  for (let j = 0; j < seriesCount; j++) columns.push((await rows.locator(`td:nth-of-type(${j + 1})`).allTextContents()).map(Number));
  expect(columns).toEqual(Array.from({ length: seriesCount }, (_, j) => expected.map((row) => row[j])));
  return { chart, labels };
}

describe('the staff dashboard', () => {
  const session = pagePerTest();
  let admin: AuthenticatedClient;

  beforeAll(async () => {
    admin = await demoAdmin();
    const customer = await newCustomer();
    const filed = [];
    for (const subject of ['Invoice PDF is blank', 'Cannot change my e-mail address', 'Export to CSV times out']) {
      filed.push(await fileTicket(customer, { subject, body: `${subject}. Since this morning, on every try.` }));
    }
    await admin.post(`/helpdesk/tickets/${filed[0].documentId}/reply`, { data: { body: 'Thanks, we are looking into the blank invoices now.' } });
    // The customer writes back and staff answer again: a next response, counted apart from the first.
    await customer.post(`/api/helpdesk/tickets/${filed[0].documentId}/messages`, { data: { body: 'Still blank this afternoon.' } });
    await admin.post(`/helpdesk/tickets/${filed[0].documentId}/reply`, { data: { body: 'Fixed: the invoices render again.' } });
  });

  it('opens from the queue and shows the same figures as GET /helpdesk/stats, with the charts and their tables', async () => {
    const { page } = session;
    // Without the bars' grow-in animation the chart is complete as soon as it is there.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openQueue(page);
    const request = statsRequest(page);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const query = await request;
    await page.getByTestId('dashboard').waitFor();
    expect(page.url()).toBe(dashboardUrl());
    // The default period: the last 30 days, to the next full hour.
    expect(new Date(query.to).getTime() - new Date(query.from).getTime()).toBe(30 * 86_400_000);

    const { data: stats } = (await admin.get('/helpdesk/stats', { query })).body;
    expect(stats.totals.filed).toBeGreaterThanOrEqual(3);
    expect(stats.totals.firstResponse.answered).toBeGreaterThanOrEqual(1);

    expect(await value(page, 'figure-filed')).toBe(stats.totals.filed);
    expect(await value(page, 'figure-compliance')).toBe(stats.totals.firstResponse.compliance);
    expect(stats.totals.nextResponse.answered).toBeGreaterThanOrEqual(1);
    expect(await value(page, 'figure-nextCompliance')).toBe(stats.totals.nextResponse.compliance);
    expect(await value(page, 'figure-nextBreaches')).toBe(stats.totals.nextResponse.breaches);
    expect(await value(page, 'figure-businessMedian')).toBe(stats.totals.firstResponse.businessHours.median);
    expect(await value(page, 'figure-deflection')).toBe(stats.deflection.rate);
    expect(await value(page, 'figure-penalized')).toBe(stats.fairUse.penalizedCustomers);
    for (const tier of stats.tiers as string[]) {
      const figures = stats.byTier[tier];
      expect(await value(page, `tier-${tier}-filed`)).toBe(figures.filed);
      expect(await value(page, `tier-${tier}-resolved`)).toBe(figures.resolved);
      expect(await value(page, `tier-${tier}-answered`)).toBe(figures.firstResponse.answered);
      expect(await value(page, `tier-${tier}-breached`)).toBe(figures.firstResponse.breached);
      expect(await value(page, `tier-${tier}-compliance`)).toBe(figures.firstResponse.compliance);
      expect(await value(page, `tier-${tier}-nextBreaches`)).toBe(figures.nextResponse.breaches);
      expect(await value(page, `tier-${tier}-nextCompliance`)).toBe(figures.nextResponse.compliance);
      expect(await value(page, `tier-${tier}-nextAnswered`)).toBe(figures.nextResponse.answered);
      expect(await value(page, `tier-${tier}-calendarMedian`)).toBe(figures.firstResponse.calendarHours.median);
      expect(await value(page, `tier-${tier}-businessP90`)).toBe(figures.firstResponse.businessHours.p90);
    }
    await expect(page.getByTestId('credits-totals').innerText()).resolves.toContain(`${stats.credits.totals.sold} sold`);

    // The heatmap: an SVG grid of 7 × 24 cells, each named, and the numbers in a table.
    const heatmap = page.getByTestId('dashboard-heatmap');
    await heatmap.locator('svg[role="img"]').waitFor();
    await expect(heatmap.getByTestId('heatmap-cell').count()).resolves.toBe(7 * 24);
    const cells = await page.getByTestId('heatmap-table').locator('tbody td').allTextContents();
    expect(cells.map(Number)).toEqual((stats.heatmap.total as number[][]).flat());
    const busiest = Math.max(...(stats.heatmap.total as number[][]).flat());
    await expect(heatmap.locator('svg').getAttribute('aria-label')).resolves.toContain(`at most ${busiest} in one hour`);

    // Opened vs resolved per day, summed over the tiers: recharts bars, and a table with a row per day.
    const perDay = new Map<string, [number, number]>();
    for (const row of stats.daily as Array<{ day: string; opened: number; resolved: number }>) {
      const [opened, resolved] = perDay.get(row.day) ?? [0, 0];
      perDay.set(row.day, [opened + row.opened, resolved + row.resolved]);
    }
    const days = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, numbers]) => numbers);
    const daily = await readBarChart(page, 'dashboard-daily-chart', 2, days);
    await expect(daily.chart.locator('svg.recharts-surface').getAttribute('aria-label')).resolves.toContain(
      `${days.reduce((sum, [opened]) => sum + opened, 0)} opened and ${days.reduce((sum, [, resolved]) => sum + resolved, 0)} resolved over ${days.length} days`
    );

    // Credits sold and used per week, when any moved.
    const weeks = (stats.credits.weeks as Array<{ sold: number; used: number }>).map((week) => [week.sold, week.used]);
    if (stats.credits.totals.sold + stats.credits.totals.used > 0) await readBarChart(page, 'dashboard-credits-chart', 2, weeks);

    // From the keyboard: the chart takes the focus and the arrow keys step through the days' tooltips.
    await daily.chart.locator('svg.recharts-surface').focus();
    await page.keyboard.press('ArrowRight');
    const tooltip = daily.chart.getByTestId('chart-tooltip');
    await tooltip.waitFor();
    const [dayShown, ...figures] = (await tooltip.innerText()).split('\n');
    expect(daily.labels).toContain(dayShown);
    expect(figures.join(' ')).toMatch(/Opened\s+\d+\s+Resolved\s+\d+/);
    await daily.chart.locator('svg.recharts-surface').blur();

    // The busiest day's tooltip gives its date and both numbers; it stays open for the screenshot.
    const busiestDay = days.reduce((best, numbers, i) => (numbers[0] > days[best][0] ? i : best), 0);
    const file = await tallScreenshot(page, 'staff-dashboard', 2500, async () => {
      // The keyboard check above scrolled the chart into view: the picture starts at the page's top.
      await page.evaluate(() => {
        for (const element of Array.from(document.querySelectorAll<HTMLElement>('*'))) if (element.scrollTop > 0) element.scrollTop = 0;
      });
      // Only the days with a ticket opened have an "Opened" bar.
      const bar = days.slice(0, busiestDay).filter(([opened]) => opened > 0).length;
      await daily.chart.locator('.recharts-bar-rectangles').first().locator('path.recharts-rectangle').nth(bar).hover();
      await tooltip.waitFor();
      const text = await tooltip.innerText();
      expect(text).toContain(daily.labels[busiestDay]);
      expect(text).toMatch(new RegExp(`Opened\\s+${days[busiestDay][0]}\\b`));
      expect(text).toMatch(new RegExp(`Resolved\\s+${days[busiestDay][1]}\\b`));
    });
    fs.copyFileSync(file, path.join(REPO_ROOT, 'docs', 'staff-dashboard.png'));
  });

  it('downloads the period as CSV through the admin client, with the token', async () => {
    const { page } = session;
    const request = statsRequest(page);
    await page.goto(dashboardUrl('?period=7'));
    const query = await request;
    await page.getByTestId('dashboard').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^helpdesk-stats-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const expected = (await admin.get('/helpdesk/stats', { query: { ...query, format: 'csv' }, headers: { accept: 'text/csv' } })).body;
    expect(csv).toBe(expected);
    expect(csv.split('\n')[0]).toMatch(/day/);
  });

  it('narrows to a tier and says so when a period has nothing', async () => {
    const { page } = session;
    const request = statsRequest(page);
    await page.goto(dashboardUrl('?period=custom&from=2020-01-06&to=2020-01-12&tier=priority'));
    const query = await request;
    expect(query.tier).toBe('priority');
    await page.getByTestId('dashboard').waitFor();
    await page.getByTestId('dashboard-heatmap-empty').waitFor();
    await page.getByTestId('dashboard-daily-empty').waitFor();
    expect(await value(page, 'figure-filed')).toBe(0);
    await expect(page.getByTestId('figure-compliance').innerText()).resolves.toContain('—');
    await tallScreenshot(page, 'staff-dashboard-empty', 1400);
  });

  it('shows "Helpdesk now" on the admin homepage, each line opening the queue filtered', async () => {
    const { page } = session;
    await page.goto(`${e2eBaseUrl()}/admin`);
    const widget = page.getByTestId('helpdesk-now');
    await widget.waitFor({ timeout: 30_000 });
    const total = async (query: Record<string, string>) => (await admin.get('/helpdesk/tickets', { query: { ...query, pageSize: '1' } })).body.meta.pagination.total;
    expect(await value(page, 'widget-open-count')).toBe(await total({}));
    expect(await value(page, 'widget-breached-count')).toBe(await total({ breached: 'true' }));
    expect(await value(page, 'widget-priority-count')).toBe(await total({ tier: 'priority' }));
    const dueSoon = await total({ dueWithin: '60' });
    expect(await value(page, 'widget-due-count')).toBe(dueSoon);
    await widget.scrollIntoViewIfNeeded();
    await tallScreenshot(page, 'homepage-helpdesk-now', 1000);

    await page.getByTestId('widget-breached').click();
    await page.waitForURL(/\/admin\/plugins\/helpdesk\?breached=true$/);
    await waitForQueue(page);
    await expect(page.getByRole('checkbox', { name: 'Breached only' }).isChecked()).resolves.toBe(true);

    await page.goto(`${e2eBaseUrl()}/admin`);
    await page.getByTestId('widget-due').click();
    await page.waitForURL(/\/admin\/plugins\/helpdesk\?dueWithin=60$/);
    await waitForQueue(page);
    await expect(page.getByRole('checkbox', { name: 'Due within the hour' }).isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('queue-row').count()).resolves.toBe(Math.min(dueSoon, 25));
  });
});
