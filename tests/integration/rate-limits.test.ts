import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('per-customer rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi({
      pluginConfig: { rateLimits: { createTicket: { points: 2, durationSeconds: 6 }, reply: { points: 3, durationSeconds: 60 } } },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  const fileAs = (jwt: string, extra: Record<string, unknown> = {}) =>
    request(app.server)
      .post('/api/helpdesk/tickets')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ data: { subject: 'Hi', body: 'Question?', ...extra } });

  it('answers 429 with Retry-After once a customer files too fast, then lets them in again', async () => {
    // The window is 6 s of wall time: on a machine so loaded that three filings take longer, the
    // first has left the window before the third; then the round proves nothing and is run again.
    let customer: Awaited<ReturnType<typeof createCustomer>>;
    let limited: request.Response;
    let before: number;
    for (let round = 1; ; round += 1) {
      customer = await createCustomer(app.strapi);
      const started = Date.now();
      expect((await fileAs(customer.jwt)).status).toBe(201);
      expect((await fileAs(customer.jwt)).status).toBe(201);
      before = await app.strapi.db.query('plugin::helpdesk.ticket' as any).count({});
      limited = await fileAs(customer.jwt);
      if (Date.now() - started < 5000 || round === 3) break;
    }
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    expect(await app.strapi.db.query('plugin::helpdesk.ticket' as any).count({})).toBe(before);

    await pause(Number(limited.headers['retry-after']) * 1000 + 100);
    expect((await fileAs(customer.jwt)).status).toBe(201);
  });

  it('counts per customer, whatever the body claims', async () => {
    const busy = await createCustomer(app.strapi);
    const other = await createCustomer(app.strapi);
    await fileAs(busy.jwt);
    await fileAs(busy.jwt);
    expect((await fileAs(busy.jwt, { customer: other.id })).status).toBe(429);
    expect((await fileAs(other.jwt)).status).toBe(201);
  });

  it('limits replies on their own counter', async () => {
    const customer = await createCustomer(app.strapi);
    const ticket = (await fileAs(customer.jwt)).body.data;
    const reply = () =>
      request(app.server)
        .post(`/api/helpdesk/tickets/${ticket.documentId}/messages`)
        .set('Authorization', `Bearer ${customer.jwt}`)
        .send({ data: { body: 'More details' } });
    for (let i = 0; i < 3; i += 1) expect((await reply()).status).toBe(201);
    const limited = await reply();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(50);
  });
});
