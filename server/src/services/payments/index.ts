import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { creditsRefunded, findPack } from '../../domain/credits';
import { DONE_STATUSES, type TicketStatus } from '../../domain/tickets';
import { ConflictError } from '../../errors';
import { CREDIT_TRANSACTION_UID, PAYMENT_EVENT_UID, TICKET_UID } from '../../uids';
import { getPluginConfig, getPluginService } from '../../utils';
import { createStripeClient, type Stripe } from './stripe-client';
import { isPaid, purposeOf, SESSION_APP, type SessionPurpose } from './sessions';

/** The reconciliation sweep runs on one instance at a time, under this job lease. */
export const RECONCILE_JOB = 'helpdesk-payments-reconcile';

const invalid = (path: string, message: string) => new errors.ValidationError(`${path}: ${message}`, { errors: [{ path, message }] });

/** The Checkout languages Stripe has for the desk's seven. */
const CHECKOUT_LOCALES = new Set(['en', 'nl', 'fr', 'de', 'es', 'it', 'ru']);

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency.toUpperCase()}`;

/**
 * Payments through Stripe Checkout: the priority fee and credit top-ups. Sessions carry what they
 * pay for in their metadata; the webhook, verified over the raw body, fulfils each event once
 * (its id is stored in the transaction that fulfils it) and re-reads the session first, so events
 * arriving late, twice or out of order change nothing twice. A sweep fulfils what a lost webhook
 * left undone.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { key: string; stripe: Stripe } | null = null;
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<unknown> | null = null;

  const config = () => getPluginConfig(strapi).payments;
  const tickets = () => strapi.db.query(TICKET_UID as any);
  const events = () => strapi.db.query(PAYMENT_EVENT_UID as any);
  const now = () => getPluginService(strapi, 'clock').now();
  const creditMails = () => getPluginService(strapi, 'credit-mails');

  const stripe = (): Stripe | null => {
    const payments = config();
    if (!payments.secretKey) return null;
    const key = `${payments.secretKey}\u0000${payments.apiBaseUrl ?? ''}`;
    if (cached?.key !== key) cached = { key, stripe: createStripeClient(payments)! };
    return cached.stripe;
  };

  /** Both keys are needed: one to start a payment, the other to hear that it was made. */
  const available = () => Boolean(config().secretKey && config().webhookSecret);

  const requireStripe = (path: string, what: string): Stripe => {
    const client = available() ? stripe() : null;
    if (!client) throw invalid(path, `${what} needs online payment, which this site has not set up`);
    return client;
  };

  const siteUrl = () => String(strapi.config.get('server.absoluteUrl') ?? 'http://localhost:1337').replace(/\/$/, '');
  const successUrl = () => config().successUrl ?? `${siteUrl()}/?helpdesk-checkout=success&session_id={CHECKOUT_SESSION_ID}`;
  const cancelUrl = () => config().cancelUrl ?? `${siteUrl()}/?helpdesk-checkout=cancel`;
  const checkoutLocale = (language: string | null | undefined) =>
    (language && CHECKOUT_LOCALES.has(language) ? language : 'auto') as Stripe.Checkout.SessionCreateParams.Locale;

  /** After the payment question is settled, a paid ticket still waits for its credit confirmation. */
  const statusAfterPayment = (row: Record<string, any>): TicketStatus =>
    row.billing === 'credits' && row.creditsConfirmed == null ? 'awaiting_credit_confirmation' : 'new';

  const readTicket = (documentId: string) =>
    tickets().findOne({
      where: { documentId },
      select: ['id', 'documentId', 'status', 'tier', 'billing', 'creditsConfirmed', 'priorityPaidAt', 'paymentSessionId'],
    });

  const priorityPaid = async (session: Stripe.Checkout.Session, ticketDocumentId: string) => {
    if (!(await readTicket(ticketDocumentId))) {
      strapi.log.warn(`[helpdesk] Priority payment ${session.id} is for ticket ${ticketDocumentId}, which no longer exists: refund it in Stripe`);
      return false;
    }
    return getPluginService(strapi, 'queue').withTicketLocked(ticketDocumentId, async () => {
      const row = await readTicket(ticketDocumentId);
      if (!row || row.priorityPaidAt) return false;
      const data: Record<string, unknown> = { priorityPaidAt: now(), paymentSessionId: session.id };
      if (row.status === 'awaiting_payment') Object.assign(data, { status: statusAfterPayment(row), tier: 'priority' });
      // Paid after the ticket went on as standard (the customer paid as the session ran out): the payment still counts.
      else if (!DONE_STATUSES.includes(row.status)) data.tier = 'priority';
      await strapi.documents(TICKET_UID as any).update({ documentId: ticketDocumentId, data: data as any });
      await creditMails().priorityPaid(ticketDocumentId, {
        sessionId: session.id,
        amountCents: session.amount_total ?? 0,
        currency: session.currency ?? config().currency,
      });
      return true;
    });
  };

  const priorityExpired = async (session: Stripe.Checkout.Session, ticketDocumentId: string) => {
    if (!(await readTicket(ticketDocumentId))) return false;
    return getPluginService(strapi, 'queue').withTicketLocked(ticketDocumentId, async () => {
      const row = await readTicket(ticketDocumentId);
      if (!row || row.status !== 'awaiting_payment') return false;
      if (row.paymentSessionId && row.paymentSessionId !== session.id) return false;
      // The question is never lost: it goes on as a standard ticket, its clock starting now.
      await strapi.documents(TICKET_UID as any).update({
        documentId: ticketDocumentId,
        data: { status: statusAfterPayment(row), tier: 'standard' } as any,
      });
      await creditMails().priorityExpired(ticketDocumentId, session.id);
      return true;
    });
  };

  const creditsPaid = async (session: Stripe.Checkout.Session, purpose: Extract<SessionPurpose, { purpose: 'credits' }>) => {
    const amountCents = session.amount_total ?? 0;
    const currency = session.currency ?? config().currency;
    const result = await getPluginService(strapi, 'credits').post({
      customerId: purpose.customerId,
      delta: purpose.credits,
      kind: 'purchase',
      externalRef: `stripe:checkout:${session.id}`,
      actor: 'stripe',
      note: `${purpose.credits} credits bought (${purpose.pack || 'pack'}, ${money(amountCents, currency)})`,
    });
    if (result.duplicate) return false;
    const customer = await strapi.db.query('plugin::users-permissions.user' as any).findOne({ where: { id: purpose.customerId }, select: ['id', 'email'] });
    if (customer) {
      await creditMails().creditsPurchased(customer, {
        sessionId: session.id,
        credits: purpose.credits,
        balance: result.balance,
        amountCents,
        currency,
        language: purpose.language,
      });
    }
    return true;
  };

  /** Applies what a session's current state says; each case checks it was not applied before. */
  const applySession = async (session: Stripe.Checkout.Session, purpose: SessionPurpose): Promise<boolean> => {
    if (isPaid(session)) {
      return purpose.purpose === 'credits' ? creditsPaid(session, purpose) : priorityPaid(session, purpose.ticketDocumentId);
    }
    if (session.status === 'expired' && purpose.purpose === 'priority') return priorityExpired(session, purpose.ticketDocumentId);
    return false;
  };

  /**
   * A refunded credit purchase takes its credits back, in proportion to the amount refunded so far,
   * down to a balance of 0 at most (the rest is written down as a shortfall).
   */
  const applyRefund = async (session: Stripe.Checkout.Session, purpose: SessionPurpose, charge: { amount: number; amount_refunded: number }) => {
    if (purpose.purpose !== 'credits') return false;
    const prefix = `stripe:refund:${session.id}:`;
    const previous = await strapi.db.query(CREDIT_TRANSACTION_UID as any).findMany({ where: { externalRef: { $startsWith: prefix } }, select: ['externalRef'] });
    const refundedBefore = Math.max(0, ...previous.map((row: { externalRef: string }) => Number(row.externalRef.slice(prefix.length)) || 0));
    const toTake =
      creditsRefunded(purpose.credits, charge.amount, charge.amount_refunded) - creditsRefunded(purpose.credits, charge.amount, refundedBefore);
    if (charge.amount_refunded <= refundedBefore || toTake <= 0) return false;
    const result = await getPluginService(strapi, 'credits').clawback({
      customerId: purpose.customerId,
      credits: toTake,
      externalRef: `${prefix}${charge.amount_refunded}`,
      actor: 'stripe',
      note: `Payment refunded (${money(charge.amount_refunded, session.currency ?? config().currency)} of ${money(charge.amount, session.currency ?? config().currency)}): ${toTake} credit${toTake === 1 ? '' : 's'} taken back`,
    });
    return !result.duplicate;
  };

  /** Credit accounts are created outside the fulfilling transaction (see the ledger's `ensureAccount`). */
  const accountFor = async (purpose: SessionPurpose) => {
    if (purpose.purpose === 'credits') await getPluginService(strapi, 'credits').ensureAccount(purpose.customerId);
  };

  /** What an event asks for, read fresh from Stripe (outside any transaction: it is a network call). */
  const prepare = async (client: Stripe, event: Stripe.Event): Promise<(() => Promise<boolean>) | null> => {
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
      case 'checkout.session.async_payment_failed':
      case 'checkout.session.expired': {
        const session = await client.checkout.sessions.retrieve((event.data.object as Stripe.Checkout.Session).id);
        const purpose = purposeOf(session);
        if (!purpose) return null;
        await accountFor(purpose);
        // A delayed payment that failed will never be paid: the priority ticket goes on as a standard one.
        const failed = event.type === 'checkout.session.async_payment_failed' && !isPaid(session);
        if (failed && purpose.purpose === 'priority') return () => priorityExpired(session, purpose.ticketDocumentId);
        return () => applySession(session, purpose);
      }
      case 'charge.refunded': {
        const charge = event.data.object as Stripe.Charge;
        const paymentIntent = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
        if (!paymentIntent) return null;
        const { data } = await client.checkout.sessions.list({ payment_intent: paymentIntent, limit: 1 });
        const session = data[0];
        const purpose = session ? purposeOf(session) : null;
        if (!session || !purpose) return null;
        await accountFor(purpose);
        return () => applyRefund(session, purpose, charge);
      }
      default:
        return null;
    }
  };

  const processed = async (eventId: string) => Boolean(await events().findOne({ where: { eventId }, select: ['id'] }));

  return {
    available,

    /** What the desk sells, with prices in integer cents. */
    async offer() {
      const { credits } = await getPluginService(strapi, 'settings').get();
      return {
        available: available(),
        currency: config().currency,
        priorityFeeCents: credits.priorityFeeCents,
        packs: credits.packs.map((pack) => ({ ...pack, currency: config().currency })),
      };
    },

    /** Starts the priority payment of a ticket just filed in `awaiting_payment`. */
    async checkoutForPriority(ticket: { documentId: string; reference: string | null; customerId: number; email: string | null; language: string | null }) {
      const client = requireStripe('data.tier', 'priority');
      const { credits } = await getPluginService(strapi, 'settings').get();
      const { currency, priorityCheckoutMinutes } = config();
      const session = await client.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency,
                unit_amount: credits.priorityFeeCents,
                product_data: { name: `Priority support${ticket.reference ? ` for ticket ${ticket.reference}` : ''}` },
              },
            },
          ],
          client_reference_id: ticket.documentId,
          customer_email: ticket.email ?? undefined,
          locale: checkoutLocale(ticket.language),
          metadata: { app: SESSION_APP, purpose: 'priority', ticket: ticket.documentId, customerId: String(ticket.customerId) },
          success_url: successUrl(),
          cancel_url: cancelUrl(),
          // Stripe counts expiry in its own (real) time.
          expires_at: Math.floor(Date.now() / 1000) + priorityCheckoutMinutes * 60,
        },
        { idempotencyKey: `helpdesk-priority-${ticket.documentId}` }
      );
      await tickets().update({ where: { documentId: ticket.documentId }, data: { paymentSessionId: session.id } });
      return { checkoutUrl: session.url, sessionId: session.id, amountCents: credits.priorityFeeCents, currency };
    },

    /** Starts a top-up: one of the packs on offer. */
    async checkoutForCredits(customer: { id: number; email: string | null }, packId: string, language: string | null) {
      const client = requireStripe('data.pack', 'buying credits');
      const { credits } = await getPluginService(strapi, 'settings').get();
      const pack = findPack(credits, packId);
      if (!pack) throw invalid('data.pack', `no such pack; choose one of ${credits.packs.map((p) => p.id).join(', ')}`);
      const { currency } = config();
      // Our own id for this purchase, so a retried call creates one session, not two.
      const purchaseId = randomUUID();
      const session = await client.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [{ quantity: 1, price_data: { currency, unit_amount: pack.priceCents, product_data: { name: `${pack.credits} support credits` } } }],
          client_reference_id: `customer-${customer.id}`,
          customer_email: customer.email ?? undefined,
          locale: checkoutLocale(language),
          metadata: {
            app: SESSION_APP,
            purpose: 'credits',
            customerId: String(customer.id),
            credits: String(pack.credits),
            pack: pack.id,
            purchase: purchaseId,
            language: language ?? '',
          },
          success_url: successUrl(),
          cancel_url: cancelUrl(),
        },
        { idempotencyKey: `helpdesk-credits-${purchaseId}` }
      );
      return { checkoutUrl: session.url, sessionId: session.id, pack: pack.id, credits: pack.credits, amountCents: pack.priceCents, currency };
    },

    /**
     * The customer gives up the priority payment: the session is expired at Stripe, so it can no
     * longer be paid, and the ticket goes on as a standard one at once.
     */
    async cancelPriority(customerId: number, documentId: string) {
      const row = await tickets().findOne({ where: { documentId, customer: { id: customerId } }, select: ['status', 'paymentSessionId'] });
      if (!row) throw new errors.NotFoundError('Ticket not found');
      if (row.status !== 'awaiting_payment') throw new ConflictError('This ticket is not waiting for a priority payment.', { status: row.status });
      const client = stripe();
      if (client && row.paymentSessionId) {
        let session = await client.checkout.sessions.retrieve(row.paymentSessionId);
        if (session.status === 'open') session = await client.checkout.sessions.expire(row.paymentSessionId);
        const purpose = purposeOf(session);
        if (purpose) await strapi.db.transaction(() => applySession(session, purpose));
        if (isPaid(session)) return;
      }
      // No session to expire (payments were switched off meanwhile): the ticket still goes on.
      const current = await readTicket(documentId);
      if (current?.status === 'awaiting_payment') {
        await strapi.documents(TICKET_UID as any).update({ documentId, data: { status: statusAfterPayment(current), tier: 'standard' } as any });
      }
    },

    /** A ticket whose priority payment could not be started goes on as a standard one. */
    async fallBackToStandard(documentId: string) {
      const row = await readTicket(documentId);
      if (row?.status !== 'awaiting_payment') return;
      await strapi.documents(TICKET_UID as any).update({ documentId, data: { status: statusAfterPayment(row), tier: 'standard' } as any });
    },

    /**
     * One webhook delivery: verified over the raw body with the endpoint's secret, then fulfilled
     * once. A bad or missing signature is a 400 that writes nothing.
     */
    async handleWebhook(rawBody: string | Buffer | undefined, signature: string | undefined) {
      const client = stripe();
      const secret = config().webhookSecret;
      if (!client || !secret) throw invalid('webhook', 'payments are not set up on this site');
      if (rawBody === undefined) {
        throw invalid('body', 'the raw request body is not available: set `includeUnparsed: true` on strapi::body in config/middlewares');
      }
      if (!signature) throw invalid('headers.stripe-signature', 'is missing');
      let event: Stripe.Event;
      try {
        event = client.webhooks.constructEvent(rawBody, signature, secret);
      } catch (error) {
        throw invalid('headers.stripe-signature', `does not verify: ${(error as Error).message}`);
      }
      if (await processed(event.id)) return { eventId: event.id, duplicate: true };
      const fulfil = await prepare(client, event);
      try {
        await strapi.db.transaction(async () => {
          // The event's unique id commits with its fulfilment: a concurrent delivery of the same event
          // waits on this row and then fails on the key, so it fulfils nothing.
          await events().create({
            data: { eventId: event.id, type: event.type, provider: 'stripe', payload: { object: (event.data.object as { id?: string }).id ?? null }, processedAt: now() },
          });
          if (fulfil) await fulfil();
        });
      } catch (error) {
        if (await processed(event.id)) return { eventId: event.id, duplicate: true };
        throw error;
      }
      return { eventId: event.id, duplicate: false };
    },

    /** Fulfils recent sessions that were paid or expired but whose webhook never arrived; returns how many. */
    async reconcile(): Promise<number> {
      const client = available() ? stripe() : null;
      if (!client) return 0;
      const since = Math.floor(Date.now() / 1000) - config().reconcile.lookbackHours * 3600;
      let applied = 0;
      for await (const session of client.checkout.sessions.list({ created: { gte: since }, limit: 100 })) {
        const purpose = purposeOf(session);
        if (!purpose || (!isPaid(session) && session.status !== 'expired')) continue;
        await accountFor(purpose);
        if (await strapi.db.transaction(() => applySession(session, purpose))) applied += 1;
      }
      return applied;
    },

    async reconcileOnce(): Promise<number> {
      while (sweeping) await sweeping.catch(() => undefined);
      const lease = getPluginService(strapi, 'job-lease');
      const run = (async () => {
        if (!(await lease.acquire(RECONCILE_JOB, 10 * 60_000))) return 0;
        try {
          return await this.reconcile();
        } finally {
          await lease.release(RECONCILE_JOB);
        }
      })();
      sweeping = run;
      try {
        return await run;
      } finally {
        sweeping = null;
      }
    },

    start(): void {
      this.stop();
      const { reconcile } = config();
      if (!reconcile.enabled || !available()) return;
      timer = setInterval(() => {
        this.reconcileOnce().catch((error: Error) => strapi.log.error(`[helpdesk] Reconciling payments failed: ${error.message}`));
      }, reconcile.intervalMs);
      timer.unref();
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await sweeping?.catch(() => undefined);
    },
  };
};
