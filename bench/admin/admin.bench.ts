/**
 * Run from the repository root:
 *   node -r ./bench/register.js bench/admin/admin.bench.ts              (SQLite)
 *   DB=postgres node -r ./bench/register.js bench/admin/admin.bench.ts  (PostgreSQL)
 * ADMIN_BENCH_TICKETS, ADMIN_BENCH_USERS, ADMIN_BENCH_LOADS change the sizes;
 * ADMIN_BENCH_SKIP_BUILD=1 serves playground/build as it is instead of building it first;
 * ADMIN_BENCH_TIMEOUT_MS is how long one load may take to show its rows (default 60 s);
 * ADMIN_BENCH_DEBUG=1 prints the browser's errors, failed and slow (> 300 ms) requests.
 *
 * What a member of staff waits for in the browser: with 100,000 tickets, the time from navigating
 * to the plugin's queue page (/admin/plugins/helpdesk) until its first 25 rows are visible, against
 * the same for the Content Manager's list of the same tickets (25 a page, oldest first, as the
 * queue bench's baseline reads them), in one Chromium session on one database. Each is loaded once
 * to warm up, then ADMIN_BENCH_LOADS (10) times, interleaved; the queue page must not be slower
 * at the median (ours/CM at most 1.0).
 *
 * The served app is the playground with its built admin panel (`strapi start`), on a database
 * seeded beforehand: the bench boots the playground in this process on a fresh database
 * (HELPDESK_SEED=false), bulk-seeds the tickets with bench/queue/seed.ts, adds a super admin, shuts
 * down, then starts `strapi start` on that database and logs in through the login form.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { bootStrapi, PLAYGROUND_APP } from '../../tests/helpers/strapi';
import { databaseKind, type TestDatabase } from '../../tests/helpers/database';
import { launchChromium, newAdminContext, type LaunchedBrowser } from '../../tests/e2e/helpers/browser';
import { adminClient, loginToAdmin } from '../../tests/e2e/helpers/admin';
import {
  buildPlaygroundAdmin,
  ensurePluginBuilt,
  seconds,
  startPlayground,
  TESTS_TMP_DIR,
  type PlaygroundServer,
} from '../../tests/e2e/helpers/playground';
import { TICKET_UID } from '../../server/src/uids';
import { seed } from '../queue/seed';
import { reportGoal } from '../goals';

const TICKETS = Number(process.env.ADMIN_BENCH_TICKETS ?? 100_000);
const USERS = Number(process.env.ADMIN_BENCH_USERS ?? 5_000);
const LOADS = Number(process.env.ADMIN_BENCH_LOADS ?? 10);
const TIMEOUT_MS = Number(process.env.ADMIN_BENCH_TIMEOUT_MS ?? 60_000);
const ROWS = 25;
const MAX_RATIO = 1.0;

const BENCH_ADMIN = { email: 'bench-admin@helpdesk.local', password: 'Bench1234!', firstname: 'Bench', lastname: 'Admin' };
const LOG_DIR = path.join(TESTS_TMP_DIR, 'bench-admin');

interface Target {
  name: string;
  path: string;
  /** The rows to count; 25 of them visible ends a load. */
  rows: string;
  hint: string;
}

const OURS: Target = {
  name: 'helpdesk queue page',
  path: '/admin/plugins/helpdesk',
  rows: '[data-testid="queue-row"]',
  hint: 'the plugin\'s queue page is missing, errs, or shows its rows without data-testid="queue-row"',
};
const CM: Target = {
  name: 'content manager list',
  path: `/admin/content-manager/collection-types/${TICKET_UID}?page=1&pageSize=${ROWS}&sort=createdAt:ASC`,
  rows: 'main table tbody tr',
  hint: 'the Content Manager\'s list did not show its table',
};

/**
 * Injected at document start of every page: watches the DOM and records, per selector, the
 * performance.now() (milliseconds since the navigation started) at which 25 matching elements are
 * first in the document and visible (a non-empty box, not visibility:hidden) — counted cheaply on
 * every DOM change, laid out only once there are enough. A plain script (it runs in the browser).
 */
const WATCH_ROWS_SCRIPT = `(() => {
  const selectors = ${JSON.stringify([OURS.rows, CM.rows])};
  const needed = ${ROWS};
  const seen = {};
  window.__adminBenchRowsAt = seen;
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const check = () => {
    for (const selector of selectors) {
      if (seen[selector] !== undefined) continue;
      const found = document.querySelectorAll(selector);
      if (found.length < needed) continue;
      let count = 0;
      for (const el of found) if (visible(el) && ++count >= needed) break;
      if (count >= needed) seen[selector] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One load: from about:blank, navigate and wait for the rows; returns the ms since navigation start. */
async function load(page: Page, baseUrl: string, target: Target): Promise<number> {
  await page.goto('about:blank');
  await page.goto(baseUrl + target.path, { waitUntil: 'commit' });
  // Waited for with a locator, which polls from Playwright's isolated world: page.waitForFunction
  // evaluates in the page's own world, and started while the admin panel boots it kept the panel
  // at "Loading content." for good. The time itself is the one the injected observer took.
  try {
    await page.locator(target.rows).nth(ROWS - 1).waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  } catch {
    const count = await page.locator(target.rows).count().catch(() => 0);
    const text = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
    const shot = path.join(LOG_DIR, `timeout-${target.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new Error(
      `${target.name}: ${ROWS} visible rows (${target.rows}) did not show within ${seconds(TIMEOUT_MS)} at ${page.url()} ` +
        `(${count} found; ${target.hint}). Page text: ${text} Screenshot: ${shot}`
    );
  }
  const pathname = new URL(page.url()).pathname;
  if (!pathname.startsWith(target.path.split('?')[0])) throw new Error(`${target.name}: ended up at ${page.url()}`);
  const read = `window.__adminBenchRowsAt && window.__adminBenchRowsAt[${JSON.stringify(target.rows)}]`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const at = (await page.evaluate(read)) as number | undefined;
    if (typeof at === 'number') return at;
    await page.waitForTimeout(20);
  }
  throw new Error(`${target.name}: the 25th row is visible, but the page's observer never counted ${ROWS} visible rows`);
}

async function seedDatabase(): Promise<{ database: TestDatabase; tickets: number; summary: string }> {
  const app = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'false', HELPDESK_SLA_SWEEPER: 'false' } });
  try {
    const { strapi } = app;
    const seeded = await seed(strapi, { users: USERS, tickets: TICKETS });
    if (databaseKind() === 'postgres') await strapi.db.connection.raw('ANALYZE');
    const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({ ...BENCH_ADMIN, registrationToken: null, isActive: true, roles: [superAdminRole.id] });
    await app.stop({ keepDatabase: true });
    return {
      database: app.database,
      tickets: seeded.tickets,
      summary: `${seeded.tickets} tickets (${seeded.openTickets} open), ${seeded.users} customers, seeded in ${seconds(seeded.ms)}`,
    };
  } catch (error) {
    await app.stop();
    throw error;
  }
}

async function main() {
  const kind = databaseKind();
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const pluginMs = await ensurePluginBuilt(LOG_DIR);
  if (pluginMs !== null) console.log(`admin bench: built the plugin (dist/ was missing) in ${seconds(pluginMs)}`);
  if (process.env.ADMIN_BENCH_SKIP_BUILD === '1') {
    console.log('admin bench: serving playground/build as it is (ADMIN_BENCH_SKIP_BUILD=1)');
  } else {
    console.log(`admin bench: built the playground's admin panel in ${seconds(await buildPlaygroundAdmin(LOG_DIR))}`);
  }

  const { database, tickets, summary } = await seedDatabase();
  console.log(`admin bench (${kind}): ${summary}`);

  let server: PlaygroundServer | undefined;
  let launched: LaunchedBrowser | undefined;
  let failed = false;
  try {
    server = await startPlayground({
      seed: false,
      databaseEnv: database.env,
      logFile: path.join(LOG_DIR, 'strapi.log'),
      // The request log would cost both pages alike; keep the server quiet.
      env: { LOG_LEVEL: 'warn' },
    });
    const { baseUrl } = server;
    console.log(`admin bench: strapi start answers on ${baseUrl} after ${seconds(server.bootMs)}`);

    // The list the Content Manager shows must hold every ticket, or its time means nothing.
    const api = await adminClient(BENCH_ADMIN, baseUrl);
    const cmTotal = (await api.get(`/content-manager/collection-types/${TICKET_UID}`, { query: { page: 1, pageSize: 1 } })).body.pagination
      ?.total;
    if (cmTotal !== tickets) throw new Error(`the Content Manager lists ${cmTotal} tickets, expected ${tickets}`);

    launched = await launchChromium();
    const context = await newAdminContext(launched.browser, { baseUrl });
    await context.addInitScript({ content: WATCH_ROWS_SCRIPT });
    const page = await context.newPage();
    if (process.env.ADMIN_BENCH_DEBUG === '1') {
      page.on('console', (message) => message.type() === 'error' && console.log(`  browser console: ${message.text().slice(0, 300)}`));
      page.on('response', (response) => response.status() >= 400 && console.log(`  browser got ${response.status()} ${response.url()}`));
      page.on('requestfinished', (request) => {
        const timing = request.timing();
        if (request.url().startsWith(baseUrl) && timing.responseEnd > 300) console.log(`  slow request ${timing.responseEnd.toFixed(0)} ms ${request.url()}`);
      });
    }
    await loginToAdmin(page, BENCH_ADMIN, { baseUrl });

    // Warm-up (bundles into the browser cache, server caches, query plans), CM first so its figure
    // is there even when the queue page fails.
    const warmCm = await load(page, baseUrl, CM);
    console.log(`admin bench: warm-up ${CM.name}: ${warmCm.toFixed(0)} ms`);
    const warmOurs = await load(page, baseUrl, OURS);
    console.log(`admin bench: warm-up ${OURS.name}: ${warmOurs.toFixed(0)} ms`);

    const times = new Map<Target, number[]>([
      [OURS, []],
      [CM, []],
    ]);
    for (let i = 0; i < LOADS; i += 1) {
      // Alternate which goes first, so drift hits both alike.
      for (const target of i % 2 === 0 ? [OURS, CM] : [CM, OURS]) times.get(target)!.push(await load(page, baseUrl, target));
    }

    const describe = (target: Target) => {
      const values = times.get(target)!;
      return `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
    };
    const ours = median(times.get(OURS)!);
    const cm = median(times.get(CM)!);
    const ratio = ours / cm;
    console.log(`admin bench (${kind}, ${LOADS} loads each): ${OURS.name} ${OURS.path}, first ${ROWS} rows visible: ${describe(OURS)}`);
    console.log(`admin bench (${kind}, ${LOADS} loads each): ${CM.name} ${CM.path}, first ${ROWS} rows visible: ${describe(CM)}`);
    console.log(`admin bench (${kind}): ours/CM ratio ${ratio.toFixed(2)} at the median (aim: at most ${MAX_RATIO.toFixed(1)})`);
    if (!reportGoal('admin', `(${kind}) queue page's first ${ROWS} rows, ours/Content Manager at the median`, `${ratio.toFixed(2)}x`, `at most ${MAX_RATIO.toFixed(1)}x`, ratio <= MAX_RATIO)) {
      console.error(`FAIL: the queue page shows its first ${ROWS} rows ${ratio.toFixed(2)}x as late as the Content Manager's list (aim: at most ${MAX_RATIO.toFixed(1)}x)`);
      failed = true;
    }
  } catch (error) {
    console.error(`FAIL: ${(error as Error).message}`);
    if (server) console.error(`(strapi log: ${server.logFile})`);
    failed = true;
  } finally {
    await launched?.close();
    await server?.stop();
    await database.drop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
