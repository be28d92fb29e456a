import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';
import { startOtherInstance, type OtherInstance } from '../helpers/other-instance';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';

const TICKET = 'plugin::helpdesk.ticket';
const EVENT = 'plugin::helpdesk.sla-event';
const OUTBOX = 'plugin::helpdesk.mail-outbox';
const STAFF = ['desk@helpdesk.test'];
/** The sweep lease and the sending lease (services/sla-sweeper.ts, services/mail-outbox.ts). */
const LEASE_MS = 5 * 60_000;

const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000, intervalMs = 20) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};

/**
 * Two instances on one database; the second, in a process of its own, is killed (SIGKILL) in the
 * middle of its work. The first takes over once the killed one's lease has run out (its clock is
 * moved on rather than waiting five minutes), and nothing is lost or done twice.
 */
describe('an instance killed in the middle of its work', () => {
  let app: TestApp;
  let smtp: SmtpServer;
  let other: OtherInstance | undefined;
  let setClock: (iso: string) => void;
  let customerId: number;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await bootStrapi({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
      // This instance only does what the test tells it to.
      pluginConfig: { mail: { staffRecipients: STAFF, outbox: { enabled: false } }, slaSweeper: { enabled: false }, rateLimits: { createTicket: { points: 10_000 } } },
    });
    customerId = (await createCustomer(app.strapi)).id;
    setClock = pinClock(app.strapi, new Date().toISOString());
  });

  afterAll(async () => {
    await other?.kill();
    await app?.stop();
    await smtp?.close();
  });

  const afterTheLease = () => setClock(new Date(Date.now() + LEASE_MS + 1000).toISOString());
  const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid as any).count({ where });

  it('records every SLA event once when the sweeping instance dies mid-sweep', async () => {
    // Filed on a Monday morning last week: every first response is long overdue, so each ticket
    // has a pre-breach and a breach to record.
    setClock('2026-11-23T09:00:00+01:00');
    const tickets = [];
    for (let start = 0; start < 60; start += 10) {
      const create = (n: number) => documents(app.strapi, TICKET).create({ data: { subject: `Overdue ${start + n}`, body: 'Please', customer: customerId } });
      tickets.push(...(await Promise.all(Array.from({ length: 10 }, (_, n) => create(n)))));
    }
    const expected = tickets.length * 2;

    other = await startOtherInstance(app.database, {
      mail: { staffRecipients: STAFF, outbox: { enabled: false } },
      slaSweeper: { enabled: true, schedule: '* * * * * *' },
    });
    await until('the other instance has recorded some events', async () => (await count(EVENT)) > 0, 30_000, 5);
    await other.kill();
    const recordedBeforeDeath = await count(EVENT);
    expect(recordedBeforeDeath).toBeLessThan(expected);

    // Within the lease this instance stands aside; after it, it sweeps what is left.
    setClock(new Date().toISOString());
    expect((await app.strapi.plugin('helpdesk').service('sla-sweeper').sweep()).ran).toBe(false);
    afterTheLease();
    expect((await app.strapi.plugin('helpdesk').service('sla-sweeper').sweep()).ran).toBe(true);

    expect(await count(EVENT)).toBe(expected);
    for (const ticket of tickets) {
      const kinds = (await app.strapi.db.query(EVENT as any).findMany({ where: { ticket: { documentId: ticket.documentId } }, select: ['kind'] })).map((event: any) => event.kind);
      expect(kinds.sort()).toEqual(['breach', 'preBreach']);
    }
    // One alert per breach and staff address (a pre-breach found already breached alerts nothing):
    // none lost with the dead instance's last transaction, none twice.
    expect(await count(OUTBOX, { template: 'sla-breach' })).toBe(tickets.length * STAFF.length);
    expect(await count(OUTBOX, { template: 'sla-pre-breach' })).toBe(0);
  });

  it('delivers every mail once when the sending instance dies mid-send', async () => {
    setClock(new Date().toISOString());
    await app.strapi.db.query(OUTBOX as any).updateMany({ where: { status: 'pending' }, data: { status: 'failed', lastError: 'not part of this test' } });
    for (let n = 0; n < 20; n += 1) {
      await documents(app.strapi, TICKET).create({ data: { subject: `Parcel ${n} lost`, body: 'Where is it?', customer: customerId } });
    }
    const queued = await count(OUTBOX, { status: 'pending' });
    expect(queued).toBeGreaterThanOrEqual(20);

    smtp.holdReplies();
    other = await startOtherInstance(app.database, {
      mail: { staffRecipients: STAFF, outbox: { enabled: true, intervalMs: 100, batchSize: 100, concurrency: 5 } },
      slaSweeper: { enabled: false },
    });
    // Caught with mails on the wire and their rows claimed.
    await until('the other instance is sending', async () => smtp.heldCount > 0);
    await other.kill();
    // The server notices the dropped connections a moment later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    smtp.releaseReplies();
    expect(smtp.received).toHaveLength(0);
    expect(await count(OUTBOX, { status: 'sending' })).toBeGreaterThan(0);

    // The claimed rows wait out the dead instance's lease, then this instance sends them.
    const worker = app.strapi.plugin('helpdesk').service('mail-outbox');
    setClock(new Date().toISOString());
    await worker.drain();
    expect(await count(OUTBOX, { status: 'sending' })).toBeGreaterThan(0);
    afterTheLease();
    await worker.drain();

    expect(await count(OUTBOX, { status: { $in: ['pending', 'sending'] } })).toBe(0);
    expect(await count(OUTBOX, { status: 'sent' })).toBe(queued);
    expect(smtp.received).toHaveLength(queued);
    expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(queued);
  });
});
