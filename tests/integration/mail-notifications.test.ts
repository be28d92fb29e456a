import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

const OUTBOX = 'plugin::helpdesk.mail-outbox';
const TICKET = 'plugin::helpdesk.ticket';
const STAFF_DESK = 'desk@helpdesk.test';

describe('the mails a ticket causes', () => {
  let app: TestApp;
  let smtp: SmtpServer;
  let setClock: (iso: string) => void;
  let customer: Customer;
  let agent: StaffMember;

  const outboxOf = (documentId: string) =>
    app.strapi.db.query(OUTBOX as any).findMany({ where: { ticketDocumentId: documentId }, orderBy: { id: 'asc' } });
  const send = () => (app.strapi.plugin('helpdesk').service('mail-outbox') as { drain(): Promise<number> }).drain();
  const file = async (data: Record<string, unknown>) => {
    const response = await request(app.server).post('/api/helpdesk/tickets').set('Authorization', `Bearer ${customer.jwt}`).send({ data });
    expect(response.status).toBe(201);
    return response.body.data as { documentId: string; reference: string };
  };
  const staff = (method: 'post' | 'put', path: string, body: unknown) =>
    request(app.server)[method](`/helpdesk${path}`).set('Authorization', `Bearer ${agent.token}`).send(body as object);
  const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await bootStrapi({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
      pluginConfig: { mail: { staffRecipients: [STAFF_DESK], ticketUrl: 'https://shop.example/support/tickets/{documentId}' } },
    });
    // A Tuesday morning in Amsterdam: a standard ticket is answered by 17:00 the same day.
    setClock = pinClock(app.strapi, '2026-03-10T10:00:00+01:00');
    customer = await createCustomer(app.strapi);
    agent = await createStaff(app.strapi, app.server, {
      permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.reply', 'plugin::helpdesk.tickets.manage'],
    });
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  beforeEach(() => {
    smtp.received.length = 0;
  });

  it('confirms a Dutch ticket with one Dutch mail naming its reference and the expected answer time', async () => {
    const ticket = await file({ subject: 'Factuur klopt niet', body: 'Het bedrag op mijn factuur is te hoog.', locale: 'nl' });
    const rows = await outboxOf(ticket.documentId);
    expect(rows.map((row: any) => [row.template, row.language, row.to])).toEqual([['ticket-received', 'nl', customer.email]]);

    await send();
    const mails = mailsTo(customer.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.subject).toContain(ticket.reference);
    expect(mail.raw).toMatch(/dinsdag 10 maart om 17:00/);
    expect(mail.raw).toContain(`https://shop.example/support/tickets/${ticket.documentId}`);
    // Nothing to staff for a standard ticket.
    expect(mailsTo(STAFF_DESK)).toHaveLength(0);
  });

  it('confirms a ticket someone else wrote for the customer to the customer, even when that writer is an admin with the same user id', async () => {
    // An admin's request carries an admin user: their id may equal a customer's (another table), and their address is not the customer's.
    const adminRequest = { state: { auth: { strategy: { name: 'admin' } }, user: { id: customer.id, email: 'admin@helpdesk.test' } } };
    const ticket: { documentId: string } = await (app.strapi.requestContext as any).run(adminRequest, () =>
      app.strapi.documents(TICKET as any).create({ data: { subject: 'Written for the customer', body: 'They phoned us about it.', customer: customer.id } as any })
    );
    const rows = await outboxOf(ticket.documentId);
    expect(rows.map((row: any) => [row.template, row.to])).toEqual([['ticket-received', customer.email]]);
  });

  it('mails the customer a staff answer, with the answer in it', async () => {
    const ticket = await file({ subject: 'Export fails', body: 'The CSV export stops halfway.' });
    await send();
    const confirmation = mailsTo(customer.email).find((mail) => mail.raw.includes(ticket.documentId));
    smtp.received.length = 0;
    const answer = 'Please try again with the new export button; it streams the file.';
    expect((await staff('post', `/tickets/${ticket.documentId}/reply`, { data: { body: answer } })).status).toBe(201);
    // An internal note mails nobody.
    expect((await staff('post', `/tickets/${ticket.documentId}/notes`, { data: { body: 'Known bug #42' } })).status).toBe(201);
    await send();
    const mails = mailsTo(customer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].raw).toContain('it streams the file');
    expect(mails[0].raw).not.toContain('Known bug');
    // The answer and the confirmation before it are one conversation in the customer's mail client.
    const thread = mails[0].headers.get('references')?.[0];
    expect(thread).toMatch(new RegExp(`^<helpdesk\\.ticket\\.${ticket.documentId}@`));
    expect(mails[0].headers.get('in-reply-to')).toEqual([thread]);
    expect(confirmation?.headers.get('references')).toEqual([thread]);
  });

  it('sends one mail for "answer and wait on the customer", and one when the ticket is resolved', async () => {
    const ticket = await file({ subject: 'Login loops', body: 'After login I land on the login page again.' });
    await staff('post', `/tickets/${ticket.documentId}/reply`, { data: { body: 'Which browser do you use?' } });
    await staff('put', `/tickets/${ticket.documentId}/status`, { data: { status: 'waiting_on_customer' } });
    await staff('put', `/tickets/${ticket.documentId}/status`, { data: { status: 'resolved' } });
    const templates = (await outboxOf(ticket.documentId)).map((row: any) => row.template);
    expect(templates).toEqual(['ticket-received', 'staff-answered', 'ticket-resolved']);
  });

  it('asks for more information by mail when a ticket is set to wait on the customer without an answer', async () => {
    const ticket = await file({ subject: 'Webhook missing', body: 'No webhook after payment.' });
    setClock('2026-03-10T11:00:00+01:00');
    await staff('put', `/tickets/${ticket.documentId}/status`, { data: { status: 'waiting_on_customer' } });
    setClock('2026-03-10T10:00:00+01:00');
    expect((await outboxOf(ticket.documentId)).map((row: any) => row.template)).toEqual(['ticket-received', 'more-info-needed']);
  });

  it('alerts staff to a new priority ticket', async () => {
    const created = await documents(app.strapi, TICKET).create({
      data: { subject: 'Shop down', body: 'Nothing loads.', customer: customer.id, tier: 'priority', status: 'new', language: 'en' },
    });
    await send();
    const alerts = mailsTo(STAFF_DESK);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].raw).toContain('Shop down');
    expect((await outboxOf(created.documentId)).map((row: any) => row.template).sort()).toEqual(['staff-new-priority', 'ticket-received']);
  });

  it('queues nothing for a ticket write that is rolled back', async () => {
    const before = await app.strapi.db.query(OUTBOX as any).count({});
    await expect(
      app.strapi.db.transaction(async () => {
        await documents(app.strapi, TICKET).create({ data: { subject: 'Never filed', body: 'Rolled back.', customer: customer.id } });
        throw new Error('roll back');
      })
    ).rejects.toThrow('roll back');
    expect(await app.strapi.db.query(OUTBOX as any).count({})).toBe(before);
    expect(await app.strapi.db.query(TICKET as any).count({ where: { subject: 'Never filed' } })).toBe(0);
  });

  it('delivers the confirmations of 20 tickets filed while the SMTP server was down, each once, when it is back', async () => {
    const port = smtp.port;
    await smtp.close();
    const filed = [];
    for (let index = 0; index < 20; index += 1) filed.push(await file({ subject: `Outage question ${index}`, body: 'Is the shop down?' }));
    await send();
    smtp = await startSmtpServer({ port });
    setClock('2026-03-10T10:01:00+01:00');
    await send();
    setClock('2026-03-10T10:00:00+01:00');

    const confirmations = mailsTo(customer.email).filter((mail) => /Outage question/.test(mail.subject ?? ''));
    expect(confirmations).toHaveLength(20);
    expect(new Set(confirmations.map((mail) => mail.messageId)).size).toBe(20);
    for (const ticket of filed) {
      expect(confirmations.filter((mail) => mail.raw.includes(ticket.documentId))).toHaveLength(1);
    }
  });

  it('lists a ticket\'s mails for staff, and sends a failed one again when asked', async () => {
    const reader = await createStaff(app.strapi, app.server, { permissions: ['plugin::helpdesk.queue.read'] });
    const ticket = await file({ subject: 'Refused address', body: 'My mailbox is full.' });
    smtp.refuseNext({ code: 552, message: 'Mailbox full' });
    await send();
    const list = (as: StaffMember) =>
      request(app.server).get(`/helpdesk/tickets/${ticket.documentId}/mails`).set('Authorization', `Bearer ${as.token}`);

    const failed = await list(reader);
    expect(failed.status).toBe(200);
    expect(failed.body.data).toEqual([
      expect.objectContaining({ template: 'ticket-received', to: customer.email, status: 'failed', attempts: 1, lastError: expect.stringContaining('552') }),
    ]);
    const mailId = failed.body.data[0].id;

    const resend = (as: StaffMember, id: unknown = mailId) =>
      request(app.server).post(`/helpdesk/tickets/${ticket.documentId}/mails/${id}/resend`).set('Authorization', `Bearer ${as.token}`);
    expect((await resend(reader)).status).toBe(403);
    const again = await resend(agent);
    expect(again.status).toBe(200);
    expect(again.body.data[0]).toMatchObject({ status: 'queued', lastError: null });
    await send();
    expect((await list(reader)).body.data[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(mailsTo(customer.email).filter((mail) => mail.raw.includes(ticket.documentId))).toHaveLength(1);

    // Only a failed mail can be sent again; and the ids must be real.
    const sentAgain = await resend(agent);
    expect(sentAgain.status).toBe(409);
    expect(sentAgain.body.error.message).toContain('not a failed mail');
    expect((await resend(agent, 'abc')).status).toBe(400);
    expect((await resend(agent, 'abc')).body.error.message).toContain('params.mailId');
    const unknown = await request(app.server).get('/helpdesk/tickets/abcdefghijklmnopqrstuvwx/mails').set('Authorization', `Bearer ${reader.token}`);
    expect(unknown.status).toBe(404);
  });

  it('keeps a line break in a subject out of the mail headers', async () => {
    const created = await documents(app.strapi, TICKET).create({
      data: { subject: 'Help\r\nBcc: evil@example.com\r\nX-Injected: 1', body: 'Subject with line breaks.', customer: customer.id, language: 'en' },
    });
    await send();
    const [mail] = mailsTo(customer.email).filter((received) => received.raw.includes(created.documentId));
    expect(mail.headers.get('subject')).toHaveLength(1);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.headers.has('x-injected')).toBe(false);
    expect(mail.to).toEqual([customer.email]);
    expect(smtp.received.some((received) => received.to.includes('evil@example.com'))).toBe(false);
  });
});
