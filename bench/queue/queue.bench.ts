/**
 * Run from the repository root, after `npm run build` (the fixture app loads the plugin from dist/):
 *   node -r ./bench/register.js bench/queue/queue.bench.ts            (SQLite)
 *   DB=postgres node -r ./bench/register.js bench/queue/queue.bench.ts (PostgreSQL)
 * QUEUE_BENCH_TICKETS, QUEUE_BENCH_USERS and QUEUE_BENCH_REPS change the sizes.
 *
 * With 100,000 tickets and 5,000 customers, the first page of the staff queue
 * (GET /helpdesk/tickets?page=1&pageSize=25) against the first page of a plain Strapi findMany on
 * the same table sorted by createdAt (the Content Manager's own list route, which is what staff
 * would use without the plugin), both over HTTP, interleaved in one run. The queue must stay within
 * 1.5x of the baseline at the median.
 */
import { bootStrapi } from '../../tests/helpers/strapi';
import { createStaff } from '../../tests/helpers/users';
import { databaseKind } from '../../tests/helpers/database';
import { TICKET_UID } from '../../server/src/uids';
import { seed } from './seed';
import { diagnose } from './diagnose';
import { reportGoal } from '../goals';

const TICKETS = Number(process.env.QUEUE_BENCH_TICKETS ?? 100_000);
const USERS = Number(process.env.QUEUE_BENCH_USERS ?? 5_000);
const REPS = Number(process.env.QUEUE_BENCH_REPS ?? 200);
const WARMUP = Number(process.env.QUEUE_BENCH_WARMUP ?? 30);
const MAX_RATIO = 1.5;

const OURS_PATH = '/helpdesk/tickets?page=1&pageSize=25';
const BASELINE_PATH = `/content-manager/collection-types/${TICKET_UID}?page=1&pageSize=25&sort=createdAt:ASC`;

const STRICT_PATH = '/bench-queue/find-many';

/** What the checks below read of the queue page and of the two baselines' list pages. */
interface QueuePage {
  data: Array<{ queueOrder: { key: string } }>;
  meta: { pagination: { total: number } };
}
interface ListPage {
  results: unknown[];
  pagination: { total: number };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const kind = databaseKind();
  const app = await bootStrapi({ pluginConfig: { slaSweeper: { enabled: false } } });
  let failed = false;
  try {
    const { strapi } = app;
    const seeded = await seed(strapi, { users: USERS, tickets: TICKETS });
    if (process.env.QUEUE_BENCH_CREATED_AT_INDEX === '1') {
      // What-if: a baseline helped by an index on created_at, which plain Strapi does not create.
      const meta = strapi.db.metadata.get(TICKET_UID as any);
      const createdAt = (meta.attributes.createdAt as { columnName?: string }).columnName ?? 'created_at';
      await strapi.db.connection.schema.alterTable(meta.tableName, (table) => table.index([createdAt], 'bench_queue_created_at_idx'));
      console.log('queue bench: with an extra index on created_at (QUEUE_BENCH_CREATED_AT_INDEX=1)');
    }
    // Autovacuum would analyse a table after 100,000 inserts soon enough; SQLite is left as Strapi leaves it.
    if (kind === 'postgres') await strapi.db.connection.raw('ANALYZE');
    console.log(
      `queue seed (${kind}): ${seeded.users} customers (${seeded.penalizedCustomers} penalised), ${seeded.tickets} tickets ` +
        `(${seeded.openTickets} open) in ${(seeded.ms / 1000).toFixed(1)} s`
    );

    const staff = await createStaff(strapi, app.server, { permissions: ['plugin::helpdesk.queue.read'] });
    const admin = await createStaff(strapi, app.server, { superAdmin: true });
    const { port } = app.server.address();
    const base = `http://127.0.0.1:${port}`;

    const get = async <Body>(path: string, token: string) => {
      const start = performance.now();
      const response = await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } });
      const body = (await response.json()) as Body;
      const ms = performance.now() - start;
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      return { ms, body };
    };
    const ours = () => get<QueuePage>(OURS_PATH, staff.token);
    const baseline = () => get<ListPage>(BASELINE_PATH, admin.token);
    // A stricter, informational baseline: a bench-only route doing just what the issue names, a
    // document service findMany sorted by createdAt (first 25) plus its count, with no permission
    // checks or sanitising. Same token header so the request is the same size.
    strapi.server.router.get(STRICT_PATH, async (ctx: any) => {
      const documents = strapi.documents(TICKET_UID as any) as any;
      const results = await documents.findMany({ sort: { createdAt: 'asc' }, limit: 25 });
      const total = await documents.count({});
      ctx.body = { results, pagination: { page: 1, pageSize: 25, total } };
    });
    const strict = () => get<ListPage>(STRICT_PATH, admin.token);

    // Both answers must be what they claim to be before their times mean anything.
    const oursBody = (await ours()).body;
    const baselineBody = (await baseline()).body;
    if (oursBody.data.length !== 25 || oursBody.meta.pagination.total !== seeded.openTickets) {
      throw new Error(`queue page: ${oursBody.data.length} rows, total ${oursBody.meta.pagination.total}, expected 25 of ${seeded.openTickets}`);
    }
    const expectedKeys = (
      await strapi.db
        .connection(strapi.db.metadata.get(TICKET_UID as any).tableName)
        .select({ key: 'queue_sort_key' })
        .whereNotIn('status', ['resolved', 'closed'])
        .orderBy([{ column: 'queue_sort_key' }, { column: 'id' }])
        .limit(25)
    ).map((row: { key: string }) => row.key);
    const gotKeys = oursBody.data.map((ticket) => ticket.queueOrder.key);
    if (JSON.stringify(expectedKeys) !== JSON.stringify(gotKeys)) throw new Error('the queue page is not the first 25 tickets in queue order');
    if (baselineBody.results?.length !== 25 || baselineBody.pagination?.total !== seeded.tickets) {
      throw new Error(`baseline page: ${baselineBody.results?.length} rows, total ${baselineBody.pagination?.total}, expected 25 of ${seeded.tickets}`);
    }

    const strictBody = (await strict()).body;
    if (strictBody.results?.length !== 25 || strictBody.pagination.total !== seeded.tickets) throw new Error('strict baseline: wrong page');

    for (let i = 0; i < WARMUP; i += 1) {
      await ours();
      await baseline();
      await strict();
    }

    // Interleaved in one loop.
    const oursMs: number[] = [];
    const baselineMs: number[] = [];
    const strictMs: number[] = [];
    const rounds: [() => Promise<{ ms: number }>, number[]][] = [
      [ours, oursMs],
      [baseline, baselineMs],
      [strict, strictMs],
    ];
    for (let i = 0; i < REPS; i += 1) {
      // Rotate which goes first, so drift (GC, caches, autovacuum) hits all alike.
      for (let j = 0; j < rounds.length; j += 1) {
        const [run, times] = rounds[(i + j) % rounds.length];
        times.push((await run()).ms);
      }
    }
    for (const times of [oursMs, baselineMs, strictMs]) times.sort((a, b) => a - b);
    const p50 = { ours: percentile(oursMs, 50), baseline: percentile(baselineMs, 50) };
    const p95 = { ours: percentile(oursMs, 95), baseline: percentile(baselineMs, 95) };
    const ratio50 = p50.ours / p50.baseline;
    const ratio95 = p95.ours / p95.baseline;
    console.log(`queue first page (${kind}, ${REPS} reps): p50 ${p50.ours.toFixed(1)} ms, p95 ${p95.ours.toFixed(1)} ms`);
    console.log(`content-manager findMany createdAt (${kind}, ${REPS} reps): p50 ${p50.baseline.toFixed(1)} ms, p95 ${p95.baseline.toFixed(1)} ms`);
    const strict50 = percentile(strictMs, 50);
    const strict95 = percentile(strictMs, 95);
    console.log(`bench-route documents.findMany createdAt + count (${kind}, ${REPS} reps): p50 ${strict50.toFixed(1)} ms, p95 ${strict95.toFixed(1)} ms`);
    console.log(`queue/bench-route ratio (${kind}, informational): p50 ${(p50.ours / strict50).toFixed(2)}x, p95 ${(p95.ours / strict95).toFixed(2)}x`);
    console.log(`queue/baseline ratio (${kind}): p50 ${ratio50.toFixed(2)}x, p95 ${ratio95.toFixed(2)}x (aim: p50 within ${MAX_RATIO}x)`);

    if (process.env.QUEUE_BENCH_DIAGNOSE !== '0') await diagnose(strapi, kind);

    if (!reportGoal('queue', `(${kind}) first page p50, queue/Content Manager baseline`, `${ratio50.toFixed(2)}x`, `at most ${MAX_RATIO}x`, ratio50 <= MAX_RATIO)) {
      console.error(`FAIL: the queue's first page takes ${ratio50.toFixed(2)}x the baseline at p50 (aim: within ${MAX_RATIO}x)`);
      failed = true;
    }
  } finally {
    await app.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
