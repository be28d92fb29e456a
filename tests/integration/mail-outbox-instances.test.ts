import { startOtherInstance, type OtherInstance } from '../helpers/other-instance';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { bootStrapi, type TestApp } from '../helpers/strapi';

const OUTBOX = 'plugin::helpdesk.mail-outbox';
const MAILS = 150;

describe('the mail outbox with three instances on one database', () => {
  let app: TestApp;
  let others: OtherInstance[] = [];
  let smtp: SmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await bootStrapi({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
      pluginConfig: { mail: { outbox: { enabled: false, batchSize: 5 } } },
    });
    // The others send on their own timers, in small batches, while this one drains: claims race.
    const config = { mail: { outbox: { enabled: true, intervalMs: 100, batchSize: 5 } } };
    // One after the other: two boots at once would both set up the schema.
    others.push(await startOtherInstance(app.database, config));
    others.push(await startOtherInstance(app.database, config));
  });

  afterAll(async () => {
    await Promise.all(others.map((other) => other.stop()));
    await app?.stop();
    await smtp?.close();
  });

  it('sends each mail once, whichever instance claims it', async () => {
    const outbox = app.strapi.db.query(OUTBOX as any);
    await outbox.createMany({
      data: Array.from({ length: MAILS }, (_, index) => ({
        dedupeKey: `two-instances-${index}`,
        to: `desk${index}@helpdesk.test`,
        template: 'sla-breach',
        language: 'en',
        status: 'pending',
        attempts: 0,
        payload: { reference: `HD-${index}`, subject: 'Checkout is broken', tier: 'standard', target: 'firstResponse', dueAt: '2026-03-10T16:00:00.000Z' },
      })),
    });
    const worker = app.strapi.plugin('helpdesk').service('mail-outbox') as { runOnce(): Promise<number> };
    const deadline = Date.now() + 30_000;
    let sentHere = 0;
    while (Date.now() < deadline && (await outbox.count({ where: { status: 'sent' } })) < MAILS) {
      const sent = await worker.runOnce();
      sentHere += sent;
      // The SMTP server lives in this process: let it answer the others between batches.
      if (sent === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }

    const left = await outbox.findMany({ where: { status: { $ne: 'sent' } }, select: ['status', 'attempts', 'lastError'] });
    expect(left).toEqual([]);
    const ids = smtp.received.map((mail) => mail.messageId);
    expect(ids).toHaveLength(MAILS);
    expect(new Set(ids).size).toBe(MAILS);
    expect(new Set(smtp.received.map((mail) => mail.to[0])).size).toBe(MAILS);
    // Every instance could take part: the mails were shared out, not sent twice.
    expect(sentHere).toBeGreaterThan(0);
    expect(sentHere).toBeLessThan(MAILS);
    const stored = await outbox.findMany({ where: { dedupeKey: { $startsWith: 'two-instances-' } } });
    expect(stored.every((row: any) => row.attempts === 1)).toBe(true);
  });
});
