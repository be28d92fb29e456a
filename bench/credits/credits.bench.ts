/**
 * Run from the repository root, after `npm run build` (the fixture app loads the plugin from dist/):
 *   node -r ./bench/register.js bench/credits/credits.bench.ts
 * Always on PostgreSQL (PGHOST/PGPORT/PGUSER/PGPASSWORD, default postgres@127.0.0.1:5432): the
 * ledger's row lock is what is measured, and SQLite has none. CREDITS_BENCH_OPS (1,000),
 * CREDITS_BENCH_CLIENTS (20), CREDITS_BENCH_RUNS (3) and CREDITS_BENCH_WARMUP (200) change the
 * sizes; CREDITS_BENCH_DIAGNOSE=1 lists the SQL of one post, timed, even when the goal is met.
 *
 * Contention on one account: CREDITS_BENCH_OPS debits of 1 credit from CREDITS_BENCH_CLIENTS
 * concurrent clients through the plugin's ledger service (each a transaction that locks the account
 * row, appends a ledger row and updates the balance), against the floor: the same number of
 * `UPDATE … SET balance = balance - 1 WHERE id = ?` on one row of a plain table, from as many
 * clients, on the same database through the same knex pool. Both are run CREDITS_BENCH_RUNS times,
 * interleaved, after a warm-up; the medians are compared. Goal: the ledger at least 0.3x the floor's
 * throughput. Timings are printed, not asserted; the ledger's consistency afterwards is.
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi } from '../../tests/helpers/strapi';
import { createCustomer } from '../../tests/helpers/users';
import { CREDIT_ACCOUNT_UID, CREDIT_TRANSACTION_UID } from '../../server/src/uids';
import { reportGoal } from '../goals';

// Before anything reads it: the helpers create the temp database from DB.
if (process.env.DB && process.env.DB !== 'postgres') {
  console.warn(`credits bench: runs on PostgreSQL only, ignoring DB=${process.env.DB}`);
}
process.env.DB = 'postgres';

const OPS = Number(process.env.CREDITS_BENCH_OPS ?? 1_000);
const CLIENTS = Number(process.env.CREDITS_BENCH_CLIENTS ?? 20);
const RUNS = Number(process.env.CREDITS_BENCH_RUNS ?? 3);
const WARMUP = Number(process.env.CREDITS_BENCH_WARMUP ?? 200);
const GRANT = 1_000_000;
const MIN_RATIO = 0.3;
const FLOOR_TABLE = 'bench_credits_floor';

interface Ledger {
  ensureAccount(customerId: number): Promise<{ id: number; balance: number }>;
  post(entry: { customerId: number; delta: number; kind: string; externalRef?: string | null; note?: string | null }): Promise<{ balance: number; duplicate: boolean }>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `ops` operations from `clients` concurrent loops, each taking the next number until all are done; ops/s. */
async function concurrently(ops: number, clients: number, operation: (n: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < ops) {
        const n = next;
        next += 1;
        await operation(n);
      }
    })
  );
  return ops / ((performance.now() - started) / 1000);
}

let refs = 0;
const nextRef = () => `bench:${(refs += 1)}`;

/** An account of its own for one run, granted GRANT credits outside the timing. */
async function freshAccount(strapi: Core.Strapi, ledger: Ledger) {
  const customer = await createCustomer(strapi);
  await ledger.ensureAccount(customer.id);
  await ledger.post({ customerId: customer.id, delta: GRANT, kind: 'grant', externalRef: nextRef(), note: 'bench balance' });
  return customer.id;
}

/** A row of its own for one floor run, at GRANT. */
async function freshFloorRow(knex: Core.Strapi['db']['connection']) {
  const [row] = await knex(FLOOR_TABLE).insert({ balance: GRANT }).returning('id');
  return (typeof row === 'object' ? row.id : row) as number;
}

async function ledgerRun(strapi: Core.Strapi, ledger: Ledger, ops: number) {
  const customerId = await freshAccount(strapi, ledger);
  const opsPerSecond = await concurrently(ops, CLIENTS, () => ledger.post({ customerId, delta: -1, kind: 'debit', externalRef: nextRef() }));
  return { customerId, opsPerSecond };
}

async function floorRun(knex: Core.Strapi['db']['connection'], ops: number) {
  const id = await freshFloorRow(knex);
  const opsPerSecond = await concurrently(ops, CLIENTS, () => knex.raw(`UPDATE ${FLOOR_TABLE} SET balance = balance - 1 WHERE id = ?`, [id]));
  const { balance } = await knex(FLOOR_TABLE).where({ id }).first('balance');
  if (balance !== GRANT - ops) throw new Error(`floor row ${id}: balance ${balance}, expected ${GRANT - ops}`);
  return { opsPerSecond };
}

/** The account after a run: balance = sum of its rows, no negative balanceAfter, exactly `ops` debits, none lost. */
async function checkAccount(strapi: Core.Strapi, customerId: number, ops: number): Promise<string[]> {
  const account = await strapi.db.query(CREDIT_ACCOUNT_UID as any).findOne({ where: { customerKey: customerId }, select: ['id', 'balance'] });
  // With the id selected: a relational filter selects DISTINCT rows, which would fold equal rows into one.
  const rows: Array<{ id: number; delta: number; balanceAfter: number; kind: string }> = await strapi.db
    .query(CREDIT_TRANSACTION_UID as any)
    .findMany({ where: { account: { id: account.id } }, select: ['id', 'delta', 'balanceAfter', 'kind'] });
  const problems: string[] = [];
  const sum = rows.reduce((total, row) => total + row.delta, 0);
  const debits = rows.filter((row) => row.kind === 'debit');
  const negative = rows.filter((row) => row.balanceAfter < 0);
  // Serialised under the lock, the debits leave each balance from GRANT - 1 down to GRANT - ops exactly once.
  const afters = new Set(debits.map((row) => row.balanceAfter));
  if (account.balance !== sum) problems.push(`ledger inconsistent: balance ${account.balance} but the ledger rows sum to ${sum}`);
  if (account.balance !== GRANT - ops) problems.push(`ledger inconsistent: balance ${account.balance}, expected ${GRANT - ops}`);
  if (negative.length > 0) problems.push(`ledger inconsistent: ${negative.length} rows with a negative balanceAfter`);
  if (debits.length !== ops) problems.push(`ledger inconsistent: ${debits.length} debit rows, expected ${ops}`);
  if (afters.size !== debits.length || Math.min(...afters) !== GRANT - ops || Math.max(...afters) !== GRANT - 1) {
    problems.push(`ledger inconsistent: the debits' balanceAfter values are not ${GRANT - ops}..${GRANT - 1} once each (a lost or doubled update)`);
  }
  console.log(
    `credits bench: account of customer ${customerId}: balance ${account.balance}, ${rows.length} ledger rows summing to ${sum}, ` +
      `${debits.length} debits, ${negative.length} negative balanceAfter: ${problems.length === 0 ? 'consistent' : 'INCONSISTENT'}`
  );
  return problems;
}

interface Profile {
  /** The statements of one post, in order, with their mean time (ms) over the profiled posts. */
  statements: Array<{ sql: string; ms: number }>;
  /** Mean wall time of one post, and of the part from sending the locking read to the post's end. */
  postMs: number;
  lockedMs: number;
}

/**
 * Where an uncontended post's time goes: `posts` sequential posts with knex's query events timed.
 * Under contention the locked part is serial, so 1000 / lockedMs bounds the ledger's ops/s.
 */
async function profilePosts(strapi: Core.Strapi, ledger: Ledger, customerId: number, posts: number): Promise<Profile> {
  const knex = strapi.db.connection;
  let current: Array<{ uid: string; sql: string; start: number; ms: number }> = [];
  const byUid = new Map<string, { start: number; ms: number }>();
  const onQuery = (query: { __knexQueryUid: string; sql: string }) => {
    const entry = { uid: query.__knexQueryUid, sql: query.sql, start: performance.now(), ms: 0 };
    current.push(entry);
    byUid.set(entry.uid, entry);
  };
  const onResponse = (_response: unknown, query: { __knexQueryUid: string }) => {
    const entry = byUid.get(query.__knexQueryUid);
    if (entry) entry.ms = performance.now() - entry.start;
  };
  const runs: Array<typeof current> = [];
  let postMs = 0;
  let lockedMs = 0;
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  try {
    for (let index = 0; index < posts; index += 1) {
      current = [];
      const started = performance.now();
      await ledger.post({ customerId, delta: -1, kind: 'debit', externalRef: nextRef() });
      const ended = performance.now();
      postMs += ended - started;
      // The lock is taken by the first statement that writes the account row (or reads it FOR UPDATE).
      const lock = current.find((entry) => /for update|^\s*(with moved as \(\s*)?update\b[^;]*helpdesk_credit_accounts/i.test(entry.sql));
      lockedMs += lock ? ended - lock.start : 0;
      runs.push(current);
    }
  } finally {
    knex.removeListener('query', onQuery);
    knex.removeListener('query-response', onResponse);
  }
  // Posts run the same statements in the same order; BEGIN and COMMIT get no response event (0 ms).
  const statements = runs[0].map((entry, position) => ({
    sql: entry.sql,
    ms: runs.reduce((total, run) => total + (run[position]?.ms ?? 0), 0) / runs.length,
  }));
  return { statements, postMs: postMs / posts, lockedMs: lockedMs / posts };
}

async function floorLatency(knex: Core.Strapi['db']['connection'], updates: number) {
  const id = await freshFloorRow(knex);
  const started = performance.now();
  for (let index = 0; index < updates; index += 1) await knex.raw(`UPDATE ${FLOOR_TABLE} SET balance = balance - 1 WHERE id = ?`, [id]);
  return (performance.now() - started) / updates;
}

async function main() {
  const app = await bootStrapi({
    pluginConfig: { slaSweeper: { enabled: false }, mail: { enabled: false, outbox: { enabled: false } }, payments: { reconcile: { enabled: false } } },
  });
  const problems: string[] = [];
  try {
    const { strapi } = app;
    const ledger = strapi.plugin('helpdesk').service('credits') as unknown as Ledger;
    const knex = strapi.db.connection;
    const pool = (knex as any).client.pool;
    await knex.schema.createTable(FLOOR_TABLE, (table) => {
      table.increments('id');
      table.integer('balance').notNullable();
    });

    // Warm-up: both paths, on accounts and rows not measured.
    await ledgerRun(strapi, ledger, WARMUP);
    await floorRun(knex, WARMUP);

    const ledgerRates: number[] = [];
    const floorRates: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate which goes first, so drift (autovacuum, table growth) hits both alike.
      const order = run % 2 === 0 ? (['ledger', 'floor'] as const) : (['floor', 'ledger'] as const);
      for (const side of order) {
        if (side === 'ledger') {
          const { customerId, opsPerSecond } = await ledgerRun(strapi, ledger, OPS);
          ledgerRates.push(opsPerSecond);
          problems.push(...(await checkAccount(strapi, customerId, OPS)));
        } else {
          floorRates.push((await floorRun(knex, OPS)).opsPerSecond);
        }
      }
      console.log(`credits bench: run ${run + 1}: ledger ${ledgerRates[run].toFixed(0)} ops/s, floor ${floorRates[run].toFixed(0)} ops/s`);
    }

    const ledgerOps = median(ledgerRates);
    const floorOps = median(floorRates);
    const ratio = ledgerOps / floorOps;
    console.log(
      `credits bench (postgres, pool max ${pool?.max ?? '?'}): ${OPS} debits of 1 credit on one account from ${CLIENTS} concurrent clients, median of ${RUNS}:`
    );
    console.log(`credits bench: ledger service post()           ${ledgerOps.toFixed(0)} ops/s`);
    console.log(`credits bench: floor UPDATE balance = balance-1 ${floorOps.toFixed(0)} ops/s`);
    console.log(`credits bench: ledger/floor ${ratio.toFixed(2)}x (goal: at least ${MIN_RATIO}x)${ratio < MIN_RATIO ? ' — goal missed' : ''}`);
    reportGoal('credits', '(postgres) ledger/bare UPDATE debit throughput', `${ratio.toFixed(2)}x`, `at least ${MIN_RATIO}x`, ratio >= MIN_RATIO);
    if (ratio < MIN_RATIO) problems.push(`the ledger reached ${ratio.toFixed(2)}x the floor's throughput, short of the goal of ${MIN_RATIO}x`);

    const profile = await profilePosts(strapi, ledger, await freshAccount(strapi, ledger), 100);
    const floorMs = await floorLatency(knex, 100);
    console.log(
      `credits bench: one uncontended post() runs ${profile.statements.length} SQL statements in ${profile.postMs.toFixed(2)} ms, ` +
        `${profile.lockedMs.toFixed(2)} ms of it holding the account lock (at most ${(1000 / profile.lockedMs).toFixed(0)} ops/s on one account); ` +
        `the floor's UPDATE: 1 statement in ${floorMs.toFixed(2)} ms`
    );
    if (ratio < MIN_RATIO || process.env.CREDITS_BENCH_DIAGNOSE === '1') {
      const timed = profile.statements.reduce((total, statement) => total + statement.ms, 0);
      profile.statements.forEach(({ sql, ms }, index) =>
        console.log(`  ${String(index + 1).padStart(2)}. ${ms.toFixed(2).padStart(5)} ms  ${sql.length > 200 ? `${sql.slice(0, 200)}…` : sql}`)
      );
      console.log(`      ${timed.toFixed(2).padStart(5)} ms in the database round trips timed above; ${(profile.postMs - timed).toFixed(2)} ms BEGIN, COMMIT and Node`);
    }
  } finally {
    await app.stop();
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`credits bench: ${problem}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
