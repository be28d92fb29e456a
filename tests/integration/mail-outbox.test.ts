import { mailRenderer } from '../../server/src/services/mail-renderer';
import { pinClock } from '../helpers/clock';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { documents } from '../helpers/documents';
import { createCustomer } from '../helpers/users';

const OUTBOX = 'plugin::helpdesk.mail-outbox';
const TICKET = 'plugin::helpdesk.ticket';
const MINUTE = 60_000;

describe('the mail outbox worker', () => {
  let app: TestApp;
  let smtp: SmtpServer;
  let setClock: (iso: string) => void;
  let clock = Date.parse('2026-03-10T10:00:00Z');
  let ticket: { documentId: string; reference: string };
  let counter = 0;

  const outbox = () => app.strapi.db.query(OUTBOX as any);
  const worker = () => app.strapi.plugin('helpdesk').service('mail-outbox') as { runOnce(): Promise<number>; drain(): Promise<number> };
  const later = (ms: number) => {
    clock += ms;
    setClock(new Date(clock).toISOString());
  };
  /** A staff alert as the breach sweeper queues it. */
  const queueAlert = (to = 'desk@helpdesk.test', payload: Record<string, unknown> = {}) => {
    counter += 1;
    return outbox().create({
      data: {
        dedupeKey: `test-alert-${counter}:${to}`,
        ticketDocumentId: (payload.ticketDocumentId as string | undefined) ?? ticket.documentId,
        to,
        template: 'sla-breach',
        language: 'en',
        payload: {
          ticketDocumentId: ticket.documentId,
          reference: ticket.reference,
          subject: 'Checkout is broken',
          tier: 'standard',
          target: 'firstResponse',
          dueAt: '2026-03-10T16:00:00.000Z',
          ...payload,
        },
      },
    });
  };
  const rowOf = (id: number) => outbox().findOne({ where: { id } });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await bootStrapi({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } });
    setClock = pinClock(app.strapi, new Date(clock).toISOString());
    const customer = await createCustomer(app.strapi);
    const created = await documents(app.strapi, TICKET).create({ data: { subject: 'Checkout is broken', body: 'Since this morning.', customer: customer.id } });
    ticket = { documentId: created.documentId, reference: (await app.strapi.db.query(TICKET as any).findOne({ where: { id: created.id } })).reference };
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  beforeEach(async () => {
    // Nothing left over from another test is due.
    await outbox().deleteMany({ where: {} });
    smtp.received.length = 0;
  });

  it('sends a queued mail once through the email plugin, with a stable Message-ID, and stores the answer', async () => {
    const row = await queueAlert();
    expect(await worker().runOnce()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual(['desk@helpdesk.test']);
    expect(mail.subject).toContain(ticket.reference);

    const stored = await rowOf(row.id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, lastError: null, messageId: mail.messageId });
    expect(stored.providerResponse).toContain('250');
    // Nothing more is due: a second run sends nothing.
    expect(await worker().runOnce()).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps mails while the SMTP server is down and sends each exactly once when it is back', async () => {
    const port = smtp.port;
    await smtp.close();
    const rows = [];
    for (let index = 0; index < 20; index += 1) rows.push(await queueAlert(`desk${index}@helpdesk.test`));
    await worker().drain();
    for (const row of rows) {
      const stored = await rowOf(row.id);
      expect(stored).toMatchObject({ status: 'pending', attempts: 1 });
      expect(stored.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
      // The first retry waits a minute.
      expect(new Date(stored.notBefore).getTime()).toBe(clock + MINUTE);
    }

    smtp = await startSmtpServer({ port });
    expect(await worker().runOnce()).toBe(0); // not due yet
    later(MINUTE);
    await worker().drain();
    const ids = smtp.received.map((mail) => mail.messageId);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    const stored = await outbox().findMany({ where: { id: { $in: rows.map((row) => row.id) } } });
    expect(stored.every((row: any) => row.status === 'sent' && row.attempts === 2)).toBe(true);
    expect(new Set(stored.map((row: any) => row.messageId))).toEqual(new Set(ids));
  });

  it('retries a temporary refusal (451) with a doubling wait and delivers it', async () => {
    const row = await queueAlert();
    smtp.refuseNext({ code: 451, message: 'Try again later' }, { code: 451, message: 'Still busy' });
    await worker().runOnce();
    expect(await rowOf(row.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('451') });
    later(MINUTE);
    await worker().runOnce();
    const second = await rowOf(row.id);
    expect(second).toMatchObject({ status: 'pending', attempts: 2 });
    expect(new Date(second.notBefore).getTime()).toBe(clock + 2 * MINUTE);
    later(2 * MINUTE);
    await worker().runOnce();
    expect(await rowOf(row.id)).toMatchObject({ status: 'sent', attempts: 3 });
    expect(smtp.received).toHaveLength(1);
  });

  it('marks a permanent refusal (550) failed with the reason and never tries it again', async () => {
    const row = await queueAlert('nobody@helpdesk.test');
    const other = await queueAlert('desk@helpdesk.test');
    smtp.refuseAddress('nobody@helpdesk.test', { code: 550, message: 'No such user here' });
    await worker().runOnce();
    expect(await rowOf(row.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('550') });
    // The other mail of the batch is not affected.
    expect(await rowOf(other.id)).toMatchObject({ status: 'sent' });
    later(24 * 60 * MINUTE);
    expect(await worker().runOnce()).toBe(0);
    expect(smtp.received.map((mail) => mail.to[0])).toEqual(['desk@helpdesk.test']);
  });

  it('gives a temporary failure up after three days', async () => {
    const row = await queueAlert();
    const queuedAt = clock;
    // Queued at the pinned clock's time (the database stamped the real one).
    await outbox().update({ where: { id: row.id }, data: { createdAt: new Date(queuedAt) } });
    for (let attempt = 0; attempt < 30; attempt += 1) {
      smtp.refuseNext({ code: 421, message: 'Service not available' });
      await worker().runOnce();
      const stored = await rowOf(row.id);
      if (stored.status === 'failed') break;
      later(new Date(stored.notBefore).getTime() - clock);
    }
    const stored = await rowOf(row.id);
    expect(stored.status).toBe('failed');
    expect(stored.lastError).toMatch(/gave up/);
    expect(clock - queuedAt).toBeLessThanOrEqual(3 * 24 * 60 * MINUTE);
    // The waits doubled up to the six-hour cap.
    expect(stored.attempts).toBeGreaterThan(9);
    expect(smtp.received).toHaveLength(0);
  });

  it('drops a mail whose ticket was deleted, with a reason, instead of retrying it', async () => {
    const customer = await createCustomer(app.strapi);
    const doomed = await documents(app.strapi, TICKET).create({ data: { subject: 'Soon gone', body: 'x', customer: customer.id } });
    const row = await queueAlert('desk@helpdesk.test', { ticketDocumentId: doomed.documentId });
    await documents(app.strapi, TICKET).delete({ documentId: doomed.documentId });
    await worker().runOnce();
    expect(await rowOf(row.id)).toMatchObject({ status: 'failed', lastError: expect.stringContaining('deleted') });
    expect(smtp.received).toHaveLength(0);
  });

  it('takes a row an instance claimed and never finished (it crashed) once its lease has run out', async () => {
    const row = await queueAlert();
    // As a crashed instance leaves it: claimed, with a lease, never marked.
    await outbox().update({ where: { id: row.id }, data: { status: 'sending', attempts: 1, notBefore: new Date(clock + 5 * MINUTE) } });
    expect(await worker().runOnce()).toBe(0);
    later(5 * MINUTE);
    expect(await worker().runOnce()).toBe(1);
    expect(await rowOf(row.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives back at once the rows of a run that broke off before sending them, not after their lease', async () => {
    const row = await queueAlert();
    const outboxService = app.strapi.plugin('helpdesk').service('mail-outbox');
    // The run breaks off after claiming, as when the database goes away while it reads the settings.
    outboxService.useRenderer(async () => {
      throw new Error('the database went away');
    });
    await expect(worker().runOnce()).rejects.toThrow('the database went away');
    expect(await rowOf(row.id)).toMatchObject({ status: 'sending' });
    outboxService.useRenderer(mailRenderer(app.strapi));
    // The next run, a moment later, sends it: nothing went out, so nothing can be doubled.
    expect(await worker().runOnce()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(await rowOf(row.id)).toMatchObject({ status: 'sent' });
  });
});
