import request from 'supertest';
import { bootStrapi, PLAYGROUND_APP, type TestApp } from '../helpers/strapi';

// The sweeper's schedule stays off so a minute tick cannot land in the middle of a restart.
const QUIET = { HELPDESK_SLA_SWEEPER: 'false' };
const STATUSES = ['new', 'open', 'waiting_on_customer', 'awaiting_payment', 'awaiting_credit_confirmation', 'resolved', 'closed'];

describe('the playground on an empty database', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'true', ...QUIET } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lets the demo admin log in to the admin panel', async () => {
    const response = await request(app.server)
      .post('/admin/login')
      .send({ email: 'admin@helpdesk.local', password: 'Helpdesk123!' });
    expect(response.status).toBe(200);
  });

  it.each(['alice@example.com', 'bob@example.com'])('lets the demo customer %s log in', async (email) => {
    const response = await request(app.server).post('/api/auth/local').send({ identifier: email, password: 'Customer123!' });
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
    const english = await request(app.server).get('/api/helpdesk/faq/search').query({ q: 'rotate api keys', locale: 'en' });
    expect(english.body.data[0]).toMatchObject({ source: 'api::doc-page.doc-page', title: 'Creating and rotating API keys', url: '/en/docs/api-keys' });
    const dutch = await request(app.server).get('/api/helpdesk/faq/search').query({ q: 'spreadsheet importeren', locale: 'nl' });
    expect(dutch.body.data[0]).toMatchObject({ source: 'api::doc-page.doc-page', url: '/nl/docs/gegevens-importeren-uit-een-spreadsheet' });
  });

  it('offers the incident classes of the support policy with their credit ranges', async () => {
    const response = await request(app.server).get('/api/helpdesk/incident-classes?locale=en');
    expect(response.status).toBe(200);
    const byName = Object.fromEntries(response.body.data.map((item: any) => [item.name, item]));
    expect(byName['Installation and configuration']).toMatchObject({ creditsMin: 1, creditsMax: 2 });
    expect(byName['Price plan configuration']).toMatchObject({ creditsMin: 1, creditsMax: 4 });
    expect(byName['Front-end design integration/modification']).toMatchObject({ creditsMin: 1, creditsMax: 3 });
    expect(byName.Other).toMatchObject({ creditsMax: null });
    expect(byName['Sales and licensing']).toMatchObject({ alwaysFree: true });

    const dutch = await request(app.server).get('/api/helpdesk/incident-classes?locale=nl');
    expect(dutch.body.data.map((item: any) => item.name)).toContain('Installatie en configuratie');
  });

  it('has tickets in every state, with threads and internal notes', async () => {
    const tickets = await app.strapi.db.query('plugin::helpdesk.ticket').findMany({ populate: ['customer', 'messages'] });
    expect(new Set(tickets.map((ticket: any) => ticket.status))).toEqual(new Set(STATUSES));
    expect(tickets.every((ticket: any) => /^HD-\d{6}$/.test(ticket.reference) && ticket.customer)).toBe(true);
    const messages = tickets.flatMap((ticket: any) => ticket.messages);
    expect(messages.some((message: any) => message.internal)).toBe(true);
    expect(messages.some((message: any) => message.authorKind === 'customer')).toBe(true);
  });

  it('gives a demo customer a credit balance backed by a ledger entry', async () => {
    const account = await app.strapi.db
      .query('plugin::helpdesk.credit-account')
      .findOne({ where: { customer: { email: 'alice@example.com' } }, populate: ['transactions'] });
    expect(account.balance).toBeGreaterThan(0);
    expect(account.transactions.reduce((sum: number, entry: any) => sum + entry.delta, 0)).toBe(account.balance);
  });
});

describe('the playground seed', () => {
  it('runs once: a restart on the same database adds nothing', async () => {
    const first = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'true', ...QUIET } });
    const countFaqs = (app: TestApp) => app.strapi.db.query('plugin::helpdesk.faq').count({});
    const before = await countFaqs(first);
    await first.stop({ keepDatabase: true });

    const second = await bootStrapi({ appDir: PLAYGROUND_APP, database: first.database, env: { HELPDESK_SEED: 'true', ...QUIET } });
    try {
      expect(await countFaqs(second)).toBe(before);
      expect(await second.strapi.db.query('admin::user').count({})).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it('is skipped with HELPDESK_SEED=false', async () => {
    const app = await bootStrapi({ appDir: PLAYGROUND_APP, env: { HELPDESK_SEED: 'false', ...QUIET } });
    try {
      expect(await app.strapi.db.query('plugin::helpdesk.ticket').count({})).toBe(0);
      expect(await app.strapi.db.query('admin::user').count({})).toBe(0);
    } finally {
      await app.stop();
    }
  });
});
