import type { Core } from '@strapi/strapi';
import { DONE_STATUSES, OPEN_STATUSES } from '../../server/src/domain/tickets';
import { TICKET_UID } from '../../server/src/uids';

/**
 * Where the queue's time goes, below HTTP: the COUNT, the page-of-ids query, loading the 25 rows
 * with their customer and assignee, and the whole service call; the same for the baseline
 * (document service findMany sorted by createdAt, and its count). Also the query plans.
 */
const REPS = Number(process.env.QUEUE_BENCH_DIAGNOSE_REPS ?? 50);

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < REPS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function diagnose(strapi: Core.Strapi, kind: string) {
  const knex = strapi.db.connection;
  const meta = strapi.db.metadata.get(TICKET_UID as any);
  const col = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
  const table = meta.tableName;
  // The queue's default view as services/queue-query.ts writes it: the count lists the open
  // statuses, the page says "not done"; each the other way round is measured too, to show why.
  const open = () => knex(`${table} as t`).whereIn(`t.${col('status')}`, OPEN_STATUSES as string[]);
  const notDone = () => knex(`${table} as t`).whereNotIn(`t.${col('status')}`, DONE_STATUSES as string[]);
  const byQueueKey = (query: any) => query.select('t.id').orderBy([{ column: `t.${col('queueSortKey')}` }, { column: 't.id' }]).offset(0).limit(25);

  const countQuery = () => open().count({ count: 't.id' });
  const countNotDoneQuery = () => notDone().count({ count: 't.id' });
  const pageQuery = () => byQueueKey(notDone());
  const pageOpenQuery = () => byQueueKey(open());
  const baselinePage = () => knex(`${table} as t`).select('t.*').orderBy([{ column: `t.${col('createdAt')}` }]).limit(25);
  const baselineCount = () => knex(`${table} as t`).count({ count: 't.id' });

  const ids = (await pageQuery()).map((row: { id: number }) => Number(row.id));
  const queue = strapi.plugin('helpdesk').service('queue');
  const documents = strapi.documents(TICKET_UID as any) as any;

  const timings: [string, number][] = [
    ['queue count (status in open statuses)', await median(() => countQuery())],
    ['the same count as status not done', await median(() => countNotDoneQuery())],
    ['queue page ids (status not done, order by key, id)', await median(() => pageQuery())],
    ['the same page with the open statuses listed', await median(() => pageOpenQuery())],
    [
      'queue load 25 rows + customer + assignee',
      await median(() =>
        strapi.db.query(TICKET_UID as any).findMany({
          where: { id: { $in: ids } },
          populate: { customer: { select: ['id', 'email', 'username'] }, assignee: { select: ['id', 'firstname', 'lastname', 'email'] } },
        })
      ),
    ],
    ['queue service list() total', await median(() => queue.list({ page: 1, pageSize: 25 }))],
    ['baseline raw page (order by created_at)', await median(() => baselinePage())],
    ['baseline raw count (all)', await median(() => baselineCount())],
    ['baseline documents.findMany createdAt', await median(() => documents.findMany({ sort: { createdAt: 'asc' }, limit: 25 }))],
    ['baseline documents.count', await median(() => documents.count({}))],
  ];
  for (const [name, ms] of timings) console.log(`queue diagnose (${kind}): ${name}: p50 ${ms.toFixed(2)} ms`);

  const explain = async (name: string, query: any) => {
    const { sql, bindings } = query.toSQL();
    const prefix = kind === 'postgres' ? 'EXPLAIN (ANALYZE, BUFFERS) ' : kind === 'mysql' ? 'EXPLAIN ' : 'EXPLAIN QUERY PLAN ';
    const result = await knex.raw(prefix + sql, bindings);
    const rows: any[] = kind === 'postgres' ? result.rows : Array.isArray(result[0]) ? result[0] : result;
    const lines = rows.map((row) => row['QUERY PLAN'] ?? row.detail ?? JSON.stringify(row));
    console.log(`queue explain (${kind}) ${name}: ${sql}\n  ${lines.join('\n  ')}`);
  };
  await explain('count', countQuery());
  await explain('count as not done', countNotDoneQuery());
  await explain('page', pageQuery());
  await explain('page with open statuses listed', pageOpenQuery());
  await explain('baseline page', baselinePage());
  await explain('baseline count', baselineCount());
}
