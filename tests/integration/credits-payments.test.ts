import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';
import { bootWithPayments, type PaymentsApp } from '../helpers/payments';
import { readable, startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

const TICKET = 'plugin::helpdesk.ticket';
const OUTBOX = 'plugin::helpdesk.mail-outbox';
const LEDGER = 'plugin::helpdesk.credit-transaction';
const EVENTS = 'plugin::helpdesk.payment-event';
const WEBHOOK = '/api/helpdesk/stripe/webhook';

describe('credits and payments', () => {
  let env: PaymentsApp;
  let smtp: SmtpServer;
  let agent: StaffMember;
  let pricePlans: { documentId: string };
  let salesQuestion: { documentId: string };
  let onRequest: { documentId: string };

  const api = () => request(env.app.server);
  const as = (customer: Customer) => ({
    get: (path: string) => api().get(`/api/helpdesk${path}`).set('Authorization', `Bearer ${customer.jwt}`),
    post: (path: string, body: unknown = {}) => api().post(`/api/helpdesk${path}`).set('Authorization', `Bearer ${customer.jwt}`).send(body as object),
  });
  const staff = (method: 'get' | 'post' | 'put', path: string, body?: unknown) => {
    const call = api()[method](`/helpdesk${path}`).set('Authorization', `Bearer ${agent.token}`);
    return body === undefined ? call : call.send(body as object);
  };
  const ticketRow = (documentId: string) => env.app.strapi.db.query(TICKET as any).findOne({ where: { documentId } });
  const mails = (template: string) => env.app.strapi.db.query(OUTBOX as any).findMany({ where: { template }, orderBy: { id: 'asc' } });
  const balanceOf = async (customer: Customer) => (await as(customer).get('/credits')).body.data.balance as number;
  const ledgerSum = async (customer: Customer) => {
    const rows = await env.app.strapi.db.query(LEDGER as any).findMany({ where: { account: { customerKey: customer.id } }, select: ['id', 'delta'] });
    return rows.reduce((sum: number, row: { delta: number }) => sum + row.delta, 0);
  };

  /** A customer whose free period ended long ago, holding `credits`. */
  const paidCustomer = async (credits = 0) => {
    const customer = await createCustomer(env.app.strapi);
    expect((await staff('put', `/customers/${customer.id}/support-from`, { data: { supportFrom: '2025-01-06T09:00:00Z' } })).status).toBe(200);
    if (credits > 0) {
      const grant = await staff('post', `/customers/${customer.id}/credits`, { data: { kind: 'grant', credits, reason: 'Opening balance' } });
      expect(grant.status).toBe(201);
    }
    return customer;
  };
  const file = async (customer: Customer, data: Record<string, unknown>) => {
    const response = await as(customer).post('/tickets', { data });
    expect(response.status).toBe(201);
    return response.body as { data: Record<string, any>; meta: Record<string, any> };
  };
  const buyCredits = async (customer: Customer, pack = 'credits-10') => {
    const response = await as(customer).post('/credits/checkout', { data: { pack } });
    expect(response.status).toBe(201);
    return response.body.data as { checkoutUrl: string; sessionId: string; credits: number; amountCents: number };
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await bootWithPayments({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
      pluginConfig: { mail: { staffRecipients: ['desk@helpdesk.test'] } },
    });
    // A Tuesday morning in Amsterdam.
    pinClock(env.app.strapi, '2026-03-10T10:00:00+01:00');
    agent = await createStaff(env.app.strapi, env.app.server, {
      permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.reply', 'plugin::helpdesk.tickets.manage', 'plugin::helpdesk.credits.adjust'],
    });
    const classes = documents(env.app.strapi, 'plugin::helpdesk.incident-class');
    pricePlans = await classes.create({ data: { name: 'Price plan configuration', creditsMin: 1, creditsMax: 4, alwaysFree: false } });
    salesQuestion = await classes.create({ data: { name: 'Sales and licensing', creditsMin: 0, creditsMax: 0, alwaysFree: true } });
    onRequest = await classes.create({ data: { name: 'Other', creditsMin: 1, creditsMax: null, alwaysFree: false } });
  });

  afterAll(async () => {
    await env?.stop();
    await smtp?.close();
  });

  describe('top-ups', () => {
    it('offers the packs and the priority fee in integer cents, without logging in', async () => {
      const response = await api().get('/api/helpdesk/credits/packs');
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        { id: 'credits-4', credits: 4, priceCents: 9900, currency: 'eur' },
        { id: 'credits-10', credits: 10, priceCents: 23900, currency: 'eur' },
        { id: 'credits-20', credits: 20, priceCents: 44900, currency: 'eur' },
      ]);
      expect(response.body.meta).toMatchObject({ available: true, currency: 'eur', priorityFeeCents: 995 });
    });

    it('raises the balance once the payment arrives, with a purchase row and a mail', async () => {
      const customer = await paidCustomer();
      const checkout = await buyCredits(customer, 'credits-10');
      expect(checkout.checkoutUrl).toContain(checkout.sessionId);
      expect(checkout).toMatchObject({ credits: 10, amountCents: 23900 });
      // The session says what it is for, and the call carried our idempotency key.
      const session = env.stripe.session(checkout.sessionId)!;
      expect(session.metadata).toMatchObject({ purpose: 'credits', customerId: String(customer.id), credits: '10' });
      expect(env.stripe.requests.find((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions' && r.idempotencyKey?.startsWith('helpdesk-credits-'))).toBeTruthy();
      expect(await balanceOf(customer)).toBe(0);

      await env.stripe.pay(checkout.sessionId);

      const credits = (await as(customer).get('/credits')).body.data;
      expect(credits.balance).toBe(10);
      expect(credits.transactions[0]).toMatchObject({ kind: 'purchase', delta: 10, balanceAfter: 10 });
      expect(credits.transactions[0]).not.toHaveProperty('actor');
      const received = (await mails('payment-received')).filter((row: any) => row.to === customer.email);
      expect(received).toHaveLength(1);
      expect(received[0].payload).toMatchObject({ kind: 'credits', credits: 10, balance: 10, amountCents: 23900 });
    });

    it('fulfils an event sent three times, and ten times at once, exactly once', async () => {
      const customer = await paidCustomer();
      const { sessionId } = await buyCredits(customer, 'credits-4');
      const [completed] = await env.stripe.pay(sessionId);
      const again = await env.stripe.deliver(completed, { times: 3 });
      expect(again.map((answer) => answer.status)).toEqual([200, 200, 200]);
      const storm = await env.stripe.deliver(completed, { times: 10, concurrent: true });
      expect(storm.every((answer) => answer.status === 200)).toBe(true);

      expect(await balanceOf(customer)).toBe(4);
      expect(await ledgerSum(customer)).toBe(4);
      expect(await env.app.strapi.db.query(EVENTS as any).count({ where: { eventId: completed.id } })).toBe(1);
      expect((await mails('payment-received')).filter((row: any) => row.to === customer.email)).toHaveLength(1);
    });

    it('fulfils ten different deliveries of one paid session at once exactly once', async () => {
      const customer = await paidCustomer();
      const { sessionId } = await buyCredits(customer, 'credits-4');
      env.stripe.setWebhookUrl(null);
      await env.stripe.pay(sessionId);
      const { port } = env.app.server.address() as { port: number };
      env.stripe.setWebhookUrl(`http://127.0.0.1:${port}${WEBHOOK}`);
      // Distinct event ids for the same payment, as after a retried Stripe-side delivery or a resent event.
      const session = env.stripe.session(sessionId)!;
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => env.stripe.deliver(env.stripe.event('checkout.session.completed', session)))
      );
      expect(answers.flat().every((answer) => answer.status === 200)).toBe(true);
      expect(await balanceOf(customer)).toBe(4);
    });

    it('refuses a bad or missing signature with a 400 and writes nothing', async () => {
      const customer = await paidCustomer();
      const { sessionId } = await buyCredits(customer, 'credits-4');
      env.stripe.setWebhookUrl(null);
      const [completed] = await env.stripe.pay(sessionId);
      const { port } = env.app.server.address() as { port: number };
      env.stripe.setWebhookUrl(`http://127.0.0.1:${port}${WEBHOOK}`);

      const forged = await env.stripe.deliver(completed, { secret: 'whsec_someone_else' });
      expect(forged[0].status).toBe(400);
      expect(JSON.stringify(forged[0].body)).toContain('stripe-signature');
      const unsigned = await api().post(WEBHOOK).set('Content-Type', 'application/json').send(JSON.stringify(completed));
      expect(unsigned.status).toBe(400);
      // A tampered body no longer matches its signature.
      const header = env.stripe.signedHeader(JSON.stringify(completed));
      const tampered = await api()
        .post(WEBHOOK)
        .set('Content-Type', 'application/json')
        .set('Stripe-Signature', header)
        .send(JSON.stringify({ ...completed, id: 'evt_tampered' }));
      expect(tampered.status).toBe(400);

      expect(await balanceOf(customer)).toBe(0);
      expect(await env.app.strapi.db.query(EVENTS as any).count({ where: { eventId: completed.id } })).toBe(0);
    });

    it('adds credits for a delayed payment only when the money arrives, whatever order the events come in', async () => {
      const customer = await paidCustomer();
      const { sessionId } = await buyCredits(customer, 'credits-4');
      env.stripe.setWebhookUrl(null);
      const [completed, succeeded] = await env.stripe.pay(sessionId, { async: true });
      expect(completed.type).toBe('checkout.session.completed');
      expect(succeeded.type).toBe('checkout.session.async_payment_succeeded');
      const { port } = env.app.server.address() as { port: number };
      env.stripe.setWebhookUrl(`http://127.0.0.1:${port}${WEBHOOK}`);
      // The later event first: the session is read afresh, so it already counts as paid.
      expect((await env.stripe.deliver(succeeded))[0].status).toBe(200);
      expect(await balanceOf(customer)).toBe(4);
      expect((await env.stripe.deliver(completed))[0].status).toBe(200);
      expect(await balanceOf(customer)).toBe(4);
    });

    it('takes refunded credits back, down to zero, and shows staff the shortfall', async () => {
      const customer = await paidCustomer();
      const { sessionId } = await buyCredits(customer, 'credits-10');
      await env.stripe.pay(sessionId);
      // Four of the ten credits are spent before the refund.
      expect((await staff('post', `/customers/${customer.id}/credits`, { data: { kind: 'adjustment', credits: -4, reason: 'Spent on a call' } })).status).toBe(201);
      await env.stripe.refund(sessionId);

      expect(await balanceOf(customer)).toBe(0);
      expect(await ledgerSum(customer)).toBe(0);
      const ledger = (await staff('get', `/customers/${customer.id}/credits`)).body.data.transactions;
      expect(ledger[0]).toMatchObject({ kind: 'adjustment', delta: 0 });
      expect(ledger[0].note).toMatch(/4 refunded credits were already spent/);
      expect(ledger[1]).toMatchObject({ kind: 'refund', delta: -6, balanceAfter: 0 });
    });

    it('takes back part of the credits for a partial refund, and the rest when the remainder is refunded', async () => {
      const customer = await paidCustomer();
      const { sessionId } = await buyCredits(customer, 'credits-10');
      await env.stripe.pay(sessionId);
      await env.stripe.refund(sessionId, 11950);
      expect(await balanceOf(customer)).toBe(5);
      await env.stripe.refund(sessionId);
      expect(await balanceOf(customer)).toBe(0);
    });

    it('fulfils a paid session whose webhook never came on the next reconciliation, once', async () => {
      const customer = await paidCustomer();
      const { sessionId } = await buyCredits(customer, 'credits-4');
      const { port } = env.app.server.address() as { port: number };
      env.stripe.setWebhookUrl(null);
      await env.stripe.pay(sessionId);
      env.stripe.setWebhookUrl(`http://127.0.0.1:${port}${WEBHOOK}`);
      expect(await balanceOf(customer)).toBe(0);

      const payments = env.app.strapi.plugin('helpdesk').service('payments') as { reconcileOnce(): Promise<number> };
      expect(await payments.reconcileOnce()).toBeGreaterThanOrEqual(1);
      expect(await balanceOf(customer)).toBe(4);
      expect(await payments.reconcileOnce()).toBe(0);
      expect(await balanceOf(customer)).toBe(4);
    });

    it('names the field of a bad checkout request and starts no payment', async () => {
      const customer = await paidCustomer();
      const before = env.stripe.sessions().length;
      const unknown = await as(customer).post('/credits/checkout', { data: { pack: 'credits-1000' } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(/^data\.pack: .*credits-4, credits-10, credits-20/);
      const extra = await as(customer).post('/credits/checkout', { data: { pack: 'credits-4', credits: 1000 } });
      expect(extra.status).toBe(400);
      expect(extra.body.error.message).toContain('body.data.credits');
      expect((await api().post('/api/helpdesk/credits/checkout').send({ data: { pack: 'credits-4' } })).status).toBe(403);
      expect(env.stripe.sessions().length).toBe(before);
    });
  });

  describe('priority', () => {
    it('files a priority ticket waiting for its payment, with the Checkout link and the fee', async () => {
      const customer = await createCustomer(env.app.strapi);
      const { data, meta } = await file(customer, { subject: 'Shop is down', body: 'Checkout returns a 500 since this morning.', tier: 'priority' });
      expect(data).toMatchObject({ status: 'awaiting_payment', tier: 'priority' });
      expect(meta.priorityFee).toEqual({ amountCents: 995, currency: 'eur' });
      expect(meta.checkoutUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/cs_/);
      const row = await ticketRow(data.documentId);
      const session = env.stripe.session(row.paymentSessionId)!;
      expect(session).toMatchObject({ amount_total: 995, currency: 'eur', client_reference_id: data.documentId });
      expect(session.metadata).toMatchObject({ purpose: 'priority', ticket: data.documentId });
      // Waiting for the money, no answer is owed yet.
      expect(row.firstResponseDueAt).toBeNull();
    });

    it('puts a paid priority ticket ahead of every standard ticket, its clock starting at the payment', async () => {
      const earlier = await createCustomer(env.app.strapi);
      await file(earlier, { subject: 'Old standard question', body: 'How do I change my logo?' });
      const customer = await createCustomer(env.app.strapi);
      const { data } = await file(customer, { subject: 'Orders are lost', body: 'New orders do not reach the warehouse.', tier: 'priority' });
      const row = await ticketRow(data.documentId);
      const staffAlerts = async () => (await mails('staff-new-priority')).filter((mail: any) => mail.ticketDocumentId === data.documentId);
      // Staff are alerted once there is something to do: not while the payment is pending.
      expect(await staffAlerts()).toHaveLength(0);
      await env.stripe.pay(row.paymentSessionId);
      expect(await staffAlerts()).toHaveLength(1);

      const paid = await ticketRow(data.documentId);
      expect(paid).toMatchObject({ status: 'new', tier: 'priority' });
      expect(paid.priorityPaidAt).not.toBeNull();
      // Tuesday 10:00 in Amsterdam, same-day rule: due at 17:00.
      expect(new Date(paid.firstResponseDueAt).toISOString()).toBe('2026-03-10T16:00:00.000Z');
      const queue = await staff('get', '/tickets?status=new');
      expect(queue.body.data[0].documentId).toBe(data.documentId);
      const received = (await mails('payment-received')).filter((mail: any) => mail.ticketDocumentId === data.documentId);
      expect(received).toHaveLength(1);
      expect(received[0].payload).toMatchObject({ kind: 'priority', amountCents: 995 });
    });

    it('turns a priority ticket whose payment expired into a standard ticket with the question intact, and says so', async () => {
      const customer = await createCustomer(env.app.strapi);
      const body = 'Our invoices show the wrong VAT rate since the update.\nSee order 1042.';
      const { data } = await file(customer, { subject: 'Wrong VAT', body, tier: 'priority' });
      const row = await ticketRow(data.documentId);
      await env.stripe.expire(row.paymentSessionId);

      const after = await ticketRow(data.documentId);
      expect(after).toMatchObject({ status: 'new', tier: 'standard', body, subject: 'Wrong VAT', priorityPaidAt: null });
      expect(after.firstResponseDueAt).not.toBeNull();
      expect((await mails('priority-expired')).filter((mail: any) => mail.ticketDocumentId === data.documentId)).toHaveLength(1);
      // The customer sees it as an ordinary ticket.
      const own = await as(customer).get(`/tickets/${data.documentId}`);
      expect(own.body.data).toMatchObject({ status: 'new', tier: 'standard', body });
    });

    it('lets the customer give up the payment: the session can no longer be paid and the ticket goes on as standard', async () => {
      const customer = await createCustomer(env.app.strapi);
      const { data } = await file(customer, { subject: 'Changed my mind', body: 'Standard is fine after all.', tier: 'priority' });
      const { paymentSessionId } = await ticketRow(data.documentId);
      const cancelled = await as(customer).post(`/tickets/${data.documentId}/cancel-priority`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.data).toMatchObject({ status: 'new', tier: 'standard' });
      expect(env.stripe.session(paymentSessionId)!.status).toBe('expired');
      expect((await as(customer).post(`/tickets/${data.documentId}/cancel-priority`)).status).toBe(409);
      const stranger = await createCustomer(env.app.strapi);
      expect((await as(stranger).post(`/tickets/${data.documentId}/cancel-priority`)).status).toBe(404);
    });
  });

  describe('estimates and charges', () => {
    it('asks a customer past the free period to confirm the estimate, and to top up first when the balance is short', async () => {
      const customer = await paidCustomer(0);
      const { data, meta } = await file(customer, { subject: 'Set up a price plan', body: 'I need a yearly plan with a discount.', incidentClass: pricePlans.documentId });
      expect(data).toMatchObject({ status: 'awaiting_credit_confirmation', billing: 'credits', creditEstimate: 1 });
      expect(meta.credits).toMatchObject({ billing: 'credits', estimate: 1, balance: 0, missing: 1, inFreePeriod: false });
      expect((await ticketRow(data.documentId)).firstResponseDueAt).toBeNull();
      const [estimateMail] = (await mails('credit-estimate')).filter((mail: any) => mail.ticketDocumentId === data.documentId);
      expect(estimateMail.payload).toMatchObject({ estimate: 1, balance: 0, missing: 1, revised: false });

      // Staff see more work coming: 3 credits, within the class range of 1 to 4.
      const tooMuch = await staff('put', `/tickets/${data.documentId}/estimate`, { data: { credits: 5 } });
      expect(tooMuch.status).toBe(400);
      expect(tooMuch.body.error.message).toMatch(/^data\.credits: .*1 to 4/);
      const revised = await staff('put', `/tickets/${data.documentId}/estimate`, { data: { credits: 3 } });
      expect(revised.status).toBe(200);
      expect(revised.body.data).toMatchObject({ estimate: 3, missing: 3, awaitingConfirmation: true });

      const short = await as(customer).post(`/tickets/${data.documentId}/confirm-credits`);
      expect(short.status).toBe(409);
      expect(short.body.error.message).toMatch(/3 credits short/);
      expect(short.body.error.details).toMatchObject({ estimate: 3, balance: 0, missing: 3 });
      expect((await ticketRow(data.documentId)).status).toBe('awaiting_credit_confirmation');

      const { sessionId } = await buyCredits(customer, 'credits-4');
      await env.stripe.pay(sessionId);
      const confirmed = await as(customer).post(`/tickets/${data.documentId}/confirm-credits`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.data).toMatchObject({ status: 'new', creditsConfirmed: 3 });
      expect(confirmed.body.meta.credits).toMatchObject({ confirmed: 3, balance: 4, missing: 0 });
      // The clock starts at the confirmation; confirming again has nothing to confirm.
      expect((await ticketRow(data.documentId)).firstResponseDueAt).not.toBeNull();
      expect((await as(customer).post(`/tickets/${data.documentId}/confirm-credits`)).status).toBe(409);
      // Nothing is charged before resolution.
      expect(await balanceOf(customer)).toBe(4);
    });

    const confirmedTicket = async (customer: Customer, estimate: number, incidentClass = pricePlans.documentId) => {
      const { data } = await file(customer, { subject: 'Configure plans', body: 'Please set up the plans.', incidentClass });
      if (estimate !== 1) expect((await staff('put', `/tickets/${data.documentId}/estimate`, { data: { credits: estimate } })).status).toBe(200);
      expect((await as(customer).post(`/tickets/${data.documentId}/confirm-credits`)).status).toBe(200);
      return data.documentId as string;
    };
    const logTime = async (documentId: string, minutes: number) =>
      expect((await staff('post', `/tickets/${documentId}/time`, { data: { minutes } })).status).toBe(201);
    const resolve = (documentId: string) => staff('put', `/tickets/${documentId}/status`, { data: { status: 'resolved' } });

    it('charges the time spent on resolution: ceil(minutes / 30), at least 1, at most the confirmed estimate, once', async () => {
      const customer = await paidCustomer(20);
      const byTime = await confirmedTicket(customer, 4);
      await logTime(byTime, 45);
      expect((await staff('post', `/tickets/${byTime}/reply`, { data: { body: 'Done: the plans are live.', minutes: 25 } })).status).toBe(201);
      expect((await resolve(byTime)).status).toBe(200);
      // 70 minutes → 3 credits.
      expect(await balanceOf(customer)).toBe(17);
      expect((await ticketRow(byTime)).creditsCharged).toBe(3);
      // Resolving again charges nothing more.
      expect((await resolve(byTime)).status).toBe(200);
      expect(await balanceOf(customer)).toBe(17);

      const quick = await confirmedTicket(customer, 2);
      await logTime(quick, 5);
      await resolve(quick);
      expect(await balanceOf(customer)).toBe(16);

      const long = await confirmedTicket(customer, 2);
      await logTime(long, 300);
      await resolve(long);
      expect(await balanceOf(customer)).toBe(14);
      expect(await ledgerSum(customer)).toBe(14);
      const debits = (await as(customer).get('/credits')).body.data.transactions.filter((row: any) => row.kind === 'debit');
      expect(debits.map((row: any) => row.delta)).toEqual([-2, -1, -3]);
    });

    it('charges a reopened ticket more only after a new confirmation', async () => {
      const customer = await paidCustomer(10);
      const ticket = await confirmedTicket(customer, 3);
      await logTime(ticket, 30);
      await resolve(ticket);
      expect(await balanceOf(customer)).toBe(9);

      // The customer writes again: the ticket reopens, and the new work is not yet agreed.
      expect((await as(customer).post(`/tickets/${ticket}/messages`, { data: { body: 'It broke again after the update.' } })).status).toBe(201);
      expect((await ticketRow(ticket)).status).toBe('open');
      await logTime(ticket, 60);
      await resolve(ticket);
      expect(await balanceOf(customer)).toBe(9);

      // With a revised estimate the customer confirms, the extra time is charged.
      await staff('put', `/tickets/${ticket}/status`, { data: { status: 'open' } });
      const revised = await staff('put', `/tickets/${ticket}/estimate`, { data: { credits: 3 } });
      expect(revised.body.data).toMatchObject({ awaitingConfirmation: true });
      expect((await as(customer).post(`/tickets/${ticket}/confirm-credits`)).status).toBe(200);
      await resolve(ticket);
      // 90 minutes in all → 3 credits, 1 charged before.
      expect(await balanceOf(customer)).toBe(7);
      expect(await ledgerSum(customer)).toBe(7);
    });

    it('charges nothing in the free period or for an always-free class', async () => {
      const newcomer = await createCustomer(env.app.strapi);
      const free = await file(newcomer, { subject: 'Install help', body: 'How do I install it?', incidentClass: pricePlans.documentId });
      expect(free.data).toMatchObject({ status: 'new', billing: 'free_period', creditEstimate: null });
      expect(free.meta.credits).toMatchObject({ billing: 'free_period', inFreePeriod: true });
      await logTime(free.data.documentId, 120);
      await resolve(free.data.documentId);
      expect(await balanceOf(newcomer)).toBe(0);
      expect((await staff('put', `/tickets/${free.data.documentId}/estimate`, { data: { credits: 2 } })).status).toBe(409);

      const veteran = await paidCustomer(2);
      const sales = await file(veteran, { subject: 'Licence transfer', body: 'Can I move my licence to a new domain?', incidentClass: salesQuestion.documentId });
      expect(sales.data).toMatchObject({ status: 'new', billing: 'always_free' });
      await logTime(sales.data.documentId, 90);
      await resolve(sales.data.documentId);
      expect(await balanceOf(veteran)).toBe(2);
    });

    it('lets staff estimate freely above the minimum for a class priced on request', async () => {
      const customer = await paidCustomer(0);
      const { data } = await file(customer, { subject: 'Custom module', body: 'We need a custom export module.', incidentClass: onRequest.documentId });
      expect((await staff('put', `/tickets/${data.documentId}/estimate`, { data: { credits: 12 } })).body.data).toMatchObject({ estimate: 12, missing: 12 });
      expect((await staff('put', `/tickets/${data.documentId}/estimate`, { data: { credits: 0 } })).status).toBe(400);
    });

    it('mails a low balance once a charge leaves less than an incident costs', async () => {
      const customer = await paidCustomer(1);
      const ticket = await confirmedTicket(customer, 1);
      await logTime(ticket, 20);
      await resolve(ticket);
      expect(await balanceOf(customer)).toBe(0);
      const low = (await mails('balance-low')).filter((mail: any) => mail.to === customer.email);
      expect(low).toHaveLength(1);
      expect(low[0].payload).toEqual({ balance: 0, minimum: 1 });
    });
  });

  describe('staff adjustments', () => {
    it('grants, refunds and adjusts with a reason, never below zero, once per request id', async () => {
      const customer = await paidCustomer(0);
      const path = `/customers/${customer.id}/credits`;
      expect((await staff('post', path, { data: { kind: 'grant', credits: 3 } })).body.error.message).toContain('body.data.reason');
      expect((await staff('post', path, { data: { kind: 'grant', credits: -3, reason: 'x' } })).body.error.message).toContain('body.data.credits');
      const grant = { data: { kind: 'grant', credits: 3, reason: 'Goodwill after the outage', requestId: 'form-1234-abcd' } };
      expect((await staff('post', path, grant)).status).toBe(201);
      expect((await staff('post', path, grant)).status).toBe(200);
      expect(await balanceOf(customer)).toBe(3);
      const overdraw = await staff('post', path, { data: { kind: 'adjustment', credits: -5, reason: 'Typo' } });
      expect(overdraw.status).toBe(409);
      expect(overdraw.body.error.message).toMatch(/2 below zero/);
      expect(await balanceOf(customer)).toBe(3);

      const ledger = (await staff('get', path)).body.data;
      expect(ledger).toMatchObject({ balance: 3, inFreePeriod: false, supportFrom: '2025-01-06T09:00:00.000Z', freeUntil: '2025-02-05T09:00:00.000Z' });
      expect(ledger.transactions[0]).toMatchObject({ kind: 'grant', delta: 3, note: 'Goodwill after the outage' });
      expect(ledger.transactions[0].actor).toMatch(/^staff:\d+ /);
      const all = await staff('get', `/credits/transactions?customer=${customer.id}`);
      expect(all.body.data).toHaveLength(1);
    });

    it('keeps the ledger whole against edits from outside it, such as the Content Manager', async () => {
      const customer = await paidCustomer(3);
      const account = await env.app.strapi.db.query('plugin::helpdesk.credit-account' as any).findOne({ where: { customerKey: customer.id } });
      const accounts = documents(env.app.strapi, 'plugin::helpdesk.credit-account');
      await expect(accounts.update({ documentId: account.documentId, data: { balance: 500 } })).rejects.toThrow(/balance: changes only with a ledger entry/);
      // Other fields stay editable, e.g. the date support counts from.
      await accounts.update({ documentId: account.documentId, data: { supportFrom: '2025-02-01T00:00:00.000Z' } });
      await expect(accounts.delete({ documentId: account.documentId })).rejects.toThrow(/cannot be deleted/);
      const ledger = documents(env.app.strapi, LEDGER);
      await expect(ledger.create({ data: { delta: 100, balanceAfter: 103, kind: 'grant' } })).rejects.toThrow(/append-only/);
      const [row] = (await staff('get', `/customers/${customer.id}/credits`)).body.data.transactions;
      const stored = await env.app.strapi.db.query(LEDGER as any).findOne({ where: { id: row.id }, select: ['documentId'] });
      await expect(ledger.update({ documentId: stored.documentId, data: { delta: 100 } })).rejects.toThrow(/append-only/);
      await expect(ledger.delete({ documentId: stored.documentId })).rejects.toThrow(/append-only/);
      expect(await balanceOf(customer)).toBe(3);
      expect(await ledgerSum(customer)).toBe(3);
    });

    it('needs the adjust-credits permission to move credits', async () => {
      const reader = await createStaff(env.app.strapi, env.app.server, { permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.manage'] });
      const customer = await createCustomer(env.app.strapi);
      const response = await api()
        .post(`/helpdesk/customers/${customer.id}/credits`)
        .set('Authorization', `Bearer ${reader.token}`)
        .send({ data: { kind: 'grant', credits: 100, reason: 'Because' } });
      expect(response.status).toBe(403);
      expect(await balanceOf(customer)).toBe(0);
      // Reading a customer's credits names them, and creates nothing.
      const view = await api().get(`/helpdesk/customers/${customer.id}/credits`).set('Authorization', `Bearer ${reader.token}`);
      expect(view.body.data).toMatchObject({ customer: { id: customer.id, email: customer.email }, balance: 0, inFreePeriod: true, transactions: [] });
      expect(await env.app.strapi.db.query('plugin::helpdesk.credit-account' as any).count({ where: { customerKey: customer.id } })).toBe(0);
    });

    it('shows the ticket view the customer balance, free period and latest ledger rows', async () => {
      const customer = await paidCustomer(6);
      const { data } = await file(customer, { subject: 'Plans again', body: 'One more plan please.', incidentClass: pricePlans.documentId });
      const view = (await staff('get', `/tickets/${data.documentId}`)).body.data;
      expect(view).toMatchObject({ billing: 'credits', creditEstimate: 1, creditsConfirmed: null, status: 'awaiting_credit_confirmation' });
      expect(view.estimateRange).toEqual({ min: 1, max: 4 });
      expect(view.customerCredits).toMatchObject({ balance: 6, inFreePeriod: false });
      expect(view.customerCredits.recentTransactions[0]).toMatchObject({ kind: 'grant', delta: 6 });
    });
  });

  describe('prices and mails', () => {
    it('charges what the settings say: a changed fee and packs apply to the next checkout', async () => {
      const lead = await createStaff(env.app.strapi, env.app.server, { permissions: ['plugin::helpdesk.settings.read', 'plugin::helpdesk.settings.manage'] });
      const settings = (await api().get('/helpdesk/settings').set('Authorization', `Bearer ${lead.token}`)).body.data;
      const update = (credits: unknown) => api().put('/helpdesk/settings').set('Authorization', `Bearer ${lead.token}`).send({ data: { credits } });
      const bad = await update({ ...settings.credits, packs: [{ id: 'Big Pack', credits: 50, priceCents: 90000 }] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('credits.packs.0.id');
      expect((await update({ ...settings.credits, priorityFeeCents: 1500, packs: [{ id: 'credits-50', credits: 50, priceCents: 90000 }] })).status).toBe(200);
      try {
        expect((await api().get('/api/helpdesk/credits/packs')).body.data).toEqual([{ id: 'credits-50', credits: 50, priceCents: 90000, currency: 'eur' }]);
        const customer = await paidCustomer();
        const { sessionId } = await buyCredits(customer, 'credits-50');
        expect(env.stripe.session(sessionId)).toMatchObject({ amount_total: 90000 });
        const { meta } = await file(customer, { subject: 'Urgent', body: 'Our shop is down.', tier: 'priority' });
        expect(meta.priorityFee).toEqual({ amountCents: 1500, currency: 'eur' });
      } finally {
        expect((await update(settings.credits)).status).toBe(200);
      }
    });

    it('sends the money mails in the customer’s language: the estimate, the receipt and the expired priority', async () => {
      await (env.app.strapi.plugin('helpdesk').service('mail-outbox') as { drain(): Promise<number> }).drain();
      smtp.received.length = 0;
      const customer = await paidCustomer(0);
      const { data } = await file(customer, { subject: 'Preisplan einrichten', body: 'Bitte richten Sie einen Jahresplan ein.', incidentClass: pricePlans.documentId, locale: 'de' });
      const priority = await file(customer, { subject: 'Dringend', body: 'Der Shop ist down.', tier: 'priority', locale: 'de' });
      await env.stripe.expire((await ticketRow(priority.data.documentId)).paymentSessionId);
      const { sessionId } = await buyCredits(customer, 'credits-4');
      await env.stripe.pay(sessionId);
      await (env.app.strapi.plugin('helpdesk').service('mail-outbox') as { drain(): Promise<number> }).drain();

      const toCustomer = smtp.received.filter((mail) => mail.to.includes(customer.email)).map(readable);
      const about = (reference: string, subject: RegExp) => toCustomer.filter((mail) => mail.subject.includes(reference) && subject.test(mail.subject));
      // Filed past the free period: received, and asked to confirm the estimate, topping up first.
      const [estimate] = about(data.reference, /Schätzung/);
      expect(estimate.text).toMatch(/Guthaben/);
      expect(about(data.reference, /Wir haben Ihre Frage erhalten/)).toHaveLength(1);
      // The unpaid priority went on as standard, and the customer was told.
      expect(about(priority.data.reference, /nicht abgeschlossen/)).toHaveLength(1);
      // The receipt for the top-up names the amount as money, in German.
      const receipt = toCustomer.find((mail) => /Zahlung erhalten/.test(mail.subject))!;
      expect(receipt.subject).toBe('Zahlung erhalten: 4 Credits gutgeschrieben');
      expect(receipt.text).toMatch(/99,00\s€/);
      for (const mail of toCustomer) expect(mail.text).not.toMatch(/Kind regards|Hello,/);
    });
  });
});
