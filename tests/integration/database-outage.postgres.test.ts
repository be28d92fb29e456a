import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';
import { startOtherInstance, type OtherInstance } from '../helpers/other-instance';
import { startPrivatePostgres, type PrivatePostgres } from '../helpers/private-postgres';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

const TICKET = 'plugin::helpdesk.ticket';
const FAQ = 'plugin::helpdesk.faq';
const EVENT = 'plugin::helpdesk.sla-event';

const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const started = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
};

/**
 * PostgreSQL stopped (as a crash: `pg_ctl stop -m immediate`) under two running instances, then
 * started again. Meanwhile the plugin's routes that need the database answer 503 (the FAQ search
 * answers from memory) and nothing crashes; afterwards both
 * instances carry on without a restart: requests, the breach sweeper, the mail outbox and the
 * search change feed.
 */
describe('a database outage', () => {
  let pg: PrivatePostgres;
  let smtp: SmtpServer;
  let app: TestApp;
  let other: OtherInstance;
  let customer: Customer;
  let staff: StaffMember;
  let setClock: (iso: string) => void;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    smtp = await startSmtpServer();
    app = await bootStrapi({
      database: pg.database,
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
      pluginConfig: {
        mail: { staffRecipients: ['desk@helpdesk.test'], outbox: { intervalMs: 200, retryInitialMs: 1000, retryMaxMs: 1000 } },
        slaSweeper: { schedule: '* * * * * *' },
      },
    });
    other = await startOtherInstance(pg.database, { search: { syncIntervalMs: 200 }, slaSweeper: { enabled: false }, mail: { outbox: { enabled: false } } });
    customer = await createCustomer(app.strapi);
    staff = await createStaff(app.strapi, app.server, { superAdmin: true });
    setClock = pinClock(app.strapi, new Date().toISOString());
  });

  afterAll(async () => {
    await other?.stop();
    await app?.stop();
    await smtp?.close();
    pg?.remove();
  });

  const requests = () => ({
    publicSearch: request(app.server).get('/api/helpdesk/faq/search').query({ q: 'invoice' }),
    customerTickets: request(app.server).get('/api/helpdesk/tickets').set('Authorization', `Bearer ${customer.jwt}`),
    staffQueue: request(app.server).get('/helpdesk/tickets').set('Authorization', `Bearer ${staff.token}`),
    filing: request(app.server)
      .post('/api/helpdesk/tickets')
      .set('Authorization', `Bearer ${customer.jwt}`)
      .send({ data: { subject: 'Is anyone there?', body: 'Hello?' } }),
  });

  it('answers 503 while the database is down and carries on by itself once it is back', async () => {
    for (const [name, pending] of Object.entries(requests())) {
      expect([name, (await pending).status]).toEqual([name, name === 'filing' ? 201 : 200]);
    }
    const ticketsBefore = await app.strapi.db.query(TICKET as any).count({});

    pg.stop();
    const { publicSearch, ...needingTheDatabase } = requests();
    // Suggestions come from the index in memory: the FAQ stays searchable through the outage.
    expect((await publicSearch).status).toBe(200);
    for (const [name, pending] of Object.entries(needingTheDatabase)) {
      const response = await pending;
      expect([name, response.status]).toEqual([name, 503]);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
      expect(response.body.error.message).toContain('cannot reach its database');
    }
    // The jobs run into the outage on their timers meanwhile; both processes live through it.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await request(other.url).get('/api/helpdesk/tickets').set('Authorization', `Bearer ${customer.jwt}`)).status).toBe(503);

    pg.start();
    const recovery = await until('the customer can file again', async () => (await requests().filing).status === 201);
    console.log(`filing again ${recovery} ms after the database was back`);
    for (const [name, pending] of Object.entries(requests())) {
      expect([name, (await pending).status]).toEqual([name, name === 'filing' ? 201 : 200]);
    }
    expect(await app.strapi.db.query(TICKET as any).count({})).toBeGreaterThan(ticketsBefore);

    // The outbox: the receipts of the tickets filed after the outage go out.
    await until('the receipts are delivered', async () => smtp.received.filter((mail) => (mail.subject ?? '').includes('Is anyone there?')).length === 3);

    // The sweeper: a ticket filed last week is overdue, and the next sweep records it.
    setClock(new Date(Date.now() - 8 * 24 * 3_600_000).toISOString());
    const overdue = await documents(app.strapi, TICKET).create({ data: { subject: 'Waiting since last week', body: 'Hello?', customer: customer.id } });
    setClock(new Date().toISOString());
    await until('the sweeper records the breach', async () =>
      (await app.strapi.db.query(EVENT as any).count({ where: { ticket: { documentId: overdue.documentId }, kind: 'breach' } })) === 1,
    );

    // The search feed: an entry published through this instance is found on the other.
    await documents(app.strapi, FAQ).create({ locale: 'en', data: { question: 'Do you ship to Iceland?', answer: 'Yes, within a week.' }, status: 'published' });
    await until('the other instance finds the new entry', async () => {
      const response = await request(other.url).get('/api/helpdesk/faq/search').query({ q: 'Iceland', locale: 'en' });
      return response.status === 200 && response.body.data.length === 1;
    });
  });
});
