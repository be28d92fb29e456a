import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, type Customer } from '../helpers/users';

const OUTBOX = 'plugin::helpdesk.mail-outbox';

describe('the chat box', () => {
  let app: TestApp;
  let customer: Customer;
  let setClock: (iso: string) => void;

  const chat = (body: unknown) => request(app.server).post('/api/helpdesk/chats').set('Authorization', `Bearer ${customer.jwt}`).send(body as object);
  const mailsOf = (documentId: string) => app.strapi.db.query(OUTBOX as any).findMany({ where: { ticketDocumentId: documentId } });

  beforeAll(async () => {
    app = await bootStrapi({ pluginConfig: { mail: { outbox: { enabled: false } } } });
    setClock = pinClock(app.strapi, '2026-03-10T10:00:00+01:00');
    customer = await createCustomer(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('on a Sunday says no one is there and that the answer comes by mail by Monday 17:00, and files it as a ticket with that promise', async () => {
    setClock('2026-03-15T14:00:00+01:00'); // Sunday afternoon in Amsterdam
    const response = await chat({ data: { body: 'My invoice shows the wrong address.\nCan you correct it?', locale: 'en' } });
    expect(response.status).toBe(201);
    expect(response.body.meta.chat).toEqual({
      staffed: false,
      answeredBy: 'mail',
      expectedResponseBy: '2026-03-16T16:00:00.000Z', // Monday 17:00 in Amsterdam
      nextOpenAt: '2026-03-16T08:00:00.000Z', // Monday 09:00
    });
    expect(response.body.data).toMatchObject({ channel: 'chat', chatState: null, status: 'new', subject: 'My invoice shows the wrong address.' });
    // The ticket's own SLA says the same as the chat box.
    expect(new Date(response.body.data.firstResponseDueAt).toISOString()).toBe('2026-03-16T16:00:00.000Z');
    const mails = await mailsOf(response.body.data.documentId);
    expect(mails.map((mail: any) => [mail.template, mail.to, mail.payload.expectedResponseBy])).toEqual([
      ['ticket-received', customer.email, '2026-03-16T16:00:00.000Z'],
    ]);
  });

  it('while staffed waits for an agent, live: the desk hears of it, and no receipt is mailed', async () => {
    setClock('2026-03-10T10:00:00+01:00'); // Tuesday morning
    const heard: any[] = [];
    const unsubscribe = await app.strapi.plugin('helpdesk').service('realtime').subscribe((event: any) => heard.push(event));
    try {
      const response = await chat({ data: { body: 'Is the new plan available yet?' } });
      expect(response.status).toBe(201);
      expect(response.body.meta.chat).toEqual({ staffed: true, answeredBy: 'chat', expectedResponseBy: null });
      expect(response.body.data).toMatchObject({ channel: 'chat', chatState: 'waiting' });
      const ticket = response.body.data.documentId;
      const deadline = Date.now() + 5000;
      while (!heard.some((event) => event.type === 'chat') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard.filter((event) => event.type === 'chat')).toEqual([{ type: 'chat', ticket, state: 'waiting', agent: null }]);
      expect(await mailsOf(ticket)).toEqual([]);
    } finally {
      unsubscribe();
    }
  });

  it('refuses a chat without a first message, naming the field, and files nothing', async () => {
    const before = await app.strapi.db.query('plugin::helpdesk.ticket' as any).count({});
    for (const body of [{ data: {} }, { data: { body: '   ' } }, { data: { body: 'Hi', subject: 'x' } }]) {
      const response = await chat(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/data\.(body|subject)/);
    }
    expect(await app.strapi.db.query('plugin::helpdesk.ticket' as any).count({})).toBe(before);
  });
});
