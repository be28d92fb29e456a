/**
 * Run by hand from the repository root, after `npm run build` (the fixture app loads the plugin from dist/):
 *   npm run bench:soak                      (10 minutes)
 *   SOAK_MINUTES=1 npm run bench:soak       (a short run while working on it)
 * Always on PostgreSQL (PG* variables, as the integration tests). Not part of `npm run bench`.
 *
 * Mixed traffic for SOAK_MINUTES (default 10) against two instances of the fixture app, each a
 * process of its own on one database, requests spread over both in turn: customers typing into the
 * FAQ search, filing tickets, replying, reading and resolving them; staff reading the queue, opening
 * tickets and answering them. Both instances run the breach sweeper (every 10 s; the lease lets one
 * sweep at a time) and the mail worker (every 500 ms) to a local SMTP server. The SLA targets are
 * short (2 working minutes on a calendar open around the clock) so that pre-breaches and breaches,
 * and the staff alerts they send, happen during the run rather than tomorrow at 17:00.
 *
 * Goals:
 * - zero 5xx responses (and no request left without an answer, no instance gone);
 * - resident memory of each instance grows by less than 10 % after the warm-up (2 minutes; 20 % of
 *   the run when it is shorter than 10 minutes): the mean of the samples in the 30 s after the
 *   warm-up against the mean of the last 30 s of traffic (shorter windows on short runs);
 * - every ticket has its SLA stamps: the due dates computed at filing, the first-response stamp once
 *   staff answered, the next-response due while a customer waits, and a breach recorded by the
 *   sweeper for every target that fell due unanswered;
 * - every mail was sent once: every outbox row `sent`, and the SMTP server received each exactly once.
 *
 * The instances' output goes to log files (their paths are printed); the report fits one screen.
 * SOAK_CUSTOMER_USERS and SOAK_STAFF_USERS change the number of virtual users (default 8 and 3).
 */
process.env.DB = 'postgres';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from '../../tests/helpers/database';
import { startSmtpServer, type SmtpServer } from '../../tests/helpers/smtp';
import { bootStrapi } from '../../tests/helpers/strapi';
import { createCustomer, createStaff } from '../../tests/helpers/users';
import { slaSettingsSchema } from '../../server/src/settings/schema';
import { reportGoal } from '../goals';
import { generateCorpus } from '../search/corpus';
import { DOC_UID, seedCorpus } from '../search/seed';
import { checkMails, checkTickets, connect, pendingWork } from './checks';
import { cpuMs, logErrors, residentBytes, sampleRss, startInstance, type RssSample, type SoakInstance } from './instances';
import { percentile, Recorder, runTraffic, type SoakCustomer, type SoakStaff } from './traffic';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const DURATION_MS = Math.round(MINUTES * 60_000);
const WARMUP_MS = MINUTES >= 10 ? 120_000 : Math.round(DURATION_MS * 0.2);
/** The RSS compared: the mean over this window after the warm-up, and over the last one of the traffic. */
const RSS_WINDOW_MS = Math.min(30_000, Math.max(4_000, Math.round(DURATION_MS * 0.05)));
const RSS_INTERVAL_MS = 2_000;
const MAX_RSS_GROWTH = 0.1;

const CUSTOMERS = 40;
const STAFF = 3;
const CUSTOMER_USERS = Number(process.env.SOAK_CUSTOMER_USERS ?? 8);
const STAFF_USERS = Number(process.env.SOAK_STAFF_USERS ?? 3);
const FAQ_CORPUS = 600; // half FAQ entries, half documentation pages
const SEED = 20260601;

const SWEEP_SECONDS = 10;
const TARGET_MINUTES = 2;
/** A due counts as swept once this long has passed since it: a sweep every 10 s, and its own run time. */
const SWEEP_MARGIN_MS = 2.5 * SWEEP_SECONDS * 1000;
const STAFF_DESK = 'desk@helpdesk.test';
const STAFF_PASSWORD = 'Staff123!'; // what createStaff gives every staff member

const pluginConfig = {
  rateLimits: { createTicket: { points: 10_000_000 }, reply: { points: 10_000_000 }, search: { points: 10_000_000 } },
  mail: {
    from: 'no-reply@helpdesk.test',
    siteName: 'Soak',
    staffRecipients: [STAFF_DESK],
    outbox: { enabled: true, intervalMs: 500, batchSize: 50, concurrency: 5 },
  },
  slaSweeper: { enabled: true, schedule: `*/${SWEEP_SECONDS} * * * * *` },
  search: { sources: [{ uid: DOC_UID, title: 'title', body: ['body'], url: '/docs/{slug}' }] },
};

/** Open around the clock, every day, holidays too: the soak's targets run whatever the hour of the run. */
const allDay = () => ({
  timezone: 'Europe/Amsterdam',
  weekly: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((day) => [day, [{ start: '00:00', end: '24:00' }]])),
  holidays: { country: null, region: null, types: ['public'] },
  openOnHolidays: true,
  closedDates: [],
  openDates: [],
});
const shortTargets = () => ({
  calendar: allDay(),
  firstResponse: { kind: 'workingMinutes', minutes: TARGET_MINUTES },
  nextResponse: { kind: 'workingMinutes', minutes: TARGET_MINUTES },
  resolution: null,
});
const slaSettings = { tiers: { standard: shortTargets(), priority: shortTargets() }, staffedHours: allDay(), preBreachRatio: 0.75 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
const progress = (line: string) => process.stderr.write(`soak ${line}\n`);

/** One instance in the bench process, to set the database up: schema, FAQ, settings, customers and staff. */
async function setUp(database: TestDatabase): Promise<{ customers: SoakCustomer[]; staffEmails: string[] }> {
  const app = await bootStrapi({
    database,
    pluginConfig: { ...pluginConfig, slaSweeper: { enabled: false }, mail: { ...pluginConfig.mail, outbox: { enabled: false } } },
  });
  try {
    const strapi: Core.Strapi = app.strapi;
    await seedCorpus(strapi, generateCorpus({ size: FAQ_CORPUS, seed: SEED }));
    // The service stores what it is given; a section that does not validate would be ignored on read.
    await strapi.plugin('helpdesk').service('settings').update({ sla: slaSettingsSchema.parse(slaSettings) });
    const customers: SoakCustomer[] = [];
    for (let n = 0; n < CUSTOMERS; n += 1) {
      const customer = await createCustomer(strapi);
      customers.push({ email: customer.email, jwt: customer.jwt, open: [] });
    }
    const staffEmails: string[] = [];
    for (let n = 0; n < STAFF; n += 1) staffEmails.push((await createStaff(strapi, app.server, { superAdmin: true })).email);
    return { customers, staffEmails };
  } finally {
    await app.stop({ keepDatabase: true });
  }
}

async function logIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: STAFF_PASSWORD }),
  });
  const body: any = await response.json().catch(() => null);
  const token = body?.data?.token ?? body?.data?.accessToken;
  if (!token) throw new Error(`admin login of ${email} failed: ${response.status} ${JSON.stringify(body)}`);
  return token;
}

const meanIn = (samples: RssSample[], from: number, to: number) => {
  const inside = samples.filter((sample) => sample.at >= from && sample.at <= to);
  return inside.length ? inside.reduce((sum, sample) => sum + sample.bytes, 0) / inside.length : NaN;
};

async function main(): Promise<boolean> {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpdesk-soak-'));
  const database = await createTestDatabase();
  let smtp: SmtpServer | undefined;
  const instances: SoakInstance[] = [];
  let stopping = false;
  /** The instances' logs stay when something went wrong (or the run did not get to its report). */
  let keepLogs = true;
  const cleanUp = async () => {
    stopping = true;
    await Promise.all(instances.map((instance) => instance.stop().catch(() => undefined)));
    if (!keepLogs) fs.rmSync(logDir, { recursive: true, force: true });
    await smtp?.close().catch(() => undefined);
    await database.drop().catch((error) => console.error(`soak: could not drop the database: ${error}`));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping the instances and dropping the database`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    progress(`setting up (PostgreSQL database ${database.env.DATABASE_NAME}, instance logs in ${logDir})`);
    const setUpAt = Date.now();
    const { customers, staffEmails } = await setUp(database);
    smtp = await startSmtpServer();
    const env = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_POOL: 'true' };
    // One after the other: two boots at once would both set the schema up.
    for (const name of ['A', 'B']) instances.push(await startInstance(name, database, pluginConfig, { env, logDir }));
    progress(`set up and booted in ${clock(Date.now() - setUpAt)}`);
    const staff: SoakStaff[] = [];
    for (const email of staffEmails) staff.push({ email, token: await logIn(instances[0].url, email) });
    const bootRss = instances.map((instance) => residentBytes(instance.pid) ?? NaN);

    let startedAt = Date.now();
    const recorder = new Recorder(instances, () => startedAt);
    const rss = sampleRss(instances, () => startedAt, RSS_INTERVAL_MS);
    const died: string[] = [];
    for (const instance of instances) void instance.exited.then((how) => !stopping && died.push(`instance ${instance.name} exited (${how})`));
    // Admin access tokens last 30 minutes: a long soak logs its staff in again.
    const relogTimer = setInterval(() => {
      for (const member of staff) void logIn(instances[0].url, member.email).then((token) => (member.token = token), (error) => progress(String(error)));
    }, 20 * 60_000);
    const minuteTimer = setInterval(() => {
      const elapsed = Date.now() - startedAt;
      const requests = [...recorder.routes.values()].reduce((sum, route) => sum + route.latencies.length, 0);
      const rssNow = instances.map((instance) => `${instance.name} ${mb(rss.samples.get(instance.name)!.at(-1)?.bytes ?? 0)}`).join(', ');
      progress(`${clock(elapsed)}: ${requests} requests, ${recorder.failures.length} failures, RSS ${rssNow}`);
    }, 60_000);

    progress(`traffic for ${MINUTES} min (warm-up ${clock(WARMUP_MS)}) on ${instances.map((i) => `${i.name} ${i.url} pid ${i.pid}`).join(', ')}`);
    startedAt = Date.now();
    const cpuAtStart = instances.map((instance) => cpuMs(instance.pid) ?? NaN);
    const counts = await runTraffic({
      recorder,
      customers,
      staff,
      customerUsers: CUSTOMER_USERS,
      staffUsers: STAFF_USERS,
      customerThinkMs: [300, 900],
      staffThinkMs: [500, 1500],
      seed: SEED,
      until: () => Date.now() - startedAt >= DURATION_MS || died.length > 0,
    });
    const trafficMs = Date.now() - startedAt;
    const cpuShare = instances.map((instance, n) => ((cpuMs(instance.pid) ?? NaN) - cpuAtStart[n]) / trafficMs);
    const loadAverage = os.loadavg()[1];
    clearInterval(minuteTimer);
    clearInterval(relogTimer);
    rss.take();
    rss.stop();

    // Wait until every running target is past its due and swept, and the outbox is empty.
    progress('traffic over: waiting for the last dues to be swept and the outbox to drain');
    const client = await connect(database);
    const settleDeadline = Date.now() + TARGET_MINUTES * 60_000 + 3 * 60_000;
    let quiet = 0;
    let work = await pendingWork(client);
    while (quiet < 3 && Date.now() < settleDeadline && died.length === 0) {
      await sleep(1000);
      work = await pendingWork(client);
      const swept = !work.lastDueAt || work.lastDueAt.getTime() < Date.now() - SWEEP_MARGIN_MS;
      quiet = swept && work.unsent === 0 ? quiet + 1 : 0;
    }
    const settledMs = Date.now() - startedAt - trafficMs;
    const sweptBefore = new Date(Date.now() - SWEEP_MARGIN_MS);
    stopping = true;
    await Promise.all(instances.map((instance) => instance.stop()));

    const tickets = await checkTickets(client, counts.filed, sweptBefore);
    const mails = await checkMails(client, smtp.received);
    await client.end();

    // The report.
    const lines: string[] = [];
    const total = [...recorder.routes.values()].reduce((sum, route) => sum + route.latencies.length, 0);
    lines.push(
      `soak (postgres, 2 instances): ${clock(trafficMs)} of traffic from ${CUSTOMER_USERS} customer + ${STAFF_USERS} staff users, ` +
        `${(total / (trafficMs / 1000)).toFixed(1)} req/s; warm-up ${clock(WARMUP_MS)}; settled ${clock(settledMs)} after`
    );
    lines.push(`machine: ${os.cpus().length} cores, load average ${loadAverage.toFixed(1)} over the last 5 min (other jobs included)`);
    lines.push(`${'route'.padEnd(40)}${'requests'.padStart(9)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'2xx'.padStart(7)}${'4xx'.padStart(6)}${'5xx'.padStart(5)}${'err'.padStart(5)}  other`);
    const totals = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, err: 0 };
    for (const [route, stats] of [...recorder.routes.entries()].sort((a, b) => b[1].latencies.length - a[1].latencies.length)) {
      for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += stats.classes[key];
      const other = [...stats.unexpected.entries()].map(([status, n]) => `${status}x${n}`).join(' ');
      lines.push(
        `${route.padEnd(40)}${String(stats.latencies.length).padStart(9)}${percentile(stats.latencies, 50).toFixed(1).padStart(8)}${percentile(stats.latencies, 99).toFixed(1).padStart(8)}` +
          `${String(stats.classes['2xx']).padStart(7)}${String(stats.classes['4xx']).padStart(6)}${String(stats.classes['5xx']).padStart(5)}${String(stats.classes.err).padStart(5)}  ${other}`
      );
    }
    lines.push(`${'all routes'.padEnd(40)}${String(total).padStart(9)}${''.padStart(16)}${String(totals['2xx']).padStart(7)}${String(totals['4xx']).padStart(6)}${String(totals['5xx']).padStart(5)}${String(totals.err).padStart(5)}`);

    const growth = new Map<string, number>();
    let logErrorLines = 0;
    for (const [n, instance] of instances.entries()) {
      const samples = rss.samples.get(instance.name)!;
      const atWarmup = meanIn(samples, WARMUP_MS, WARMUP_MS + RSS_WINDOW_MS);
      const atEnd = meanIn(samples, trafficMs - RSS_WINDOW_MS, trafficMs + RSS_INTERVAL_MS);
      const peak = Math.max(...samples.map((sample) => sample.bytes));
      const change = atEnd / atWarmup - 1;
      growth.set(instance.name, change);
      const errors = logErrors(instance.logFile);
      logErrorLines += errors.count;
      lines.push(
        `instance ${instance.name} (pid ${instance.pid}): RSS booted ${mb(bootRss[n])}, at ${clock(WARMUP_MS)} ${mb(atWarmup)}, at end ${mb(atEnd)} ` +
          `(${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} %), peak ${mb(peak)}; CPU ${Math.round(cpuShare[n] * 100)} %; ${errors.count} error lines in its log`
      );
    }
    lines.push(`  (RSS: mean of the samples, every ${RSS_INTERVAL_MS / 1000} s, in the ${RSS_WINDOW_MS / 1000} s after the warm-up and in the last ${RSS_WINDOW_MS / 1000} s of traffic)`);
    const events = Object.entries(tickets.events).map(([key, n]) => `${key} ${n}`).join(', ') || 'none';
    lines.push(`sweeps: SLA events recorded: ${events}`);
    lines.push(
      `tickets: filed ${counts.filed.length} (201), in the database ${tickets.tickets} (lost ${tickets.lost}, unknown ${tickets.unknown}), with all their SLA stamps ${tickets.stamped}`
    );
    lines.push(
      `  answered by staff ${tickets.answered} (first-response stamped ${tickets.answeredStamped}), resolved ${tickets.resolved}, ` +
        `overdue unanswered ${tickets.overdue} (breach recorded ${tickets.overdueRecorded}); replies: customers ${counts.customerReplies}, staff ${counts.staffReplies}`
    );
    const byStatus = Object.entries(mails.byStatus).map(([status, n]) => `${status} ${n}`).join(', ');
    const byTemplate = Object.entries(mails.byTemplate).map(([template, n]) => `${template} ${n}`).join(', ');
    lines.push(
      `mails: queued ${mails.queued} (${byStatus}); SMTP received ${mails.received}, distinct ${mails.distinctReceived}, duplicates ${mails.received - mails.distinctReceived}; ` +
        `sent not received ${mails.sentNotReceived}, received unknown ${mails.receivedUnknown}, retried ${mails.retried}`
    );
    lines.push(`  by template: ${byTemplate}`);
    for (const problem of [...tickets.problems.slice(0, 3), ...mails.problems]) lines.push(`  problem: ${problem}`);
    for (const failure of recorder.failures.slice(0, 5)) {
      lines.push(`  failure at ${clock(failure.at)} on ${failure.instance}: ${failure.route} → ${failure.status} ${failure.detail.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    if (recorder.failures.length > 5) lines.push(`  ... ${recorder.failures.length - 5} more failures`);
    for (const death of died) lines.push(`  ${death}`);
    for (const [key, body] of [...recorder.clientErrors.entries()].slice(0, 3)) lines.push(`  4xx sample: ${key}: ${body.replace(/\s+/g, ' ').slice(0, 140)}`);
    if (logErrorLines > 0 || died.length > 0) lines.push(`instance logs: ${instances.map((instance) => instance.logFile).join(', ')}`);
    else keepLogs = false;
    console.log(lines.join('\n'));

    const results = [
      reportGoal('soak', '5xx responses and requests without an answer', String(totals['5xx'] + totals.err + died.length), '0', totals['5xx'] + totals.err === 0 && died.length === 0),
      ...instances.map((instance) => {
        const value = growth.get(instance.name)!;
        return reportGoal('soak', `RSS growth of instance ${instance.name} after the warm-up`, `${(value * 100).toFixed(1)} %`, `under ${MAX_RSS_GROWTH * 100} %`, value < MAX_RSS_GROWTH);
      }),
      reportGoal(
        'soak',
        'tickets with their SLA stamps',
        `${tickets.stamped}/${tickets.tickets}`,
        'all, none lost',
        tickets.tickets > 0 && tickets.stamped === tickets.tickets && tickets.lost === 0 && tickets.unknown === 0
      ),
      reportGoal(
        'soak',
        'mails sent exactly once',
        `${mails.byStatus.sent ?? 0} sent/${mails.queued} queued, ${mails.received} received, ${mails.received - mails.distinctReceived} duplicates`,
        'all sent, each received once',
        mails.queued > 0 && (mails.byStatus.sent ?? 0) === mails.queued && mails.received === mails.queued && mails.distinctReceived === mails.received && mails.sentNotReceived === 0 && mails.receivedUnknown === 0
      ),
    ];
    return results.every(Boolean);
  } finally {
    await cleanUp();
  }
}

main().then(
  (met) => {
    if (!met) console.error('soak: a goal was missed');
    process.exit(met ? 0 : 1);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
