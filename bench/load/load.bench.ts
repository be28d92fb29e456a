/**
 * Run from the repository root, after `npm run build` (`npm run bench` builds first):
 *   node -r ./bench/register.js bench/load/load.bench.ts
 * Always on PostgreSQL (PG* variables, as the integration tests), with the rate limits raised.
 * LOAD_BENCH_SECONDS changes how long each run lasts (default 8).
 */
process.env.DB = 'postgres';

import path from 'node:path';
import autocannon from 'autocannon';
import type { Core } from '@strapi/strapi';
import { bootStrapi } from '../../tests/helpers/strapi';
import { createCustomer, createStaff } from '../../tests/helpers/users';
import { EMPTY_ROUTE, registerBenchRoutes } from '../search/http/requests';
import { generateQueries } from '../search/queries';
import { reportGoal } from '../goals';

/**
 * The plugin under load, against Strapi itself on the same server:
 * - filing a ticket (`POST /api/helpdesk/tickets`, with its reference, SLA stamps, fair-use score,
 *   receipt in the outbox and search for related tickets, in one transaction) against creating a
 *   row of a same-shaped content type (the ticket's attributes, read from its schema, with the
 *   customer set from the JWT) through Strapi's core controller (`POST /api/support-requests`).
 *   Each request files as the next of FILING_CUSTOMERS customers, with their JWT, the same on both
 *   sides: many customers filing at once, each a handful of tickets by the end, as on a real site.
 *   Goals: p50 at most 1.5x the core route's, throughput at least 0.67x. Printed too: one customer
 *   filing from every connection at once, whose filings the fair-use lock takes one at a time
 *   (their score depends on each other);
 * - FAQ suggestions at 50 concurrent clients and the staff queue at 20, each printed against a route
 *   that does nothing (p50 and p99).
 * The two sides run in turns (core, ours, core, ours), each for LOAD_BENCH_SECONDS.
 */
const SECONDS = Number(process.env.LOAD_BENCH_SECONDS ?? 8);
const FILING_CONNECTIONS = 10;
const FILING_CUSTOMERS = 200;
const SEARCH_CONNECTIONS = 50;
const QUEUE_CONNECTIONS = 20;
const MAX_LATENCY_RATIO = 1.5;
const MIN_THROUGHPUT_RATIO = 0.67;
const SUPPORT_REQUEST_UID = 'api::support-request.support-request';

const failures: string[] = [];
const goal = (what: string, measured: string, target: string, reached: boolean) => {
  if (!reportGoal('load', what, measured, target, reached)) failures.push(`${what}: ${measured}, goal ${target}`);
};

interface Run {
  p50: number;
  p99: number;
  perSecond: number;
  errors: number;
}

/** One autocannon run, in a worker thread of its own so the load costs the server's event loop nothing. */
async function load(
  url: string,
  options: { connections: number; requests: Array<Record<string, unknown>>; headers?: Record<string, string>; customerPerRequest?: boolean },
): Promise<Run> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: SECONDS,
    workers: 1,
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: options.requests as autocannon.Request[],
    ...(options.customerPerRequest ? { setupClient: path.join(__dirname, 'customer-per-request.js') as any } : {}),
  });
  return { p50: result.latency.p50, p99: result.latency.p99, perSecond: result.requests.average, errors: result.non2xx + result.errors + result.timeouts };
}

/** Both sides in turns, twice, and each side's runs merged (mean p50 and rate, worst p99). */
async function inTurns(sides: Record<string, () => Promise<Run>>): Promise<Record<string, Run>> {
  const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
  for (let round = 0; round < 2; round += 1) {
    for (const [name, run] of Object.entries(sides)) runs[name].push(await run());
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        p50: list.reduce((sum, run) => sum + run.p50, 0) / list.length,
        p99: Math.max(...list.map((run) => run.p99)),
        perSecond: list.reduce((sum, run) => sum + run.perSecond, 0) / list.length,
        errors: list.reduce((sum, run) => sum + run.errors, 0),
      },
    ]),
  );
}

async function allowCustomersToCreate(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: `${SUPPORT_REQUEST_UID}.create`, role: role.id } });
}

const describe = (name: string, run: Run) => `${name} p50 ${run.p50.toFixed(1)} ms p99 ${run.p99.toFixed(1)} ms, ${Math.round(run.perSecond)} req/s`;

async function main() {
  const app = await bootStrapi({
    pluginConfig: {
      rateLimits: { createTicket: { points: 10_000_000 }, search: { points: 10_000_000 } },
      // Receipts are queued in the filing's transaction; sending them is not part of the request.
      mail: { outbox: { enabled: false } },
    },
  });
  try {
    const { strapi } = app;
    registerBenchRoutes(strapi);
    await allowCustomersToCreate(strapi);
    const customer = await createCustomer(strapi);
    const customers = [];
    for (let n = 0; n < FILING_CUSTOMERS; n += 1) customers.push(await createCustomer(strapi));
    process.env.LOAD_BENCH_CUSTOMER_JWTS = JSON.stringify(customers.map(({ jwt }) => jwt));
    const staff = await createStaff(strapi, app.server, { superAdmin: true });
    const url = `http://127.0.0.1:${app.server.address().port}`;
    const asCustomer = { authorization: `Bearer ${customer.jwt}` };

    const filing = { subject: 'My order never arrived', body: 'I ordered a week ago and nothing has come. Where is my parcel?' };
    const core = [{ method: 'POST', path: '/api/support-requests', body: JSON.stringify({ data: filing }) }];
    const ours = [{ method: 'POST', path: '/api/helpdesk/tickets', body: JSON.stringify({ data: filing }) }];
    const filed = await inTurns({
      core: () => load(url, { connections: FILING_CONNECTIONS, customerPerRequest: true, requests: core }),
      ours: () => load(url, { connections: FILING_CONNECTIONS, customerPerRequest: true, requests: ours }),
    });
    console.log(`load filing (postgres, ${FILING_CONNECTIONS} connections, each request from the next of ${FILING_CUSTOMERS} customers, ${SECONDS} s x2 each): ${describe('core', filed.core)}; ${describe('ours', filed.ours)}; errors ${filed.core.errors}/${filed.ours.errors}`);
    const alone = await inTurns({
      core: () => load(url, { connections: FILING_CONNECTIONS, headers: asCustomer, requests: core }),
      ours: () => load(url, { connections: FILING_CONNECTIONS, headers: asCustomer, requests: ours }),
    });
    console.log(`load filing (postgres, ${FILING_CONNECTIONS} connections, all one customer): ${describe('core', alone.core)}; ${describe('ours', alone.ours)}; errors ${alone.core.errors}/${alone.ours.errors}`);
    const latencyRatio = filed.ours.p50 / filed.core.p50;
    const throughputRatio = filed.ours.perSecond / filed.core.perSecond;
    goal('POST /tickets p50 over the core route', `${latencyRatio.toFixed(2)}x`, `at most ${MAX_LATENCY_RATIO}x`, latencyRatio <= MAX_LATENCY_RATIO && filed.ours.errors === 0);
    goal('POST /tickets throughput against the core route', `${throughputRatio.toFixed(2)}x`, `at least ${MIN_THROUGHPUT_RATIO}x`, throughputRatio >= MIN_THROUGHPUT_RATIO);
    const filers = async (uid: string) => {
      const rows = await strapi.db.query(uid as any).findMany({ select: ['id'], populate: { customer: { select: ['id'] } } });
      return `${rows.length} from ${new Set(rows.map((row: any) => row.customer?.id)).size} customers`;
    };
    console.log(`load tickets filed: ${await filers('plugin::helpdesk.ticket')}; support requests: ${await filers(SUPPORT_REQUEST_UID)}`);

    const queries = generateQueries({ count: 300, seed: 20260302 });
    const searched = await inTurns({
      floor: () => load(url, { connections: SEARCH_CONNECTIONS, requests: [{ method: 'GET', path: EMPTY_ROUTE }] }),
      search: () =>
        load(url, {
          connections: SEARCH_CONNECTIONS,
          requests: queries.map((q) => ({ method: 'GET', path: `/api/helpdesk/faq/search?${new URLSearchParams({ q, locale: 'en', limit: '5' })}` })),
        }),
    });
    console.log(`load search (postgres, ${SEARCH_CONNECTIONS} connections): ${describe('floor', searched.floor)}; ${describe('GET /faq/search', searched.search)}; errors ${searched.search.errors}`);

    const asStaff = { authorization: `Bearer ${staff.token}` };
    const queued = await inTurns({
      floor: () => load(url, { connections: QUEUE_CONNECTIONS, requests: [{ method: 'GET', path: EMPTY_ROUTE }] }),
      queue: () => load(url, { connections: QUEUE_CONNECTIONS, headers: asStaff, requests: [{ method: 'GET', path: '/helpdesk/tickets?pageSize=25' }] }),
    });
    console.log(`load staff queue (postgres, ${QUEUE_CONNECTIONS} connections): ${describe('floor', queued.floor)}; ${describe('GET /helpdesk/tickets', queued.queue)}; errors ${queued.queue.errors}`);
    for (const [what, run] of [['search', searched.search], ['queue', queued.queue]] as const) {
      goal(`${what} under load answered without errors`, String(run.errors), '0', run.errors === 0);
    }
  } finally {
    await app.stop();
  }
}

main().then(
  () => {
    for (const failure of failures) console.error(`FAIL: ${failure}`);
    if (failures.length === 0) console.log('ok: load goals met');
    process.exit(failures.length > 0 ? 1 : 0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
