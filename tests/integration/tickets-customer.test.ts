import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, type Customer } from '../helpers/users';
import { documents } from '../helpers/documents';

const TICKET = 'plugin::helpdesk.ticket';
const MESSAGE = 'plugin::helpdesk.ticket-message';

describe('customer ticket API', () => {
  let app: TestApp;
  let alice: Customer;
  let bob: Customer;

  const as = (customer: Customer | null) => {
    const auth = (call: request.Test) => (customer ? call.set('Authorization', `Bearer ${customer.jwt}`) : call);
    return {
      get: (path: string) => auth(request(app.server).get(`/api/helpdesk${path}`)),
      post: (path: string, body?: object) => auth(request(app.server).post(`/api/helpdesk${path}`)).send(body ?? {}),
    };
  };
  const file = async (customer: Customer, data: Record<string, unknown> = {}) => {
    const response = await as(customer).post('/tickets', { data: { subject: 'Invoice missing', body: 'Where is my invoice?', ...data } });
    expect(response.status).toBe(201);
    return response.body.data;
  };
  const counts = async () => ({
    tickets: await app.strapi.db.query(TICKET as any).count({}),
    messages: await app.strapi.db.query(MESSAGE as any).count({}),
  });
  const row = (documentId: string) => app.strapi.db.query(TICKET as any).findOne({ where: { documentId } });

  beforeAll(async () => {
    app = await bootStrapi();
    alice = await createCustomer(app.strapi);
    bob = await createCustomer(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('POST /tickets', () => {
    it('files a ticket with a reference, an expected answer time and no internal fields', async () => {
      const response = await as(alice).post('/tickets', { data: { subject: 'Upload fails', body: 'The upload stops at 80%. What can I do?', locale: 'nl' } });
      expect(response.status).toBe(201);
      const { data, meta } = response.body;
      expect(data).toMatchObject({ subject: 'Upload fails', status: 'new', tier: 'standard', language: 'nl', documentId: expect.any(String) });
      expect(data.reference).toMatch(/^HD-\d{6,}$/);
      expect(meta.expectedResponseBy).toBe(data.firstResponseDueAt);
      expect(new Date(meta.expectedResponseBy).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(meta.warnings).toEqual([]);
      for (const hidden of ['fairUseScore', 'fairUseReasons', 'priorityScore', 'assignee', 'slaClock', 'customer', 'minutesSpent', 'faqMatches']) {
        expect(data).not.toHaveProperty(hidden);
      }
      expect((await row(data.documentId)).language).toBe('nl');
    });

    it('warns, without refusing, when one ticket asks several questions', async () => {
      const response = await as(alice).post('/tickets', {
        data: { subject: 'Two things', body: 'Where is my invoice? And can I pay by bank transfer?' },
      });
      expect(response.status).toBe(201);
      expect(response.body.meta.warnings).toEqual([expect.objectContaining({ code: 'multiple-questions' })]);
    });

    it.each([
      ['status', { status: 'closed' }],
      ['priorityScore', { priorityScore: 100 }],
      ['fairUseScore', { fairUseScore: 0 }],
      ['firstResponseDueAt', { firstResponseDueAt: '2030-01-01T00:00:00Z' }],
      ['customer', { customer: 1 }],
      ['assignee', { assignee: 1 }],
      ['internal', { internal: true }],
      ['creditsCharged', { creditsCharged: 0 }],
    ])('refuses to let a customer set %s, and files nothing', async (field, extra) => {
      const before = await counts();
      const response = await as(alice).post('/tickets', { data: { subject: 'Hi', body: 'Question?', ...extra } });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(`body.data.${field}`);
      expect(await counts()).toEqual(before);
    });

    it.each([
      [{ data: { subject: '', body: 'x' } }, 'body.data.subject'],
      [{ data: { subject: '   ', body: 'x' } }, 'body.data.subject'],
      [{ data: { subject: 'x'.repeat(201), body: 'x' } }, 'body.data.subject'],
      [{ data: { subject: 'Hi', body: 'x'.repeat(20_001) } }, 'body.data.body'],
      [{ data: { subject: 'Hi', body: 'before\u0000after' } }, 'body.data.body'],
      [{ data: { subject: 42, body: 'x' } }, 'body.data.subject'],
      [{ data: { subject: 'Hi' } }, 'body.data.body'],
      [{ data: { subject: 'Hi', body: 'x', locale: 'xx' } }, 'body.data.locale'],
      [{ data: { subject: 'Hi', body: 'x', incidentClass: "1' OR '1'='1" } }, 'body.data.incidentClass'],
      [{ data: { subject: 'Hi', body: 'x', incidentClass: 'abcdefghijklmnopqrstuvwx' } }, 'data.incidentClass'],
      [{ data: { subject: 'Hi', body: 'x', tier: 'gold' } }, 'body.data.tier'],
      [{ data: { subject: 'Hi', body: 'x', tier: 'priority' } }, 'data.tier'],
      [{ subject: 'Hi', body: 'x' }, 'body.data'],
      [{ data: 'hello' }, 'body.data'],
    ])('answers %j with a 400 naming %s and files nothing', async (body, field) => {
      const before = await counts();
      const response = await as(alice).post('/tickets', body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('hides top-ups and refuses them with a 400 naming the field while the site has no payment keys', async () => {
      const offer = await request(app.server).get('/api/helpdesk/credits/packs');
      expect(offer.status).toBe(200);
      expect(offer.body.meta.available).toBe(false);
      const checkout = await as(alice).post('/credits/checkout', { data: { pack: 'credits-4' } });
      expect(checkout.status).toBe(400);
      expect(checkout.body.error.message).toMatch(/^data\.pack: .*not set up/);
      const webhook = await request(app.server).post('/api/helpdesk/stripe/webhook').set('Stripe-Signature', 't=1,v1=00').send({ id: 'evt_1' });
      expect(webhook.status).toBe(400);
      expect(webhook.body.error.message).toMatch(/not set up/);
      // The customer still sees their balance and free period.
      const credits = await as(alice).get('/credits');
      expect(credits.status).toBe(200);
      expect(credits.body.data).toMatchObject({ balance: 0, inFreePeriod: true, transactions: [] });
    });

    it('stores markup as plain text, exactly as sent', async () => {
      const body = '<script>alert(1)</script> <img src=x onerror=alert(2)> **bold**';
      const ticket = await file(alice, { body });
      expect(ticket.body).toBe(body);
      expect((await row(ticket.documentId)).body).toBe(body);
    });

    it('gives 50 tickets filed at once 50 distinct references', async () => {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, index) => as(bob).post('/tickets', { data: { subject: `Burst ${index}`, body: 'Question?' } }))
      );
      expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
      const references = responses.map((response) => response.body.data.reference);
      expect(new Set(references).size).toBe(50);
    });
  });

  describe('reading and answering own tickets', () => {
    it('lists only the customer’s own tickets, newest first, with pagination', async () => {
      const carol = await createCustomer(app.strapi);
      const first = await file(carol, { subject: 'First' });
      const second = await file(carol, { subject: 'Second' });
      await file(alice, { subject: 'Not Carol’s' });
      const response = await as(carol).get('/tickets?page=1&pageSize=1');
      expect(response.status).toBe(200);
      expect(response.body.data.map((ticket: any) => ticket.documentId)).toEqual([second.documentId]);
      expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
      const page2 = await as(carol).get('/tickets?page=2&pageSize=1');
      expect(page2.body.data.map((ticket: any) => ticket.documentId)).toEqual([first.documentId]);
    });

    it('shows the public thread without internal notes and marks staff answers as read', async () => {
      const ticket = await file(alice);
      const messages = documents(app.strapi, MESSAGE);
      await messages.create({ data: { ticket: ticket.documentId, authorKind: 'staff', body: 'Internal: check billing run', internal: true } });
      await messages.create({ data: { ticket: ticket.documentId, authorKind: 'staff', body: 'Your invoice is attached.', internal: false } });
      await messages.create({ data: { ticket: ticket.documentId, authorKind: 'staff', body: 'It is also in your account.', internal: false } });

      const response = await as(alice).get(`/tickets/${ticket.documentId}`);
      expect(response.status).toBe(200);
      const thread = response.body.data.messages;
      expect(thread.map((message: any) => message.body)).toEqual(['Your invoice is attached.', 'It is also in your account.']);
      expect(JSON.stringify(response.body)).not.toContain('Internal: check billing run');
      expect(thread.map((message: any) => message.readAt)).toEqual([expect.any(String), expect.any(String)]);
      const stored = await app.strapi.db.query(MESSAGE as any).findMany({ where: { ticket: { documentId: ticket.documentId } } });
      expect(stored.filter((message: any) => !message.internal).map((message: any) => message.readAt)).toEqual([expect.anything(), expect.anything()]);
      expect(stored.find((message: any) => message.internal).readAt).toBeNull();
    });

    it('takes a reply, reopening a ticket that waited on the customer', async () => {
      const ticket = await file(alice);
      await documents(app.strapi, TICKET).update({ documentId: ticket.documentId, data: { status: 'waiting_on_customer' } });
      const response = await as(alice).post(`/tickets/${ticket.documentId}/messages`, { data: { body: 'Here is the log you asked for.' } });
      expect(response.status).toBe(201);
      expect(response.body.data).toMatchObject({ authorKind: 'customer', body: 'Here is the log you asked for.' });
      expect((await row(ticket.documentId)).status).toBe('open');
    });

    it('refuses a reply to a closed ticket with 409 and says why', async () => {
      const ticket = await file(alice);
      await documents(app.strapi, TICKET).update({ documentId: ticket.documentId, data: { status: 'closed' } });
      const before = await counts();
      const response = await as(alice).post(`/tickets/${ticket.documentId}/messages`, { data: { body: 'Hello?' } });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/closed/);
      expect(await counts()).toEqual(before);
    });

    it('lets the customer close their own ticket as resolved, twice without harm', async () => {
      const ticket = await file(alice);
      const first = await as(alice).post(`/tickets/${ticket.documentId}/resolve`);
      expect(first.status).toBe(200);
      expect(first.body.data.status).toBe('resolved');
      expect(first.body.data.resolvedAt).toEqual(expect.any(String));
      const again = await as(alice).post(`/tickets/${ticket.documentId}/resolve`);
      expect(again.status).toBe(200);
      expect(again.body.data.resolvedAt).toBe(first.body.data.resolvedAt);
    });

    it.each([
      ['GET', (id: string) => `/tickets/${id}`, undefined],
      ['POST', (id: string) => `/tickets/${id}/messages`, { data: { body: 'x' } }],
      ['POST', (id: string) => `/tickets/${id}/resolve`, undefined],
      ['POST', (id: string) => `/tickets/${id}/messages`, { data: { body: 'x', internal: true } }],
      ['POST', (id: string) => `/tickets/${id}/messages`, { data: { body: '' } }],
    ])('answers %s %p on a malformed ticket id with a 400 naming params.documentId', async (method, path, body) => {
      const malformed = encodeURIComponent("1' OR '1'='1");
      const response = method === 'GET' ? await as(alice).get(path(malformed)) : await as(alice).post(path(malformed), body as object);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('params.documentId');
    });

    it.each([
      [{ data: { body: '' } }, 'body.data.body'],
      [{ data: { body: 'x'.repeat(20_001) } }, 'body.data.body'],
      [{ data: { body: 5 } }, 'body.data.body'],
      [{ data: { body: 'NUL \u0000 inside' } }, 'body.data.body'],
      [{ data: { body: 'hi', internal: true } }, 'body.data.internal'],
      [{ data: { body: 'hi', authorKind: 'staff' } }, 'body.data.authorKind'],
      [{ body: 'hi' }, 'body.data'],
    ])('refuses the reply %j with a 400 naming %s and writes nothing', async (body, field) => {
      const ticket = await file(alice);
      const before = await counts();
      const response = await as(alice).post(`/tickets/${ticket.documentId}/messages`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(await counts()).toEqual(before);
    });
  });

  describe('bad input on the reading routes', () => {
    it.each([
      ['?page=0', 'query.page'],
      ['?page=abc', 'query.page'],
      ['?pageSize=1000', 'query.pageSize'],
      ['?pageSize=-5', 'query.pageSize'],
      ['?sort=status', 'query.sort'],
      ['?filters[customer][id]=1', 'query.filters'],
      ["?page=1%27%20OR%20%271%27=%271", 'query.page'],
    ])('GET /tickets%s answers 400 naming %s', async (query, field) => {
      const response = await as(alice).get(`/tickets${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
    });

    it.each([
      ['?populate=customer', 'query.populate'],
      ['?fields[0]=fairUseScore', 'query.fields'],
      ['?status=closed', 'query.status'],
      ['?filters[status]=new', 'query.filters'],
      ['?locale=en', 'query.locale'],
    ])('GET /tickets/:id%s answers 400 naming %s and reveals nothing', async (query, field) => {
      const ticket = await file(alice);
      const response = await as(alice).get(`/tickets/${ticket.documentId}${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(JSON.stringify(response.body)).not.toContain('fairUseScore');
    });

    it.each([
      [{ data: { status: 'closed' } }, 'body.data'],
      [{ status: 'resolved' }, 'body.status'],
      [{ resolvedAt: '2020-01-01' }, 'body.resolvedAt'],
      [{ data: {} }, 'body.data'],
      [{ note: "'; DROP TABLE helpdesk_tickets; --" }, 'body.note'],
    ])('POST /tickets/:id/resolve with %j answers 400 naming %s and changes nothing', async (body, field) => {
      const ticket = await file(alice);
      const response = await as(alice).post(`/tickets/${ticket.documentId}/resolve`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect((await row(ticket.documentId)).status).toBe('new');
    });
  });

  describe('another customer’s ticket', () => {
    it('is not found on every customer route, and nothing changes', async () => {
      const ticket = await file(alice);
      const before = { ticket: await row(ticket.documentId), ...(await counts()) };
      const calls = [
        as(bob).get(`/tickets/${ticket.documentId}`),
        as(bob).post(`/tickets/${ticket.documentId}/messages`, { data: { body: 'Sneaky' } }),
        as(bob).post(`/tickets/${ticket.documentId}/resolve`),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.status).toBe(404);
        expect(JSON.stringify(response.body)).not.toContain(ticket.subject === 'Invoice missing' ? 'Where is my invoice' : ticket.subject);
      }
      expect({ ticket: await row(ticket.documentId), ...(await counts()) }).toEqual(before);
      const list = await as(bob).get('/tickets?pageSize=100');
      expect(list.body.data.map((item: any) => item.documentId)).not.toContain(ticket.documentId);
    });
  });

  describe('without logging in', () => {
    it.each([
      ['GET', '/tickets'],
      ['POST', '/tickets'],
      ['GET', '/tickets/abcdefghijklmnopqrstuvwx'],
      ['POST', '/tickets/abcdefghijklmnopqrstuvwx/messages'],
      ['POST', '/tickets/abcdefghijklmnopqrstuvwx/resolve'],
    ])('%s %s is refused', async (method, path) => {
      const before = await counts();
      const response = method === 'GET' ? await as(null).get(path) : await as(null).post(path, { data: { subject: 'x', body: 'y' } });
      expect([401, 403]).toContain(response.status);
      expect(await counts()).toEqual(before);
    });
  });
});
