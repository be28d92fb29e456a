/** Typings of stripe-stand-in.js: a local stand-in for the Stripe endpoints the helpdesk plugin uses. */

export interface StripeStandInOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Where signed events are POSTed; null (the default) delivers nothing: tests call `deliver` by hand. */
  webhookUrl?: string | null;
  /** Signs the events (`whsec_…`). */
  webhookSecret: string;
  /** When given, API requests must carry `Authorization: Bearer <apiKey>`, else 401 in Stripe's error shape. */
  apiKey?: string;
  /** Base of the checkout page links in `session.url`; defaults to the server's own http://host:port. */
  publicUrl?: string;
  /** One line per API request, webhook delivery and failure. */
  log?: (line: string) => void;
  /** The clock (ms) for `created`, `expires_at` and event `created`; defaults to Date.now. Signatures always use the real time. */
  now?: () => number;
}

export interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  mode: 'payment' | 'setup' | 'subscription';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  amount_total: number | null;
  amount_subtotal: number | null;
  currency: string | null;
  client_reference_id: string | null;
  customer: string | null;
  customer_email: string | null;
  customer_details: { email: string | null; name: string | null; [key: string]: unknown } | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  payment_method_types: string[];
  subscription: string | null;
  success_url: string | null;
  cancel_url: string | null;
  /** Unix seconds. */
  created: number;
  /** Unix seconds. */
  expires_at: number;
  /** The test checkout page while the session is open; null once it is complete or expired, as on Stripe. */
  url: string | null;
  livemode: false;
  [key: string]: unknown;
}

export interface Charge {
  id: string;
  object: 'charge';
  payment_intent: string | null;
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  refunded: boolean;
  currency: string;
  status: 'succeeded';
  created: number;
  metadata: Record<string, string>;
  livemode: false;
  [key: string]: unknown;
}

export interface StandInEvent<T extends object = Record<string, any>> {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: T };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. /v1/checkout/sessions. */
  path: string;
  idempotencyKey: string | null;
  /** Query (GET) or body params, parsed from bracket notation; values stay strings. */
  params: Record<string, any>;
}

export interface Delivery {
  event: string | null;
  type: string | null;
  url: string;
  status: number | null;
  body: string | null;
  /** Set when the POST itself failed (connection refused, timeout). */
  error: string | null;
}

export interface DeliverOptions {
  /** How many POSTs (default 1), each with a fresh signature. */
  times?: number;
  /** Send them all at once rather than one after another. */
  concurrent?: boolean;
  /** Sign with this secret instead of the stand-in's. */
  secret?: string;
  /** The whole Stripe-Signature header value to send instead of a valid one. */
  signature?: string;
  /** POST here instead of the webhook URL. */
  to?: string;
}

export interface StripeStandIn {
  /** http://host:port of the server. */
  url: string;
  /** The same as `url`: what the plugin's payments.apiBaseUrl points at. */
  apiBase: string;
  /** Base of the checkout page links. */
  publicUrl: string;
  host: string;
  port: number;
  /** The current webhook URL (see setWebhookUrl). */
  readonly webhookUrl: string | null;
  /** Every API request received, in order. */
  requests: RecordedRequest[];
  /** Every event built, in order. */
  events: StandInEvent[];
  /** Every webhook POST attempted, in order. */
  deliveries: Delivery[];
  close(): Promise<void>;
  /** Copies, newest first. */
  sessions(): CheckoutSession[];
  session(id: string): CheckoutSession | undefined;
  /** The charge of a paid session. */
  charge(sessionId: string): Charge | undefined;
  /**
   * Completes an open session: one `checkout.session.completed` (paid), or with `async` two events:
   * `checkout.session.completed` (unpaid) then `checkout.session.async_payment_succeeded` (paid).
   * Delivered when a webhook URL is set; a delivery failure is logged and kept in `deliveries`.
   */
  pay(sessionId: string, options?: { async?: boolean }): Promise<StandInEvent<CheckoutSession>[]>;
  /** Expires an open session: `checkout.session.expired`. */
  expire(sessionId: string): Promise<StandInEvent<CheckoutSession>>;
  /** Refunds `amountCents` (default: all that is left) of the session's charge: `charge.refunded`, amount_refunded cumulative. */
  refund(sessionId: string, amountCents?: number): Promise<StandInEvent<Charge>>;
  /** Builds (and records) an event with a fresh evt_ id; does not deliver it. */
  event<T extends object>(type: string, object: T): StandInEvent<T>;
  /** A valid Stripe-Signature header for this payload. `timestamp` in Unix seconds. */
  signedHeader(payload: string, options?: { secret?: string; timestamp?: number }): string;
  /** POSTs the event (JSON; a string is sent as it is) and resolves with every answer. Rejects when a POST fails. */
  deliver(event: StandInEvent | string, options?: DeliverOptions): Promise<Array<{ status: number; body: string }>>;
  setWebhookUrl(url: string | null): void;
}

export function startStripeStandIn(options: StripeStandInOptions): Promise<StripeStandIn>;

/** Stripe's bracket notation (`a[b][0]=x`) to nested objects and arrays; values stay strings. */
export function parseBracketParams(search: string): Record<string, any>;
