import request from 'supertest';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, type Customer } from '../helpers/users';
import { freePort } from '../helpers/ports';

const OUTBOX = 'plugin::helpdesk.mail-outbox';
const TICKETS = 100;
/** Tickets filed at once while the mail server is down. */
const IN_FLIGHT = 10;

/**
 * The mail server is down while 100 tickets are filed: filing goes on unharmed, each receipt waits
 * in the outbox, and once the server is back every one is delivered, once.
 */
describe('an SMTP outage under load', () => {
  let app: TestApp;
  let smtp: SmtpServer | undefined;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    app = await bootStrapi({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) },
      pluginConfig: {
        rateLimits: { createTicket: { points: 10_000 } },
        // Quick retries, so the test sees the worker come back without waiting minutes.
        mail: { outbox: { enabled: true, intervalMs: 200, batchSize: 20, retryInitialMs: 1000, retryMaxMs: 2000 } },
      },
    });
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  const outbox = () => app.strapi.db.query(OUTBOX as any);
  const statuses = async () => {
    const rows = await outbox().findMany({ select: ['status'] });
    return rows.reduce((counts: Record<string, number>, row: { status: string }) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {});
  };

  it('files every ticket while the mail server is down, and delivers each receipt once when it is back', async () => {
    const customers: Customer[] = [];
    for (let n = 0; n < IN_FLIGHT; n += 1) customers.push(await createCustomer(app.strapi));
    const filed: string[] = [];
    for (let start = 0; start < TICKETS; start += IN_FLIGHT) {
      const batch = await Promise.all(
        customers.map((customer, n) =>
          request(app.server)
            .post('/api/helpdesk/tickets')
            .set('Authorization', `Bearer ${customer.jwt}`)
            .send({ data: { subject: `Order ${start + n} never arrived`, body: 'Where is my parcel?' } }),
        ),
      );
      for (const response of batch) {
        expect([response.status, response.body.error?.message]).toEqual([201, undefined]);
        filed.push(response.body.data.documentId);
      }
    }
    expect(new Set(filed).size).toBe(TICKETS);

    // Tried at least once against the closed port, and kept for later.
    const started = Date.now();
    while (!(await outbox().count({ where: { attempts: { $gt: 0 } } }))) {
      if (Date.now() - started > 15_000) throw new Error('the outbox worker never tried to send');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await outbox().count({ where: { status: 'sent' } })).toBe(0);
    expect(await outbox().count({ where: { status: 'failed' } })).toBe(0);
    const queued = await outbox().count({});
    expect(await outbox().count({ where: { template: 'ticket-received' } })).toBe(TICKETS);

    smtp = await startSmtpServer({ port });
    const back = Date.now();
    while ((await outbox().count({ where: { status: 'sent' } })) < queued) {
      if (Date.now() - back > 60_000) throw new Error(`not all mail went out once the server was back: ${JSON.stringify(await statuses())}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // A little longer, so that a mail sent twice would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(await statuses()).toEqual({ sent: queued });
    expect(smtp.received).toHaveLength(queued);
    const messageIds = smtp.received.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(queued);
    // Each customer got one receipt per ticket they filed.
    const receipts = new Map<string, number>();
    for (const mail of smtp.received.filter((received) => /Order \d+ never arrived/.test(received.subject ?? ''))) {
      for (const to of mail.to) receipts.set(to, (receipts.get(to) ?? 0) + 1);
    }
    expect([...receipts.values()].reduce((sum, count) => sum + count, 0)).toBe(TICKETS);
    for (const customer of customers) expect(receipts.get(customer.email)).toBe(TICKETS / IN_FLIGHT);
  });
});
