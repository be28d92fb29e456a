'use strict';

/**
 * A local stand-in for the few Stripe endpoints the helpdesk plugin uses, so the integration tests
 * and the playground run with no Stripe account and no network:
 *
 * - `POST /v1/checkout/sessions`, `GET /v1/checkout/sessions[/:id]`,
 *   `POST /v1/checkout/sessions/:id/expire`, spoken the way the real `stripe` SDK speaks them
 *   (form-encoded bodies in bracket notation, Idempotency-Key, list pagination, Stripe's error shape);
 * - a test checkout page at `/checkout/:id` with Pay and Cancel buttons, for the playground;
 * - signed webhook events (`checkout.session.completed`, `checkout.session.async_payment_succeeded`,
 *   `checkout.session.expired`, `charge.refunded`) POSTed to the app's webhook URL.
 *
 * It keeps everything in memory and is for development and tests only. Run it on its own with
 * `node playground/scripts/stripe-stand-in.js` (see the end of this file for its environment).
 */
const http = require('node:http');
const https = require('node:https');
const crypto = require('node:crypto');
const Stripe = require('stripe');

const DAY = 24 * 3600;
const FALLBACK_API_VERSION = '2026-10-28.endive';
const API_VERSION = typeof Stripe.API_VERSION === 'string' ? Stripe.API_VERSION : FALLBACK_API_VERSION;
const EXPIRY_SLACK = 60;
const MAX_BODY_BYTES = 1024 * 1024;
const DELIVERY_TIMEOUT_MS = 30_000;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomId = (prefix, length = 24) => {
  const bytes = crypto.randomBytes(length);
  let id = prefix;
  for (const byte of bytes) id += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return id;
};

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** A canonical form of parsed params (keys sorted) to compare idempotent requests. */
const canonical = (value) => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

// ---------------------------------------------------------------------------------------------
// Form bodies and query strings in Stripe's bracket notation
// ---------------------------------------------------------------------------------------------

/**
 * `a[b][0][c]=1&a[b][1][c]=2&list[]=x` → `{ a: { b: [{ c: '1' }, { c: '2' }] }, list: ['x'] }`.
 * Values stay strings, as Stripe receives them. Numeric segments make arrays.
 */
function parseBracketParams(search) {
  const root = {};
  for (const [rawKey, value] of new URLSearchParams(search)) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(rawKey);
    const segments = match ? [match[1], ...[...match[2].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])] : [rawKey];
    let node = root;
    for (let i = 0; i < segments.length; i += 1) {
      const last = i === segments.length - 1;
      let segment = segments[i];
      if (Array.isArray(node) && segment === '') segment = String(node.length);
      if (Array.isArray(node) && !/^\d+$/.test(segment)) break; // a[0]=1&a[x]=2: keep the array, drop the odd key
      const key = Array.isArray(node) ? Number(segment) : segment;
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') break;
      if (last) {
        node[key] = value;
      } else {
        const next = segments[i + 1];
        const wantsArray = next === '' || /^\d+$/.test(next);
        if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
          node[key] = wantsArray ? [] : {};
        }
        node = node[key];
      }
    }
  }
  // `items[1]` without `items[0]` leaves a hole: close it up, as Stripe reads indices in order.
  const compact = (value) => {
    if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
    if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) value[key] = compact(value[key]);
    }
    return value;
  };
  return compact(root);
}

// ---------------------------------------------------------------------------------------------
// Stripe's error shape
// ---------------------------------------------------------------------------------------------

class StripeRequestError extends Error {
  constructor(status, body) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
}

const invalid = (message, param, code) =>
  new StripeRequestError(400, {
    type: 'invalid_request_error',
    message,
    ...(code ? { code } : {}),
    ...(param ? { param } : {}),
  });
const missing = (param) => invalid(`Missing required param: ${param}.`, param, 'parameter_missing');
const noSuch = (what, id, param, status = 404) =>
  new StripeRequestError(status, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${what}: '${id}'`,
    ...(param ? { param } : {}),
  });

const isBlank = (value) => value === undefined || value === null || value === '';

/** An integer param as Stripe reads it: a string of digits (or a number, from a JSON body). */
function readInteger(value, param, { min, max } = {}) {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d+$/.test(text.trim())) {
    throw invalid(`Invalid integer: ${typeof value === 'object' ? JSON.stringify(value) : value}`, param, 'parameter_invalid_integer');
  }
  const number = Number(text);
  if (!Number.isSafeInteger(number)) throw invalid(`Invalid integer: ${value}`, param, 'parameter_invalid_integer');
  if (min !== undefined && number < min) {
    throw invalid(`This value must be greater than or equal to ${min}.`, param, 'parameter_invalid_integer');
  }
  if (max !== undefined && number > max) {
    throw invalid(`This value must be less than or equal to ${max}.`, param, 'parameter_invalid_integer');
  }
  return number;
}

function readUrl(value, param) {
  if (typeof value !== 'string') throw invalid('Invalid URL: must be a string.', param, 'url_invalid');
  try {
    const url = new URL(value.replace(/\{CHECKOUT_SESSION_ID\}/g, 'x'));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw invalid(`Not a valid URL`, param, 'url_invalid');
  }
  return value;
}

function readMetadata(value, param = 'metadata') {
  if (isBlank(value)) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid('Invalid object', param);
  const metadata = {};
  const keys = Object.keys(value).filter((key) => !isBlank(value[key]));
  if (keys.length > 50) throw invalid('You can only specify up to 50 keys in metadata.', param);
  for (const key of keys) {
    const item = value[key];
    if (typeof item === 'object') throw invalid(`Invalid value for metadata key ${key}: must be a string.`, `${param}[${key}]`);
    if (key.length > 40) throw invalid(`Metadata keys can have up to 40 characters; '${key}' has ${key.length}.`, `${param}[${key}]`);
    if (String(item).length > 500) throw invalid(`Metadata values can have up to 500 characters, but key '${key}' has a longer value.`, `${param}[${key}]`);
    metadata[key] = String(item);
  }
  return metadata;
}

const readString = (value, param, maxLength = 5000) => {
  if (isBlank(value)) return null;
  if (typeof value !== 'string') throw invalid(`Invalid string: ${JSON.stringify(value)}`, param);
  if (value.length > maxLength) throw invalid(`Invalid string: must be at most ${maxLength} characters`, param);
  return value;
};

const readBoolean = (value, param) => {
  if (isBlank(value)) return null;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw invalid(`Invalid boolean: ${value}`, param);
};

// ---------------------------------------------------------------------------------------------
// Money on the checkout page
// ---------------------------------------------------------------------------------------------

function formatAmount(amount, currency) {
  if (amount === null || amount === undefined || !currency) return '—';
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
}

const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// ---------------------------------------------------------------------------------------------
// Webhook POSTs
// ---------------------------------------------------------------------------------------------

function postJson(target, payload, headers) {
  return new Promise((resolve, reject) => {
    let url;
    try {
      url = new URL(target);
    } catch {
      reject(new Error(`Invalid webhook URL: ${target}`));
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const body = Buffer.from(payload, 'utf8');
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': body.length,
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Cache-Control': 'no-cache',
          Accept: '*/*; q=0.5, application/xml',
          ...headers,
        },
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`Webhook delivery to ${target} timed out after ${DELIVERY_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

// ---------------------------------------------------------------------------------------------
// The stand-in
// ---------------------------------------------------------------------------------------------

/**
 * Starts the stand-in. Resolves once it listens.
 * @param {import('./stripe-stand-in').StripeStandInOptions} options
 * @returns {Promise<import('./stripe-stand-in').StripeStandIn>}
 */
async function startStripeStandIn(options = {}) {
  if (!options || typeof options.webhookSecret !== 'string' || !options.webhookSecret) {
    throw new TypeError('startStripeStandIn: webhookSecret is required');
  }
  const host = options.host ?? '127.0.0.1';
  const log = typeof options.log === 'function' ? options.log : () => {};
  const nowMs = typeof options.now === 'function' ? options.now : () => Date.now();
  const nowSec = () => Math.floor(nowMs() / 1000);
  let webhookUrl = options.webhookUrl ?? null;
  let publicUrl = ''; // known once the server listens

  /** id → { session, lineItems, seq, charge } */
  const records = new Map();
  const idempotent = new Map();
  const requests = [];
  const events = [];
  const deliveries = [];
  const pending = new Set();
  let seq = 0;

  const recordOf = (id) => {
    const record = records.get(id);
    if (!record) throw new Error(`Stripe stand-in: no checkout session ${id}`);
    return record;
  };

  // ---- events and their delivery ----------------------------------------------------------

  const event = (type, object, request = null) => {
    const built = {
      id: randomId('evt_'),
      object: 'event',
      api_version: API_VERSION,
      created: nowSec(),
      data: { object: clone(object) },
      livemode: false,
      pending_webhooks: webhookUrl ? 1 : 0,
      request: { id: request?.id ?? null, idempotency_key: request?.idempotencyKey ?? null },
      type,
    };
    events.push(built);
    return built;
  };

  const signedHeader = (payload, { secret, timestamp } = {}) =>
    Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: secret ?? options.webhookSecret,
      ...(timestamp ? { timestamp } : {}),
    });

  const deliver = async (evt, deliverOptions = {}) => {
    const to = deliverOptions.to ?? webhookUrl;
    if (!to) throw new Error('Stripe stand-in: no webhook URL to deliver to (set webhookUrl, or pass { to })');
    const payload = typeof evt === 'string' ? evt : JSON.stringify(evt, null, 2);
    const meta = typeof evt === 'string' ? { event: null, type: null } : { event: evt.id, type: evt.type };
    const times = deliverOptions.times ?? 1;
    const once = async () => {
      const header = deliverOptions.signature ?? signedHeader(payload, { secret: deliverOptions.secret });
      try {
        const result = await postJson(to, payload, { 'Stripe-Signature': header });
        deliveries.push({ ...meta, url: to, status: result.status, body: result.body, error: null });
        log(`webhook ${meta.type ?? 'payload'} ${meta.event ?? ''} → ${to}: ${result.status}`);
        return result;
      } catch (error) {
        deliveries.push({ ...meta, url: to, status: null, body: null, error: error.message });
        throw error;
      }
    };
    if (deliverOptions.concurrent) return Promise.all(Array.from({ length: times }, once));
    const results = [];
    for (let i = 0; i < times; i += 1) results.push(await once());
    return results;
  };

  /** Delivers to the webhook URL, if any; a failure is logged and kept in `deliveries`, not thrown. */
  const emit = async (evt) => {
    if (!webhookUrl) return;
    try {
      const [result] = await deliver(evt);
      if (result.status < 200 || result.status >= 300) {
        log(`webhook ${evt.type} ${evt.id} was answered ${result.status}: ${result.body.slice(0, 300)}`);
      }
    } catch (error) {
      log(`webhook ${evt.type} ${evt.id} could not be delivered to ${webhookUrl}: ${error.message}`);
    }
  };

  const inBackground = (promise) => {
    pending.add(promise);
    promise.finally(() => pending.delete(promise));
  };

  // ---- state changes ----------------------------------------------------------------------

  const markExpired = (record) => {
    const session = record.session;
    session.status = 'expired';
    session.url = null;
  };

  /** An open session past its expires_at expires, as Stripe does it about then. */
  const sweep = () => {
    const now = nowSec();
    for (const record of records.values()) {
      if (record.session.status === 'open' && record.session.expires_at <= now) {
        markExpired(record);
        inBackground(emit(event('checkout.session.expired', record.session)));
      }
    }
  };

  const makeCharge = (record) => {
    const session = record.session;
    record.charge = {
      id: randomId('ch_'),
      object: 'charge',
      amount: session.amount_total,
      amount_captured: session.amount_total,
      amount_refunded: 0,
      billing_details: { address: null, email: session.customer_details?.email ?? null, name: null, phone: null },
      captured: true,
      created: nowSec(),
      currency: session.currency,
      customer: session.customer,
      description: null,
      livemode: false,
      metadata: {},
      paid: true,
      payment_intent: session.payment_intent,
      receipt_email: null,
      refunded: false,
      status: 'succeeded',
    };
  };

  const complete = (record) => {
    const session = record.session;
    session.status = 'complete';
    session.url = null;
    session.customer_details = {
      address: null,
      email: session.customer_email ?? 'customer@example.com',
      name: null,
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    };
    if (session.mode === 'payment') session.payment_intent = randomId('pi_');
    if (session.mode === 'subscription') {
      session.subscription = randomId('sub_');
      session.invoice = randomId('in_');
    }
    if (session.mode === 'setup') session.setup_intent = randomId('seti_');
  };

  const pay = async (sessionId, { async: isAsync = false } = {}) => {
    sweep();
    const record = recordOf(sessionId);
    if (record.session.status !== 'open') {
      throw new Error(`Stripe stand-in: checkout session ${sessionId} is ${record.session.status}, not open`);
    }
    complete(record);
    const built = [];
    const session = record.session;
    if (session.mode === 'setup') {
      session.payment_status = 'no_payment_required';
      built.push(event('checkout.session.completed', session));
    } else if (isAsync) {
      session.payment_status = 'unpaid';
      built.push(event('checkout.session.completed', session));
      session.payment_status = 'paid';
      makeCharge(record);
      built.push(event('checkout.session.async_payment_succeeded', session));
    } else {
      session.payment_status = 'paid';
      makeCharge(record);
      built.push(event('checkout.session.completed', session));
    }
    for (const evt of built) await emit(evt);
    return built;
  };

  const expire = async (sessionId, request = null) => {
    sweep();
    const record = recordOf(sessionId);
    if (record.session.status !== 'open') {
      throw new Error(`Stripe stand-in: checkout session ${sessionId} is ${record.session.status}, not open`);
    }
    markExpired(record);
    const built = event('checkout.session.expired', record.session, request);
    await emit(built);
    return built;
  };

  const refund = async (sessionId, amountCents) => {
    const record = recordOf(sessionId);
    const charge = record.charge;
    if (!charge) throw new Error(`Stripe stand-in: checkout session ${sessionId} has no charge to refund`);
    const remaining = charge.amount - charge.amount_refunded;
    const amount = amountCents ?? remaining;
    if (!Number.isInteger(amount) || amount <= 0) throw new Error(`Stripe stand-in: a refund must be a positive integer, not ${amount}`);
    if (amount > remaining) {
      throw new Error(`Stripe stand-in: refund of ${amount} is greater than the unrefunded amount ${remaining} of ${charge.id}`);
    }
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    const built = event('charge.refunded', charge);
    await emit(built);
    return built;
  };

  // ---- the REST endpoints -----------------------------------------------------------------

  function createSession(params, apiVersion) {
    const mode = params.mode;
    if (isBlank(mode)) throw missing('mode');
    if (!['payment', 'setup', 'subscription'].includes(mode)) {
      throw invalid(`Invalid mode: must be one of payment, setup, or subscription`, 'mode', 'parameter_invalid_string');
    }
    const uiMode = params.ui_mode ?? 'hosted';
    if (!['hosted', 'embedded', 'custom'].includes(uiMode)) {
      throw invalid('Invalid ui_mode: must be one of hosted, embedded, or custom', 'ui_mode');
    }

    const lineItems = [];
    let currency = isBlank(params.currency) ? null : String(params.currency).toLowerCase();
    if (mode !== 'setup' || !isBlank(params.line_items)) {
      if (isBlank(params.line_items)) throw missing('line_items');
      if (!Array.isArray(params.line_items) || params.line_items.length === 0) throw invalid('Invalid array', 'line_items');
      if (params.line_items.length > 100) throw invalid('You may only specify up to 100 line items.', 'line_items');
      params.line_items.forEach((item, i) => {
        const at = `line_items[${i}]`;
        if (!item || typeof item !== 'object' || Array.isArray(item)) throw invalid('Invalid object', at);
        if (!isBlank(item.price)) throw noSuch('price', item.price, `${at}[price]`, 400);
        const priceData = item.price_data;
        if (isBlank(priceData)) throw missing(`${at}[price_data]`);
        if (typeof priceData !== 'object' || Array.isArray(priceData)) throw invalid('Invalid object', `${at}[price_data]`);
        if (isBlank(priceData.currency)) throw missing(`${at}[price_data][currency]`);
        const itemCurrency = String(priceData.currency).toLowerCase();
        if (!/^[a-z]{3}$/.test(itemCurrency)) throw invalid(`Invalid currency: ${priceData.currency}`, `${at}[price_data][currency]`);
        if (currency && currency !== itemCurrency) {
          throw invalid(
            `The currency of line item ${i} (${itemCurrency}) does not match the currency of the other line items or the session (${currency}).`,
            `${at}[price_data][currency]`,
          );
        }
        currency = itemCurrency;
        let name = null;
        let description = null;
        if (isBlank(priceData.product)) {
          const product = priceData.product_data;
          if (isBlank(product)) throw missing(`${at}[price_data][product_data]`);
          if (typeof product !== 'object' || Array.isArray(product)) throw invalid('Invalid object', `${at}[price_data][product_data]`);
          if (isBlank(product.name)) throw missing(`${at}[price_data][product_data][name]`);
          name = readString(product.name, `${at}[price_data][product_data][name]`, 250);
          description = readString(product.description, `${at}[price_data][product_data][description]`, 40000);
          readMetadata(product.metadata, `${at}[price_data][product_data][metadata]`);
        } else {
          throw noSuch('product', priceData.product, `${at}[price_data][product]`, 400);
        }
        let unitAmount;
        if (!isBlank(priceData.unit_amount)) {
          unitAmount = readInteger(priceData.unit_amount, `${at}[price_data][unit_amount]`, { min: 0, max: 99_999_999 });
        } else if (!isBlank(priceData.unit_amount_decimal)) {
          const decimal = String(priceData.unit_amount_decimal);
          if (!/^\d+(\.\d{1,12})?$/.test(decimal)) throw invalid(`Invalid decimal: ${decimal}`, `${at}[price_data][unit_amount_decimal]`);
          unitAmount = Number(decimal);
        } else {
          throw missing(`${at}[price_data][unit_amount]`);
        }
        const recurring = !isBlank(priceData.recurring);
        if (recurring && mode === 'payment') {
          throw invalid('You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.', `${at}[price_data][recurring]`);
        }
        if (isBlank(item.quantity)) throw missing(`${at}[quantity]`);
        const quantity = readInteger(item.quantity, `${at}[quantity]`, { min: 1, max: 999_999 });
        lineItems.push({ name, description, currency: itemCurrency, unit_amount: unitAmount, quantity, amount: Math.round(unitAmount * quantity), recurring });
      });
      if (mode === 'subscription' && !lineItems.some((item) => item.recurring)) {
        throw invalid('You must provide at least one recurring price in `subscription` mode when using prices.', 'line_items');
      }
    }

    const embedded = uiMode !== 'hosted';
    let successUrl = null;
    if (!isBlank(params.success_url)) {
      if (embedded) throw invalid('`success_url` is not allowed when `ui_mode` is `embedded` or `custom`; use `return_url`.', 'success_url');
      successUrl = readUrl(params.success_url, 'success_url');
    } else if (mode === 'payment' && !embedded) {
      throw missing('success_url');
    }
    const cancelUrl = isBlank(params.cancel_url) ? null : readUrl(params.cancel_url, 'cancel_url');
    const returnUrl = isBlank(params.return_url) ? null : readUrl(params.return_url, 'return_url');

    const created = nowSec();
    let expiresAt = created + DAY;
    if (!isBlank(params.expires_at)) {
      expiresAt = readInteger(params.expires_at, 'expires_at');
      // A caller that computes "now + 30 minutes" from its own clock lands a second or so short.
      if (expiresAt < created + 30 * 60 - EXPIRY_SLACK) {
        throw invalid('The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.', 'expires_at');
      }
      if (expiresAt > created + DAY) {
        throw invalid('The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.', 'expires_at');
      }
    }

    const customerEmail = readString(params.customer_email, 'customer_email', 800);
    if (customerEmail && !/^[^\s@]+@[^\s@]+$/.test(customerEmail)) {
      throw invalid(`Invalid email address: ${customerEmail}`, 'customer_email', 'email_invalid');
    }
    const customer = readString(params.customer, 'customer');
    if (customer) throw noSuch('customer', customer, 'customer', 400);
    const clientReferenceId = readString(params.client_reference_id, 'client_reference_id', 200);
    const metadata = readMetadata(params.metadata);
    if (!isBlank(params.payment_intent_data)) readMetadata(params.payment_intent_data.metadata, 'payment_intent_data[metadata]');
    // API versions from 2026-09-30 (stripe-node 23) no longer take payment_method_types on a
    // Checkout Session, only allowed_payment_method_types (a filter); older ones still do.
    let paymentMethodTypes = ['card'];
    let allowedPaymentMethodTypes = null;
    if (!isBlank(params.payment_method_types)) {
      if (apiVersion >= '2026-09-30') {
        throw invalid(
          'Received unknown parameter: payment_method_types. Did you mean allowed_payment_method_types?',
          'payment_method_types',
          'parameter_unknown',
        );
      }
      if (!Array.isArray(params.payment_method_types)) throw invalid('Invalid array', 'payment_method_types');
      paymentMethodTypes = params.payment_method_types.map(String);
    }
    if (!isBlank(params.allowed_payment_method_types)) {
      if (!Array.isArray(params.allowed_payment_method_types)) throw invalid('Invalid array', 'allowed_payment_method_types');
      allowedPaymentMethodTypes = params.allowed_payment_method_types.map(String);
      paymentMethodTypes = allowedPaymentMethodTypes;
    }

    const amount = lineItems.length ? lineItems.reduce((sum, item) => sum + item.amount, 0) : null;
    const id = randomId('cs_test_', 58);
    const session = {
      id,
      object: 'checkout.session',
      after_expiration: null,
      allow_promotion_codes: readBoolean(params.allow_promotion_codes, 'allow_promotion_codes'),
      allowed_payment_method_types: allowedPaymentMethodTypes,
      amount_subtotal: amount,
      amount_total: amount,
      automatic_tax: { enabled: false, liability: null, provider: null, status: null },
      billing_address_collection: params.billing_address_collection ?? null,
      cancel_url: cancelUrl,
      client_reference_id: clientReferenceId,
      client_secret: embedded ? `${id}_secret_${randomId('', 24)}` : null,
      consent: null,
      consent_collection: null,
      created,
      currency,
      custom_fields: [],
      customer: null,
      customer_creation: mode === 'payment' ? (params.customer_creation ?? 'if_required') : null,
      customer_details: null,
      customer_email: customerEmail,
      expires_at: expiresAt,
      invoice: null,
      livemode: false,
      locale: params.locale ?? null,
      metadata,
      mode,
      payment_intent: null,
      payment_link: null,
      payment_method_types: paymentMethodTypes,
      payment_status: mode === 'setup' ? 'no_payment_required' : 'unpaid',
      recovered_from: null,
      return_url: returnUrl,
      setup_intent: null,
      shipping_address_collection: null,
      shipping_cost: null,
      status: 'open',
      submit_type: params.submit_type ?? null,
      subscription: null,
      success_url: successUrl,
      total_details: amount === null ? null : { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      ui_mode: uiMode,
      url: embedded ? null : `${publicUrl}/checkout/${id}`,
    };
    seq += 1;
    records.set(id, { session, lineItems, seq, charge: null });
    return session;
  }

  const newestFirst = (a, b) => b.session.created - a.session.created || b.seq - a.seq;

  function listSessions(params) {
    const limit = isBlank(params.limit) ? 10 : readInteger(params.limit, 'limit', { min: 1, max: 100 });
    if (!isBlank(params.status) && !['open', 'complete', 'expired'].includes(params.status)) {
      throw invalid('Invalid status: must be one of complete, expired, or open', 'status');
    }
    let created = null;
    if (!isBlank(params.created)) {
      if (typeof params.created === 'object') {
        created = {};
        for (const [key, value] of Object.entries(params.created)) {
          if (!['gt', 'gte', 'lt', 'lte'].includes(key)) throw invalid(`Received unknown parameter: created[${key}]`, `created[${key}]`);
          created[key] = readInteger(value, `created[${key}]`);
        }
      } else {
        const at = readInteger(params.created, 'created');
        created = { gte: at, lte: at };
      }
    }
    const email = params.customer_details && typeof params.customer_details === 'object' ? params.customer_details.email : undefined;
    const matches = (record) => {
      const session = record.session;
      if (!isBlank(params.status) && session.status !== params.status) return false;
      if (!isBlank(params.payment_intent) && session.payment_intent !== params.payment_intent) return false;
      if (!isBlank(params.subscription) && session.subscription !== params.subscription) return false;
      if (!isBlank(email) && session.customer_details?.email !== email) return false;
      if (created) {
        if (created.gt !== undefined && !(session.created > created.gt)) return false;
        if (created.gte !== undefined && !(session.created >= created.gte)) return false;
        if (created.lt !== undefined && !(session.created < created.lt)) return false;
        if (created.lte !== undefined && !(session.created <= created.lte)) return false;
      }
      return true;
    };
    const ordered = [...records.values()].sort(newestFirst);
    const cursorOf = (param) => {
      const id = params[param];
      const record = records.get(id);
      if (!record) throw noSuch('checkout.session', id, param, 400);
      return record;
    };
    let page;
    let hasMore;
    if (!isBlank(params.starting_after) && !isBlank(params.ending_before)) {
      throw invalid('You may only specify one of these parameters: ending_before, starting_after.', 'starting_after');
    }
    if (!isBlank(params.starting_after)) {
      const cursor = cursorOf('starting_after');
      const after = ordered.filter((record) => newestFirst(cursor, record) < 0 && matches(record));
      page = after.slice(0, limit);
      hasMore = after.length > limit;
    } else if (!isBlank(params.ending_before)) {
      const cursor = cursorOf('ending_before');
      const before = ordered.filter((record) => newestFirst(record, cursor) < 0 && matches(record));
      page = before.slice(Math.max(0, before.length - limit));
      hasMore = before.length > limit;
    } else {
      const all = ordered.filter(matches);
      page = all.slice(0, limit);
      hasMore = all.length > limit;
    }
    return { object: 'list', data: page.map((record) => clone(record.session)), has_more: hasMore, url: '/v1/checkout/sessions' };
  }

  // ---- HTTP plumbing ----------------------------------------------------------------------

  const readBody = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(new StripeRequestError(413, { type: 'invalid_request_error', message: 'Request body too large.' }));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const send = (res, status, body, headers = {}) => {
    const payload = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
    res.writeHead(status, {
      'Content-Type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json',
      'Content-Length': Buffer.byteLength(payload),
      'Cache-Control': 'no-cache, no-store',
      ...headers,
    });
    res.end(payload);
  };

  const maskKey = (key) => (key.length <= 12 ? '***' : `${key.slice(0, 8)}${'*'.repeat(Math.max(3, key.length - 12))}${key.slice(-4)}`);

  const authError = (authorization) => {
    if (!options.apiKey) return null;
    let key = null;
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
    const basic = /^Basic\s+(.+)$/i.exec(authorization ?? '');
    if (bearer) key = bearer[1].trim();
    else if (basic) key = Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0];
    if (!key) {
      return new StripeRequestError(401, {
        type: 'invalid_request_error',
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      });
    }
    if (key !== options.apiKey) {
      return new StripeRequestError(401, { type: 'invalid_request_error', code: 'api_key_invalid', message: `Invalid API Key provided: ${maskKey(key)}` });
    }
    return null;
  };

  const unrecognized = (method, path) =>
    new StripeRequestError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    });

  async function handleApi(req, res, url) {
    const requestId = randomId('req_', 14);
    const method = req.method;
    const path = url.pathname;
    const idempotencyKey = req.headers['idempotency-key'] ?? null;
    const headers = {
      'Request-Id': requestId,
      'Stripe-Version': req.headers['stripe-version'] ?? API_VERSION,
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
    };
    const fail = (error) => {
      send(res, error.status, { error: error.body }, { ...headers, 'Stripe-Should-Retry': 'false' });
      log(`${method} ${path} → ${error.status} ${error.body.type}: ${error.body.message}`);
    };

    let params = {};
    try {
      const raw = method === 'GET' || method === 'DELETE' ? url.search.slice(1) : await readBody(req);
      const json = /application\/json/i.test(req.headers['content-type'] ?? '') && method !== 'GET';
      if (json && raw.trim()) {
        try {
          params = JSON.parse(raw);
        } catch {
          throw invalid('Invalid JSON body.', null);
        }
      } else {
        params = parseBracketParams(raw);
      }
    } catch (error) {
      requests.push({ method, path, idempotencyKey, params });
      if (error instanceof StripeRequestError) return fail(error);
      throw error;
    }
    requests.push({ method, path, idempotencyKey, params: clone(params) });

    const denied = authError(req.headers.authorization);
    if (denied) return fail(denied);

    sweep();

    const fingerprint = `${method} ${path} ${canonical(params)}`;
    if (method === 'POST' && idempotencyKey) {
      const stored = idempotent.get(idempotencyKey);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          return fail(
            new StripeRequestError(400, {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            }),
          );
        }
        log(`${method} ${path} → ${stored.status} (idempotent replay of ${stored.requestId})`);
        return send(res, stored.status, stored.body, { ...headers, 'Idempotent-Replayed': 'true', 'Original-Request': stored.requestId });
      }
    }

    let status = 200;
    let body;
    try {
      const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?\/?$/.exec(path);
      if (/^\/v1\/checkout\/sessions\/?$/.test(path) && method === 'POST') {
        body = clone(createSession(params, String(req.headers['stripe-version'] ?? '').slice(0, 10)));
      } else if (/^\/v1\/checkout\/sessions\/?$/.test(path) && method === 'GET') {
        body = listSessions(params);
      } else if (sessionMatch && !sessionMatch[2] && method === 'GET') {
        const id = decodeURIComponent(sessionMatch[1]);
        const record = records.get(id);
        if (!record) throw noSuch('checkout.session', id, 'session');
        body = clone(record.session);
      } else if (sessionMatch && sessionMatch[2] && method === 'POST') {
        const id = decodeURIComponent(sessionMatch[1]);
        const record = records.get(id);
        if (!record) throw noSuch('checkout.session', id, 'session');
        if (record.session.status !== 'open') {
          throw invalid(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${record.session.status}".`, null, 'checkout_session_not_open');
        }
        await expire(id, { id: requestId, idempotencyKey });
        body = clone(record.session);
      } else {
        throw unrecognized(method, path);
      }
    } catch (error) {
      if (error instanceof StripeRequestError) return fail(error);
      throw error;
    }
    if (method === 'POST' && idempotencyKey) idempotent.set(idempotencyKey, { fingerprint, status, body, requestId });
    log(`${method} ${path} → ${status}${body && body.id ? ` ${body.id}` : ''}`);
    return send(res, status, body, headers);
  }

  // ---- the checkout page ------------------------------------------------------------------

  const page = (title, inner) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  :root { color-scheme: light dark; --fg: #1a1f36; --muted: #697386; --line: #e3e8ee; --bg: #f6f9fc; --card: #fff; --accent: #635bff; }
  @media (prefers-color-scheme: dark) { :root { --fg: #e6e9ef; --muted: #9aa3b2; --line: #30363d; --bg: #0d1117; --card: #161b22; } }
  * { box-sizing: border-box; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--bg); color: var(--fg);
         font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { width: min(420px, calc(100vw - 32px)); background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 28px; box-shadow: 0 4px 24px rgb(0 0 0 / 6%); }
  .banner { margin: 0 0 20px; padding: 8px 12px; border-radius: 8px; background: #fff4d6; color: #6b4e00; font-size: 14px; font-weight: 600; }
  h1 { margin: 0 0 4px; font-size: 20px; }
  .muted { color: var(--muted); font-size: 14px; }
  ul { list-style: none; margin: 20px 0; padding: 0; border-top: 1px solid var(--line); }
  li { display: flex; justify-content: space-between; gap: 12px; padding: 10px 0; border-bottom: 1px solid var(--line); }
  .total { display: flex; justify-content: space-between; font-weight: 700; font-size: 18px; margin-bottom: 24px; }
  .actions { display: flex; gap: 12px; }
  form { flex: 1; margin: 0; }
  button { width: 100%; padding: 12px; border-radius: 8px; font: inherit; font-weight: 600; cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
  button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
  button:focus-visible, a:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 50%, transparent); outline-offset: 2px; }
  a { color: var(--accent); }
  code { font-size: 12px; word-break: break-all; }
</style>
</head>
<body>
<main>
<p class="banner" role="note">Test checkout — no real payment</p>
${inner}
</main>
</body>
</html>
`;

  const backLink = (session) => {
    if (session.status === 'complete' && session.success_url) return session.success_url.replace(/\{CHECKOUT_SESSION_ID\}/g, session.id);
    return session.cancel_url ?? session.success_url?.replace(/\{CHECKOUT_SESSION_ID\}/g, session.id) ?? null;
  };

  const renderCheckout = (record) => {
    const session = record.session;
    const items = record.lineItems
      .map(
        (item) =>
          `<li><span>${escapeHtml(item.name)}${item.quantity > 1 ? ` × ${item.quantity}` : ''}</span><span>${escapeHtml(formatAmount(item.amount, item.currency))}</span></li>`,
      )
      .join('\n');
    const title = record.lineItems[0]?.name ?? 'Checkout';
    const summary = `<h1>${escapeHtml(title)}</h1>
${session.customer_email ? `<p class="muted">For ${escapeHtml(session.customer_email)}</p>` : ''}
${record.lineItems.length > 1 || record.lineItems[0]?.quantity > 1 ? `<ul>${items}</ul>` : ''}
<div class="total"><span>Total</span><span data-testid="amount">${escapeHtml(formatAmount(session.amount_total, session.currency))}</span></div>`;
    if (session.status === 'open') {
      const base = `/checkout/${encodeURIComponent(session.id)}`;
      return page(
        `Pay ${formatAmount(session.amount_total, session.currency)} — test checkout`,
        `${summary}
<div class="actions">
<form method="post" action="${base}/cancel"><button type="submit">Cancel</button></form>
<form method="post" action="${base}/pay"><button type="submit" class="primary">Pay</button></form>
</div>
<p class="muted"><code>${escapeHtml(session.id)}</code></p>`,
      );
    }
    const state = session.status === 'complete' ? `This checkout is complete (${session.payment_status.replace(/_/g, ' ')}).` : 'This checkout has expired or was cancelled.';
    const back = backLink(session);
    return page(
      `Checkout ${session.status} — test checkout`,
      `${summary}
<p role="status">${escapeHtml(state)}</p>
${back ? `<p><a href="${escapeHtml(back)}">Back to the site</a></p>` : ''}
<p class="muted"><code>${escapeHtml(session.id)}</code></p>`,
    );
  };

  async function handleCheckout(req, res, url) {
    const match = /^\/checkout\/([^/]+)(?:\/(pay|cancel))?\/?$/.exec(url.pathname);
    const notFound = () => send(res, 404, page('No such checkout — test checkout', '<h1>No such checkout session</h1><p class="muted">It may belong to an earlier run of the stand-in, which keeps sessions in memory.</p>'));
    if (!match) return notFound();
    const id = decodeURIComponent(match[1]);
    const action = match[2];
    sweep();
    const record = records.get(id);
    if (!record) return notFound();
    const self = `/checkout/${encodeURIComponent(id)}`;
    if (!action) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, page('Method not allowed', '<h1>Method not allowed</h1>'), { Allow: 'GET' });
      return send(res, 200, renderCheckout(record));
    }
    if (req.method !== 'POST') return send(res, 405, page('Method not allowed', '<h1>Method not allowed</h1>'), { Allow: 'POST' });
    await readBody(req);
    if (record.session.status !== 'open') return send(res, 303, '', { Location: self });
    if (action === 'pay') {
      await pay(id);
      const target = record.session.success_url?.replace(/\{CHECKOUT_SESSION_ID\}/g, id) ?? self;
      return send(res, 303, '', { Location: target });
    }
    await expire(id);
    return send(res, 303, '', { Location: record.session.cancel_url ?? self });
  }

  // ---- the server -------------------------------------------------------------------------

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in.invalid');
    const handle = url.pathname.startsWith('/checkout/') ? handleCheckout : handleApi;
    handle(req, res, url).catch((error) => {
      log(`${req.method} ${url.pathname} failed: ${error.stack ?? error}`);
      if (error instanceof StripeRequestError) {
        if (!res.headersSent) send(res, error.status, { error: error.body }, { 'Stripe-Should-Retry': 'false' });
        return;
      }
      if (!res.headersSent) {
        send(res, 500, { error: { type: 'api_error', message: `Stripe stand-in failed: ${error.message}` } }, { 'Stripe-Should-Retry': 'false' });
      } else {
        res.destroy();
      }
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = server.address().port;
  const ownUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  publicUrl = (options.publicUrl ?? ownUrl).replace(/\/+$/, '');

  let closing = null;
  const standIn = {
    url: ownUrl,
    apiBase: ownUrl,
    publicUrl,
    host,
    port,
    requests,
    events,
    deliveries,
    get webhookUrl() {
      return webhookUrl;
    },
    sessions() {
      sweep();
      return [...records.values()].sort(newestFirst).map((record) => clone(record.session));
    },
    session(id) {
      sweep();
      const record = records.get(id);
      return record ? clone(record.session) : undefined;
    },
    charge(sessionId) {
      const record = records.get(sessionId);
      return record?.charge ? clone(record.charge) : undefined;
    },
    pay,
    expire: (sessionId) => expire(sessionId),
    refund,
    event: (type, object) => event(type, object),
    signedHeader,
    deliver,
    setWebhookUrl(next) {
      webhookUrl = next ?? null;
    },
    close() {
      if (!closing) {
        closing = (async () => {
          await Promise.allSettled([...pending]);
          await new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections?.();
          });
        })();
      }
      return closing;
    },
  };
  return standIn;
}

module.exports = { startStripeStandIn, parseBracketParams };

if (require.main === module) {
  const env = process.env;
  // STRIPE_STAND_IN_PORT wins over PORT: Strapi reads PORT too, so a PORT meant for Strapi in the
  // environment would otherwise move the stand-in onto Strapi's port.
  const port = Number(env.STRIPE_STAND_IN_PORT || env.PORT || 12111);
  const webhookUrl = env.STRIPE_WEBHOOK_URL ?? 'http://127.0.0.1:1337/api/helpdesk/stripe/webhook';
  startStripeStandIn({
    port,
    host: env.STRIPE_STAND_IN_HOST || '127.0.0.1',
    webhookUrl: webhookUrl === '' ? null : webhookUrl,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET || 'whsec_playground',
    apiKey: env.STRIPE_SECRET_KEY || undefined,
    publicUrl: env.STRIPE_STAND_IN_PUBLIC_URL || undefined,
    log: (line) => console.log(`[stripe stand-in] ${line}`),
  }).then(
    (standIn) => {
      console.log(`Stripe stand-in: API and test checkout at ${standIn.url}, webhooks to ${standIn.webhookUrl ?? '(none)'}`);
      const stop = () => standIn.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(`Stripe stand-in could not start on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
