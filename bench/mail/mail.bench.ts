/**
 * Run from the repository root, after `npm run build` (the fixture app loads the plugin from dist/):
 *   node -r ./bench/register.js bench/mail/mail.bench.ts            (SQLite)
 *   DB=postgres node -r ./bench/register.js bench/mail/mail.bench.ts (PostgreSQL)
 * MAIL_BENCH_MAILS and MAIL_BENCH_FILINGS change the sizes.
 *
 * Two goals, each against a baseline measured in the same run:
 * - Worker throughput: MAIL_BENCH_MAILS (2,000) outbox rows delivered by the worker, through
 *   Strapi's email plugin and its nodemailer provider (pooled), to a local SMTP server, against
 *   nodemailer's pooled transport sending the same messages to the same server directly. Goal: at
 *   least 0.7x the direct throughput.
 * - Cost on filing: POST /api/helpdesk/tickets with the outbox write against the same request with
 *   mail off (mail.enabled false at runtime), interleaved in blocks. Goal: at most 1.1x at p50.
 */
import nodemailer from 'nodemailer';
import request from 'supertest';
import { renderMail } from '../../server/src/domain/mail';
import { getPluginConfig } from '../../server/src/utils';
import { databaseKind } from '../../tests/helpers/database';
import { startSmtpServer } from '../../tests/helpers/smtp';
import { bootStrapi } from '../../tests/helpers/strapi';
import { createCustomer } from '../../tests/helpers/users';
import { reportGoal } from '../goals';

const MAILS = Number(process.env.MAIL_BENCH_MAILS ?? 2_000);
const FILINGS = Number(process.env.MAIL_BENCH_FILINGS ?? 400);
const BLOCK = 20;
const MIN_THROUGHPUT_RATIO = 0.7;
const MAX_FILING_RATIO = 1.1;
const CONNECTIONS = 5;

const context = { siteName: 'bench.example', timezone: 'Europe/Amsterdam', ticketUrl: 'https://bench.example/support/tickets/x' };
const payload = (index: number) => ({
  reference: `HD-${String(index).padStart(6, '0')}`,
  subject: `Question number ${index}`,
  expectedResponseBy: '2026-03-10T16:00:00.000Z',
  suggestions: [{ title: 'How do I reset my password?', url: 'https://bench.example/faq/reset' }],
  multipleQuestions: false,
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const kind = databaseKind();
  const smtp = await startSmtpServer();
  const app = await bootStrapi({
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_POOL: 'true' },
    pluginConfig: {
      mail: { outbox: { enabled: false, batchSize: 200, concurrency: CONNECTIONS } },
      rateLimits: { createTicket: { points: 1_000_000 } },
      slaSweeper: { enabled: false },
    },
  });
  let failed = false;
  try {
    const { strapi } = app;

    // Direct: nodemailer's pooled transport, the same messages, the same server.
    const direct = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, pool: true, maxConnections: CONNECTIONS, ignoreTLS: true });
    let started = performance.now();
    await Promise.all(
      Array.from({ length: MAILS }, (_, index) => {
        const mail = renderMail('ticket-received', 'en', payload(index), context);
        return direct.sendMail({ from: 'no-reply@bench.example', to: `customer${index}@bench.example`, ...mail });
      })
    );
    const directMs = performance.now() - started;
    direct.close();

    // The worker: the same messages as outbox rows, drained through the email plugin.
    const outbox = strapi.db.query('plugin::helpdesk.mail-outbox' as any);
    for (let first = 0; first < MAILS; first += 500) {
      await outbox.createMany({
        data: Array.from({ length: Math.min(500, MAILS - first) }, (_, offset) => {
          const index = first + offset;
          return { dedupeKey: `bench-${index}`, to: `customer${index}@bench.example`, template: 'ticket-received', language: 'en', status: 'pending', attempts: 0, payload: payload(index) };
        }),
      });
    }
    smtp.received.length = 0;
    started = performance.now();
    await (strapi.plugin('helpdesk').service('mail-outbox') as { drain(): Promise<number> }).drain();
    const workerMs = performance.now() - started;
    const delivered = new Set(smtp.received.map((mail) => mail.messageId)).size;
    if (delivered !== MAILS) throw new Error(`the worker delivered ${delivered} distinct mails of ${MAILS}`);

    const throughputRatio = directMs / workerMs;
    console.log(`mail bench (${kind}): ${MAILS} mails: direct pooled nodemailer ${(MAILS / (directMs / 1000)).toFixed(0)}/s, outbox worker ${(MAILS / (workerMs / 1000)).toFixed(0)}/s`);
    console.log(`mail bench (${kind}): worker/direct throughput ${throughputRatio.toFixed(2)}x (goal: at least ${MIN_THROUGHPUT_RATIO}x)`);
    if (!reportGoal('mail', `(${kind}) outbox worker/direct nodemailer throughput`, `${throughputRatio.toFixed(2)}x`, `at least ${MIN_THROUGHPUT_RATIO}x`, throughputRatio >= MIN_THROUGHPUT_RATIO)) failed = true;

    // Cost on filing: the same request with and without its mail, in alternating blocks.
    const customer = await createCustomer(strapi);
    const mail = getPluginConfig(strapi).mail as { enabled: boolean };
    const timings: Record<'with' | 'without', number[]> = { with: [], without: [] };
    const file = async (index: number) => {
      const begin = performance.now();
      const response = await request(app.server)
        .post('/api/helpdesk/tickets')
        .set('Authorization', `Bearer ${customer.jwt}`)
        .send({ data: { subject: `Filing ${index}`, body: 'The export stops halfway. What can I do?' } });
      if (response.status !== 201) throw new Error(`filing answered ${response.status}: ${JSON.stringify(response.body).slice(0, 200)}`);
      return performance.now() - begin;
    };
    for (let index = 0; index < 40; index += 1) await file(-index); // warm-up
    for (let block = 0; block < FILINGS / BLOCK; block += 1) {
      const variant = block % 2 === 0 ? 'with' : 'without';
      mail.enabled = variant === 'with';
      for (let index = 0; index < BLOCK; index += 1) timings[variant].push(await file(block * BLOCK + index));
    }
    mail.enabled = true;
    const filingRatio = median(timings.with) / median(timings.without);
    console.log(
      `mail bench (${kind}): POST /tickets p50 with its mail ${median(timings.with).toFixed(2)} ms, without ${median(timings.without).toFixed(2)} ms: ${filingRatio.toFixed(2)}x (goal: at most ${MAX_FILING_RATIO}x)`
    );
    if (!reportGoal('mail', `(${kind}) POST /tickets p50 with its mail/without`, `${filingRatio.toFixed(2)}x`, `at most ${MAX_FILING_RATIO}x`, filingRatio <= MAX_FILING_RATIO)) failed = true;
  } finally {
    await app.stop();
    await smtp.close();
  }
  if (failed) {
    console.error('mail bench: a goal was missed');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
