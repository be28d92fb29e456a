import request from 'supertest';
import { startStripeStandIn, type StripeStandIn } from '../../playground/scripts/stripe-stand-in';
import { bootStrapi, PLAYGROUND_APP, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';

// The sweeper's schedule stays off so a minute tick cannot land in the middle of a restart.
const QUIET = { HELPDESK_SLA_SWEEPER: 'false' };
const STATUSES = ['new', 'open', 'waiting_on_customer', 'awaiting_payment', 'awaiting_credit_confirmation', 'resolved', 'closed'];
const PASSWORD = 'Customer123!';
const CUSTOMERS = ['alice@example.com', 'bob@example.com', 'pat.paid@example.com', 'nina.nocredits@example.com'];
const DAY_MS = 24 * 60 * 60 * 1000;
const TICKET = 'plugin::helpdesk.ticket';
const LEDGER = 'plugin::helpdesk.credit-transaction';
const ACCOUNT = 'plugin::helpdesk.credit-account';

describe('the playground on an empty database', () => {
  let app: TestApp;
  let stripe: StripeStandIn;

  const api = () => request(app.server);
  const login = async (email: string) => {
    const response = await api().post('/api/auth/local').send({ identifier: email, password: PASSWORD });
    expect(response.status).toBe(200);
    const jwt = response.body.jwt as string;
    return {
      get: (path: string) => api().get(`/api/helpdesk${path}`).set('Authorization', `Bearer ${jwt}`),
      post: (path: string, body: object = {}) => api().post(`/api/helpdesk${path}`).set('Authorization', `Bearer ${jwt}`).send(body),
    };
  };
  const ticketsOf = (email: string) =>
    app.strapi.db.query(TICKET as any).findMany({ where: { customer: { email } }, populate: ['incidentClass'], orderBy: { id: 'asc' } });

  beforeAll(async () => {
    // What `npm run develop` does: the Stripe stand-in beside Strapi, which HELPDESK_STRIPE_STAND_IN
    // points the playground's payments at (on a free port here rather than 12111).
    stripe = await startStripeStandIn({ webhookSecret: 'whsec_playground', apiKey: 'sk_test_playground', webhookUrl: null });
    app = await bootStrapi({
      appDir: PLAYGROUND_APP,
      env: { HELPDESK_SEED: 'true', ...QUIET, HELPDESK_STRIPE_STAND_IN: 'true', STRIPE_STAND_IN_PORT: String(stripe.port) },
    });
    const { port } = app.server.address() as { port: number };
    stripe.setWebhookUrl(`http://127.0.0.1:${port}/api/helpdesk/stripe/webhook`);
  });

  afterAll(async () => {
    await app?.stop();
    await stripe?.close();
  });

  it('lets the demo admin log in to the admin panel', async () => {
    const response = await api().post('/admin/login').send({ email: 'admin@helpdesk.local', password: 'Helpdesk123!' });
    expect(response.status).toBe(200);
  });

  it.each(CUSTOMERS)('lets the demo customer %s log in', async (email) => {
    const response = await api().post('/api/auth/local').send({ identifier: email, password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe(email);
  });

  it('publishes at least 20 FAQ entries in English, each also in Dutch and French', async () => {
    const faqs = app.strapi.documents('plugin::helpdesk.faq');
    const english = await faqs.findMany({ locale: 'en', status: 'published', limit: 1000 });
    expect(english.length).toBeGreaterThanOrEqual(20);
    for (const code of ['nl', 'fr']) {
      const translated = await faqs.findMany({ locale: code, status: 'published', limit: 1000 });
      expect(new Set(translated.map((faq: any) => faq.documentId))).toEqual(new Set(english.map((faq: any) => faq.documentId)));
      expect(translated.every((faq: any) => !english.some((en: any) => en.question === faq.question))).toBe(true);
    }
  });

  it('suggests its documentation pages next to the FAQ, with links in the reader\'s language', async () => {
    const english = await api().get('/api/helpdesk/faq/search').query({ q: 'rotate api keys', locale: 'en' });
    expect(english.body.data[0]).toMatchObject({ source: 'api::doc-page.doc-page', title: 'Creating and rotating API keys', url: '/en/docs/api-keys' });
    const dutch = await api().get('/api/helpdesk/faq/search').query({ q: 'spreadsheet importeren', locale: 'nl' });
    expect(dutch.body.data[0]).toMatchObject({ source: 'api::doc-page.doc-page', url: '/nl/docs/gegevens-importeren-uit-een-spreadsheet' });
  });

  it('offers the incident classes of the support policy with their credit ranges', async () => {
    const response = await api().get('/api/helpdesk/incident-classes?locale=en');
    expect(response.status).toBe(200);
    const byName = Object.fromEntries(response.body.data.map((item: any) => [item.name, item]));
    expect(Object.keys(byName)).toHaveLength(5);
    expect(byName['Installation and configuration']).toMatchObject({ creditsMin: 1, creditsMax: 2, alwaysFree: false });
    expect(byName['Price plan configuration']).toMatchObject({ creditsMin: 1, creditsMax: 4, alwaysFree: false });
    expect(byName['Front-end design integration/modification']).toMatchObject({ creditsMin: 1, creditsMax: 3, alwaysFree: false });
    expect(byName.Other).toMatchObject({ creditsMin: 1, creditsMax: null, alwaysFree: false });
    expect(byName['Sales and licensing']).toMatchObject({ alwaysFree: true });

    const dutch = await api().get('/api/helpdesk/incident-classes?locale=nl');
    expect(dutch.body.data.map((item: any) => item.name)).toContain('Installatie en configuratie');
  });

  it('has tickets in every state, with threads and internal notes', async () => {
    const tickets = await app.strapi.db.query(TICKET as any).findMany({ populate: ['customer', 'messages'] });
    expect(new Set(tickets.map((ticket: any) => ticket.status))).toEqual(new Set(STATUSES));
    expect(tickets.every((ticket: any) => /^HD-\d{6}$/.test(ticket.reference) && ticket.customer)).toBe(true);
    const messages = tickets.flatMap((ticket: any) => ticket.messages);
    expect(messages.some((message: any) => message.internal)).toBe(true);
    expect(messages.some((message: any) => message.authorKind === 'customer')).toBe(true);
  });

  it('bills every ticket as the policy says: free in the free period and for always-free classes, else an estimate in the class range', async () => {
    const tickets = await app.strapi.db.query(TICKET as any).findMany({ populate: ['customer', 'incidentClass'] });
    for (const ticket of tickets) {
      const { incidentClass } = ticket;
      if (incidentClass.alwaysFree) {
        expect(ticket.billing).toBe('always_free');
      } else if (ticket.customer.email === 'bob@example.com') {
        expect(ticket.billing).toBe('free_period');
      } else {
        expect(ticket.billing).toBe('credits');
        expect(ticket.creditEstimate).toBeGreaterThanOrEqual(incidentClass.creditsMin);
        if (incidentClass.creditsMax !== null) expect(ticket.creditEstimate).toBeLessThanOrEqual(incidentClass.creditsMax);
        // Confirmed before work starts; still waiting when the ticket says so.
        if (ticket.status === 'awaiting_credit_confirmation') expect(ticket.creditsConfirmed).toBeNull();
        else expect(ticket.creditsConfirmed).toBe(ticket.creditEstimate);
      }
      if (ticket.billing !== 'credits') expect(ticket).toMatchObject({ creditEstimate: null, creditsConfirmed: null, creditsCharged: 0 });
    }
  });

  it('keeps every demo balance equal to the sum of its ledger', async () => {
    const accounts = await app.strapi.db.query(ACCOUNT as any).findMany({ populate: ['customer', 'transactions'] });
    expect(accounts.map((account: any) => account.customer.email).sort()).toEqual([...CUSTOMERS].sort());
    for (const account of accounts) {
      expect(account.transactions.reduce((sum: number, entry: any) => sum + entry.delta, 0)).toBe(account.balance);
    }
    const alice = accounts.find((account: any) => account.customer.email === 'alice@example.com');
    expect(alice.balance).toBe(6);
  });

  it('has a customer past the free period whose resolved ticket was charged its time from the credits they bought', async () => {
    const pat = await login('pat.paid@example.com');
    const { data } = (await pat.get('/credits')).body;
    expect(data).toMatchObject({ balance: 8, inFreePeriod: false });
    // Support counted from a purchase a year ago, not from the registration.
    expect(Math.round((Date.now() - Date.parse(data.supportFrom)) / DAY_MS)).toBe(365);
    expect(data.transactions.map(({ kind, delta, balanceAfter }: any) => ({ kind, delta, balanceAfter }))).toEqual([
      { kind: 'debit', delta: -2, balanceAfter: 8 },
      { kind: 'purchase', delta: 10, balanceAfter: 10 },
    ]);
    expect(data.transactions.reduce((sum: number, entry: any) => sum + entry.delta, 0)).toBe(data.balance);

    const [ticket] = await ticketsOf('pat.paid@example.com');
    expect(ticket).toMatchObject({ status: 'resolved', billing: 'credits', creditEstimate: 3, creditsConfirmed: 3, minutesSpent: 55, creditsCharged: 2 });
    expect(ticket.incidentClass.name).toBe('Price plan configuration');
    // 55 minutes at 30 minutes a credit, within the 3 confirmed.
    expect(Math.ceil(ticket.minutesSpent / 30)).toBe(ticket.creditsCharged);
    expect(data.transactions[0].ticket).toEqual({ documentId: ticket.documentId, reference: ticket.reference });
    const debits = await app.strapi.db.query(LEDGER as any).findMany({ where: { ticket: { id: ticket.id } } });
    expect(debits.map((row: any) => [row.kind, row.delta])).toEqual([['debit', -ticket.creditsCharged]]);
  });

  it('has a customer past the free period with no credits, whose ticket waits for its estimate to be confirmed', async () => {
    const nina = await login('nina.nocredits@example.com');
    expect((await nina.get('/credits')).body.data).toMatchObject({ balance: 0, inFreePeriod: false, transactions: [] });
    const mine = (await nina.get('/tickets')).body.data;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'awaiting_credit_confirmation', billing: 'credits', creditEstimate: 2, creditsConfirmed: null });
    const refused = await nina.post(`/tickets/${mine[0].documentId}/confirm-credits`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toMatchObject({ estimate: 2, balance: 0, missing: 2 });
  });

  it('pays through the Stripe stand-in: a top-up on its test checkout page, then the estimate can be confirmed', async () => {
    const packs = (await api().get('/api/helpdesk/credits/packs')).body;
    expect(packs.meta).toMatchObject({ available: true });

    const nina = await login('nina.nocredits@example.com');
    const checkout = await nina.post('/credits/checkout', { data: { pack: 'credits-4' } });
    expect(checkout.status).toBe(201);
    const { checkoutUrl, sessionId } = checkout.body.data;
    expect(checkoutUrl).toBe(`${stripe.url}/checkout/${sessionId}`);
    const page = await request(stripe.url).get(`/checkout/${sessionId}`);
    expect(page.text).toMatch(/>Pay</);
    expect(page.text).toMatch(/>Cancel</);

    // The Pay button: the signed webhook reaches the playground before the customer is sent back.
    const paid = await request(stripe.url).post(`/checkout/${sessionId}/pay`);
    expect(paid.status).toBe(303);
    expect(paid.headers.location).toBe(`http://localhost:${process.env.PORT || 1337}/support/?helpdesk-checkout=success&session_id=${sessionId}`);
    expect((await nina.get('/credits')).body.data.balance).toBe(4);

    const [ticket] = await ticketsOf('nina.nocredits@example.com');
    const confirmed = await nina.post(`/tickets/${ticket.documentId}/confirm-credits`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({ creditsConfirmed: 2 });
  });
});

describe('the playground seed', () => {
  it('runs once: a restart on the same database adds nothing', async () => {
    const first = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'true', ...QUIET } });
    const count = (app: TestApp) =>
      Promise.all(['plugin::helpdesk.faq', TICKET, LEDGER].map((uid) => app.strapi.db.query(uid as any).count({})));
    const before = await count(first);
    await first.stop({ keepDatabase: true });

    const second = await bootStrapi({ appDir: PLAYGROUND_APP, database: first.database, env: { HELPDESK_SEED: 'true', ...QUIET } });
    try {
      expect(await count(second)).toEqual(before);
      expect(await second.strapi.db.query('admin::user').count({})).toBe(1);
    } finally {
      await second.stop();
    }
  });

  describe('with HELPDESK_SEED=false and no STRIPE_* variables (as under `npm start`)', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'false', ...QUIET } });
    });

    afterAll(async () => {
      await app?.stop();
    });

    it('seeds nothing', async () => {
      expect(await app.strapi.db.query(TICKET as any).count({})).toBe(0);
      expect(await app.strapi.db.query('admin::user').count({})).toBe(0);
    });

    it('has payments off: priority tickets and top-ups are refused with a 400 that says so', async () => {
      expect((await request(app.server).get('/api/helpdesk/credits/packs')).body.meta).toMatchObject({ available: false });
      const customer = await createCustomer(app.strapi);
      const post = (path: string, data: object) =>
        request(app.server).post(`/api/helpdesk${path}`).set('Authorization', `Bearer ${customer.jwt}`).send({ data });
      const topUp = await post('/credits/checkout', { pack: 'credits-4' });
      expect(topUp.status).toBe(400);
      expect(topUp.body.error.message).toMatch(/not set up/);
      const priority = await post('/tickets', { subject: 'Shop down', body: 'Blank page since the update.', tier: 'priority' });
      expect(priority.status).toBe(400);
      expect(priority.body.error.message).toMatch(/^data\.tier: /);
    });
  });
});
