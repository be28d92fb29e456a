import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeStandIn, type CheckoutSession, type StripeStandIn } from '../../playground/scripts/stripe-stand-in';

/**
 * The local Stripe stand-in (playground/scripts/stripe-stand-in.js), driven by the real `stripe`
 * SDK the plugin uses: if the SDK can talk to it, so can the plugin. No Strapi is booted.
 */

const SECRET = 'whsec_stand_in_test';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  event?: Stripe.Event;
  error?: string;
}

interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** A tiny webhook endpoint that verifies every POST as the plugin does, with the SDK. */
async function startReceiver(verifier: Stripe, secret = SECRET): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const event = verifier.webhooks.constructEvent(body, String(req.headers['stripe-signature']), secret);
        received.push({ headers: req.headers, body, event });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"received":true}');
      } catch (error) {
        received.push({ headers: req.headers, body, error: (error as Error).message });
        res.writeHead(400, { 'Content-Type': 'text/plain' });
        res.end((error as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const sdkFor = (standIn: StripeStandIn, key = 'sk_test_123') =>
  new Stripe(key, { host: '127.0.0.1', port: standIn.port, protocol: 'http', telemetry: false });

const priorityParams = (overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
  mode: 'payment',
  line_items: [
    {
      price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'Priority support' } },
      quantity: 1,
    },
  ],
  metadata: { purpose: 'priority', ticket: 'HD-1042' },
  client_reference_id: 'user-7',
  customer_email: 'ada@example.com',
  allowed_payment_method_types: ['card'],
  success_url: 'http://localhost:1337/helpdesk/paid?session={CHECKOUT_SESSION_ID}',
  cancel_url: 'http://localhost:1337/helpdesk/cancelled',
  ...overrides,
});

/** GET or POST a page of the stand-in without following redirects. */
function request(url: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Stripe stand-in', () => {
  let standIn: StripeStandIn;
  let stripe: Stripe;
  let receiver: Receiver;

  beforeAll(async () => {
    standIn = await startStripeStandIn({ webhookSecret: SECRET, webhookUrl: null });
    stripe = sdkFor(standIn);
    receiver = await startReceiver(stripe);
  });

  afterAll(async () => {
    await standIn?.close();
    await receiver?.close();
  });

  beforeEach(() => {
    standIn.setWebhookUrl(null);
    receiver.received.length = 0;
  });

  describe('creating and reading checkout sessions', () => {
    it('creates a session from price_data and metadata, with amounts as integers and a checkout link', async () => {
      const session = await stripe.checkout.sessions.create(priorityParams({ line_items: [
        { price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'Support credits × 10' } }, quantity: 2 },
        { price_data: { currency: 'eur', unit_amount: 250, product_data: { name: 'Handling' } }, quantity: 1 },
      ] }));

      expect(session).toMatchObject({
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: 3250,
        amount_subtotal: 3250,
        currency: 'eur',
        client_reference_id: 'user-7',
        customer_email: 'ada@example.com',
        metadata: { purpose: 'priority', ticket: 'HD-1042' },
        payment_intent: null,
        success_url: 'http://localhost:1337/helpdesk/paid?session={CHECKOUT_SESSION_ID}',
        cancel_url: 'http://localhost:1337/helpdesk/cancelled',
        livemode: false,
      });
      expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]+$/);
      expect(session.url).toBe(`${standIn.url}/checkout/${session.id}`);
      expect(session.expires_at - session.created).toBe(24 * 3600);
      expect(Math.abs(session.created - Date.now() / 1000)).toBeLessThan(5);

      // Stripe receives strings; the stand-in keeps them so in its request log.
      const logged = standIn.requests.at(-1)!;
      expect(logged).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions' });
      expect(logged.idempotencyKey).toMatch(/^stripe-node-retry-/); // the SDK keys every POST
      expect(logged.params.line_items[0]).toEqual({
        price_data: { currency: 'eur', unit_amount: '1500', product_data: { name: 'Support credits × 10' } },
        quantity: '2',
      });
      expect(logged.params.allowed_payment_method_types).toEqual(['card']);
      expect(session.payment_method_types).toEqual(['card']);
    });

    it('takes expires_at from 30 minutes to 24 hours ahead, as the plugin computes it from its own clock', async () => {
      const soon = await stripe.checkout.sessions.create(priorityParams({ expires_at: Math.floor(Date.now() / 1000) + 30 * 60 }));
      expect(soon.expires_at - soon.created).toBeGreaterThanOrEqual(30 * 60 - 5);
      await expect(stripe.checkout.sessions.create(priorityParams({ expires_at: Math.floor(Date.now() / 1000) + 25 * 3600 }))).rejects.toMatchObject({
        statusCode: 400,
        param: 'expires_at',
      });
    });

    it('refuses payment_method_types, which the API versions of stripe-node 23 dropped for allowed_payment_method_types', async () => {
      const params = { ...priorityParams(), payment_method_types: ['card'] } as Stripe.Checkout.SessionCreateParams;
      await expect(stripe.checkout.sessions.create(params)).rejects.toMatchObject({ statusCode: 400, param: 'payment_method_types' });
      const older = new Stripe('sk_test_123', { host: '127.0.0.1', port: standIn.port, protocol: 'http', apiVersion: '2026-08-26.dahlia' as Stripe.LatestApiVersion });
      await expect(older.checkout.sessions.create(params)).resolves.toMatchObject({ payment_method_types: ['card'] });
    });

    it('replays a request with the same Idempotency-Key and refuses the key for other params', async () => {
      const first = await stripe.checkout.sessions.create(priorityParams(), { idempotencyKey: 'priority-HD-1042' });
      const again = await stripe.checkout.sessions.create(priorityParams(), { idempotencyKey: 'priority-HD-1042' });
      expect(again.id).toBe(first.id);
      expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
      expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
      expect(standIn.sessions().filter((s) => s.id === first.id)).toHaveLength(1);

      const other = stripe.checkout.sessions.create(priorityParams({ metadata: { purpose: 'credits' } }), { idempotencyKey: 'priority-HD-1042' });
      await expect(other).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
      await expect(other).rejects.toMatchObject({ type: 'StripeIdempotencyError', statusCode: 400 });
    });

    it('retrieves a session, and answers resource_missing for an unknown one', async () => {
      const created = await stripe.checkout.sessions.create(priorityParams());
      const retrieved = await stripe.checkout.sessions.retrieve(created.id);
      expect(retrieved).toEqual(expect.objectContaining({ id: created.id, amount_total: 1500, status: 'open' }));
      expect(standIn.session(created.id)?.metadata).toEqual({ purpose: 'priority', ticket: 'HD-1042' });

      const unknown = stripe.checkout.sessions.retrieve('cs_test_nope');
      await expect(unknown).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      await expect(unknown).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    });

    it.each([
      ['mode', { mode: undefined }],
      ['line_items', { line_items: undefined }],
      ['success_url', { success_url: undefined }],
      ['line_items[0][price_data][currency]', { line_items: [{ price_data: { unit_amount: 100, product_data: { name: 'x' } }, quantity: 1 }] }],
      ['line_items[0][price_data][unit_amount]', { line_items: [{ price_data: { currency: 'eur', unit_amount: 12.5, product_data: { name: 'x' } }, quantity: 1 }] }],
      ['line_items[0][price_data][unit_amount]', { line_items: [{ price_data: { currency: 'eur', unit_amount: -1, product_data: { name: 'x' } }, quantity: 1 }] }],
      ['line_items[0][quantity]', { line_items: [{ price_data: { currency: 'eur', unit_amount: 100, product_data: { name: 'x' } } }] }],
      ['line_items[0][price_data][product_data][name]', { line_items: [{ price_data: { currency: 'eur', unit_amount: 100, product_data: { description: 'no name' } }, quantity: 1 }] }],
      ['expires_at', { expires_at: Math.floor(Date.now() / 1000) + 60 }],
    ])('refuses a session with a bad %s, naming the param', async (param, overrides) => {
      const attempt = stripe.checkout.sessions.create(priorityParams(overrides as Partial<Stripe.Checkout.SessionCreateParams>));
      await expect(attempt).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      await expect(attempt).rejects.toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param });
    });

    it('answers an unknown URL with a 404 in Stripe\'s error shape', async () => {
      const response = await request(`${standIn.url}/v1/customers`);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body)).toEqual({
        error: { type: 'invalid_request_error', message: expect.stringContaining('Unrecognized request URL (GET: /v1/customers)') },
      });
    });
  });

  describe('listing', () => {
    let clock: number;
    let clocked: StripeStandIn;
    let sdk: Stripe;

    beforeAll(async () => {
      clock = Date.parse('2026-03-10T10:00:00Z');
      clocked = await startStripeStandIn({ webhookSecret: SECRET, now: () => clock });
      sdk = sdkFor(clocked);
    });

    afterAll(() => clocked?.close());

    it('filters by status, created and payment_intent, newest first', async () => {
      const t0 = Math.floor(clock / 1000);
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        ids.push((await sdk.checkout.sessions.create(priorityParams())).id);
        clock += 100_000;
      }
      await clocked.pay(ids[0]);
      await clocked.expire(ids[1]);

      const all = await sdk.checkout.sessions.list();
      expect(all).toMatchObject({ object: 'list', has_more: false, url: '/v1/checkout/sessions' });
      expect(all.data.map((s) => s.id)).toEqual([ids[2], ids[1], ids[0]]);

      expect((await sdk.checkout.sessions.list({ status: 'open' })).data.map((s) => s.id)).toEqual([ids[2]]);
      expect((await sdk.checkout.sessions.list({ status: 'complete' })).data.map((s) => s.id)).toEqual([ids[0]]);
      expect((await sdk.checkout.sessions.list({ created: { gte: t0 + 100 } })).data.map((s) => s.id)).toEqual([ids[2], ids[1]]);
      expect((await sdk.checkout.sessions.list({ created: { gt: t0, lte: t0 + 100 } })).data.map((s) => s.id)).toEqual([ids[1]]);

      const paymentIntent = clocked.session(ids[0])!.payment_intent!;
      expect(paymentIntent).toMatch(/^pi_/);
      expect((await sdk.checkout.sessions.list({ payment_intent: paymentIntent })).data.map((s) => s.id)).toEqual([ids[0]]);
      expect(clocked.requests.at(-1)).toMatchObject({ method: 'GET', params: { payment_intent: paymentIntent } });

      await expect(sdk.checkout.sessions.list({ limit: 101 })).rejects.toMatchObject({ statusCode: 400, param: 'limit' });
    });

    it('pages with limit and starting_after, which the SDK auto-pagination follows', async () => {
      for (let i = 0; i < 25; i += 1) {
        await sdk.checkout.sessions.create(priorityParams({ client_reference_id: `bulk-${i}` }));
        if (i % 2) clock += 1000; // some share a second: the order must still be stable
      }
      const expected = clocked.sessions().map((s) => s.id);
      expect(expected.length).toBeGreaterThan(25);

      const before = clocked.requests.length;
      const everything = await sdk.checkout.sessions.list({ limit: 10 }).autoPagingToArray({ limit: 1000 });
      expect(everything.map((s) => s.id)).toEqual(expected);
      const pages = clocked.requests.slice(before);
      expect(pages).toHaveLength(Math.ceil(expected.length / 10));
      expect(pages[1].params).toEqual({ limit: '10', starting_after: expected[9] });

      const bulk: string[] = [];
      for await (const session of sdk.checkout.sessions.list({ status: 'open', limit: 7 })) {
        if (session.client_reference_id?.startsWith('bulk-')) bulk.push(session.client_reference_id);
      }
      expect(bulk).toEqual(Array.from({ length: 25 }, (_, i) => `bulk-${24 - i}`));

      const defaultPage = await sdk.checkout.sessions.list();
      expect(defaultPage.data).toHaveLength(10);
      expect(defaultPage.has_more).toBe(true);

      const backwards = await sdk.checkout.sessions.list({ ending_before: expected[12], limit: 5 });
      expect(backwards.data.map((s) => s.id)).toEqual(expected.slice(7, 12));
      expect(backwards.has_more).toBe(true);
    });

    it('expires an open session once its expires_at has passed', async () => {
      const session = await sdk.checkout.sessions.create(priorityParams({ expires_at: Math.floor(clock / 1000) + 3600 }));
      clock += 3601_000;
      expect((await sdk.checkout.sessions.retrieve(session.id)).status).toBe('expired');
      expect(clocked.events.at(-1)).toMatchObject({ type: 'checkout.session.expired', data: { object: { id: session.id } } });
    });
  });

  describe('expiring', () => {
    it('expires an open session once, with a checkout.session.expired event', async () => {
      standIn.setWebhookUrl(receiver.url);
      const session = await stripe.checkout.sessions.create(priorityParams());
      const expired = await stripe.checkout.sessions.expire(session.id);
      expect(expired).toMatchObject({ id: session.id, status: 'expired', payment_status: 'unpaid', url: null });
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0].event).toMatchObject({ type: 'checkout.session.expired', data: { object: { id: session.id, status: 'expired' } } });

      const twice = stripe.checkout.sessions.expire(session.id);
      await expect(twice).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      await expect(twice).rejects.toMatchObject({ statusCode: 400 });
      await expect(standIn.expire(session.id)).rejects.toThrow(/expired, not open/);
    });

    it('refuses to expire a complete session', async () => {
      const session = await stripe.checkout.sessions.create(priorityParams());
      await standIn.pay(session.id);
      await expect(stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError' });
    });
  });

  describe('paying and refunding', () => {
    it('pays a session and delivers a checkout.session.completed the SDK verifies', async () => {
      standIn.setWebhookUrl(receiver.url);
      const session = await stripe.checkout.sessions.create(priorityParams());
      const [completed] = await standIn.pay(session.id);

      expect(receiver.received).toHaveLength(1);
      const [delivery] = receiver.received;
      expect(delivery.error).toBeUndefined();
      expect(delivery.headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(delivery.headers['content-type']).toMatch(/^application\/json/);
      expect(delivery.event).toEqual(completed);
      expect(completed).toMatchObject({
        id: expect.stringMatching(/^evt_/),
        object: 'event',
        api_version: expect.any(String),
        type: 'checkout.session.completed',
        data: { object: { id: session.id, status: 'complete', payment_status: 'paid', amount_total: 1500, metadata: { purpose: 'priority', ticket: 'HD-1042' } } },
      });
      const paid = await stripe.checkout.sessions.retrieve(session.id);
      expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', payment_intent: expect.stringMatching(/^pi_/), url: null });
      expect(standIn.charge(session.id)).toMatchObject({ object: 'charge', amount: 1500, amount_refunded: 0, refunded: false, currency: 'eur', payment_intent: paid.payment_intent });
      expect(standIn.deliveries.at(-1)).toMatchObject({ event: completed.id, url: receiver.url, status: 200 });
      await expect(standIn.pay(session.id)).rejects.toThrow(/complete, not open/);
    });

    it('pays asynchronously with two events: completed (unpaid), then async_payment_succeeded (paid)', async () => {
      standIn.setWebhookUrl(receiver.url);
      const session = await stripe.checkout.sessions.create(priorityParams());
      const events = await standIn.pay(session.id, { async: true });
      expect(events.map((e) => [e.type, e.data.object.payment_status])).toEqual([
        ['checkout.session.completed', 'unpaid'],
        ['checkout.session.async_payment_succeeded', 'paid'],
      ]);
      expect(receiver.received.map((r) => r.event?.id)).toEqual(events.map((e) => e.id));
      expect(events[0].data.object.payment_intent).toBe(events[1].data.object.payment_intent);
    });

    it('refunds in parts with charge.refunded, amount_refunded adding up', async () => {
      standIn.setWebhookUrl(receiver.url);
      const session = await stripe.checkout.sessions.create(priorityParams());
      await standIn.pay(session.id);
      const partial = await standIn.refund(session.id, 500);
      expect(partial).toMatchObject({ type: 'charge.refunded', data: { object: { object: 'charge', amount: 1500, amount_refunded: 500, refunded: false } } });
      const rest = await standIn.refund(session.id);
      expect(rest.data.object).toMatchObject({ amount_refunded: 1500, refunded: true, id: partial.data.object.id });
      expect(receiver.received.map((r) => r.event?.type)).toEqual(['checkout.session.completed', 'charge.refunded', 'charge.refunded']);
      await expect(standIn.refund(session.id, 1)).rejects.toThrow(/greater than the unrefunded amount/);
    });

    it('keeps a failed delivery in deliveries instead of throwing', async () => {
      const lines: string[] = [];
      const quiet = await startStripeStandIn({ webhookSecret: SECRET, webhookUrl: 'http://127.0.0.1:9/nowhere', log: (line) => lines.push(line) });
      try {
        const session = await sdkFor(quiet).checkout.sessions.create(priorityParams());
        const [event] = await quiet.pay(session.id);
        expect(quiet.session(session.id)?.status).toBe('complete');
        expect(quiet.deliveries).toEqual([expect.objectContaining({ event: event.id, status: null, error: expect.any(String) })]);
        expect(lines.some((line) => line.includes('could not be delivered'))).toBe(true);
      } finally {
        await quiet.close();
      }
    });
  });

  describe('delivering by hand', () => {
    it('delivers one event 10 times at once, each signed', async () => {
      const session = await stripe.checkout.sessions.create(priorityParams());
      const [event] = await standIn.pay(session.id); // no webhook URL: nothing delivered
      expect(receiver.received).toHaveLength(0);

      const answers = await standIn.deliver(event, { times: 10, concurrent: true, to: receiver.url });
      expect(answers).toHaveLength(10);
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(receiver.received).toHaveLength(10);
      expect(receiver.received.every((r) => r.event?.id === event.id)).toBe(true);
    });

    it('signs with another secret or sends a given signature when asked, which verification refuses', async () => {
      standIn.setWebhookUrl(receiver.url);
      const event = standIn.event('checkout.session.completed', { id: 'cs_test_handmade', object: 'checkout.session' });
      expect(event).toMatchObject({ id: expect.stringMatching(/^evt_/), type: 'checkout.session.completed', data: { object: { id: 'cs_test_handmade' } } });
      expect(standIn.events.at(-1)).toBe(event);

      const [wrongSecret] = await standIn.deliver(event, { secret: 'whsec_other' });
      const [forged] = await standIn.deliver(event, { signature: 't=1,v1=deadbeef' });
      expect([wrongSecret.status, forged.status]).toEqual([400, 400]);
      expect(receiver.received.map((r) => r.error)).toEqual([
        expect.stringContaining('No signatures found matching the expected signature'),
        expect.stringContaining('No signatures found matching the expected signature'),
      ]);

      const payload = JSON.stringify(event);
      const header = standIn.signedHeader(payload, { timestamp: Math.floor(Date.now() / 1000) });
      expect(stripe.webhooks.constructEvent(payload, header, SECRET).id).toBe(event.id);
      const stale = standIn.signedHeader(payload, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
      expect(() => stripe.webhooks.constructEvent(payload, stale, SECRET)).toThrow(/tolerance/);
    });
  });

  describe('the API key', () => {
    it('refuses another key with an authentication error', async () => {
      const guarded = await startStripeStandIn({ webhookSecret: SECRET, apiKey: 'sk_test_right_key_1234' });
      try {
        const wrong = sdkFor(guarded, 'sk_test_wrong_key_9999').checkout.sessions.list();
        await expect(wrong).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
        await expect(wrong).rejects.toMatchObject({ statusCode: 401, message: expect.stringContaining('Invalid API Key provided') });
        await expect(sdkFor(guarded, 'sk_test_right_key_1234').checkout.sessions.list()).resolves.toMatchObject({ object: 'list' });
      } finally {
        await guarded.close();
      }
    });
  });

  describe('the checkout page', () => {
    it('shows the item and amount, and Pay redirects to success_url with the session id', async () => {
      standIn.setWebhookUrl(receiver.url);
      const session = await stripe.checkout.sessions.create(priorityParams({ line_items: [
        { price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'Priority <support>' } }, quantity: 1 },
      ] }));
      const page = await request(session.url!);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('Test checkout — no real payment');
      expect(page.body).toContain('Priority &lt;support&gt;');
      expect(page.body).toContain('€15.00');
      expect(page.body).toContain(`<form method="post" action="/checkout/${session.id}/pay">`);
      expect(page.body).toContain(`<form method="post" action="/checkout/${session.id}/cancel">`);

      const paid = await request(`${standIn.url}/checkout/${session.id}/pay`, 'POST');
      expect(paid.status).toBe(303);
      expect(paid.headers.location).toBe(`http://localhost:1337/helpdesk/paid?session=${session.id}`);
      expect(standIn.session(session.id)).toMatchObject<Partial<CheckoutSession>>({ status: 'complete', payment_status: 'paid' });
      expect(receiver.received.map((r) => r.event?.type)).toEqual(['checkout.session.completed']);

      const after = await request(`${standIn.url}/checkout/${session.id}`);
      expect(after.body).toContain('This checkout is complete');
      expect(after.body).toContain(`href="http://localhost:1337/helpdesk/paid?session=${session.id}"`);
      expect(after.body).not.toContain('/pay"');
      const again = await request(`${standIn.url}/checkout/${session.id}/pay`, 'POST');
      expect([again.status, again.headers.location]).toEqual([303, `/checkout/${session.id}`]);
    });

    it('Cancel expires the session and redirects to cancel_url', async () => {
      const session = await stripe.checkout.sessions.create(priorityParams({ currency: undefined, line_items: [
        { price_data: { currency: 'jpy', unit_amount: 1200, product_data: { name: 'Credits' } }, quantity: 3 },
      ] }));
      expect((await request(session.url!)).body).toContain('¥3,600');
      const cancelled = await request(`${standIn.url}/checkout/${session.id}/cancel`, 'POST');
      expect([cancelled.status, cancelled.headers.location]).toEqual([303, 'http://localhost:1337/helpdesk/cancelled']);
      expect(standIn.session(session.id)?.status).toBe('expired');
      expect((await request(`${standIn.url}/checkout/${session.id}`)).body).toContain('expired or was cancelled');
      expect((await request(`${standIn.url}/checkout/cs_test_unknown`)).status).toBe(404);
    });
  });
});
