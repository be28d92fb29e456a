import fc from 'fast-check';
import request from 'supertest';
import Stripe from 'stripe';
import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';
import {
  deepMutation,
  encodeComponent,
  encodeQuery,
  fieldMutations,
  oddTextMutation,
  unknownFieldMutation,
  wrongBodyMutation,
  type Field,
  type FieldKind,
  type Input,
  type Mutation,
  type Where,
} from '../helpers/hostile';
import { CREDIT_TRANSACTION_KINDS } from '../../server/src/domain/credits';
import { QUEUE_SORTS, TICKET_STATUSES as STATUSES } from '../../server/src/domain/tickets';
import { bootWithPayments, WEBHOOK_SECRET, type PaymentsApp } from '../helpers/payments';
import { openEventStream } from '../helpers/event-stream';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

/**
 * Generated bad input on every route (fast-check): wrong types, huge and empty values, control
 * characters and odd Unicode, extended and far-future dates, unknown fields and parameters, and
 * content-API operators in `filters`. A route refuses what is wrong with a 4xx that names the
 * field and writes nothing; odd but acceptable text it may take, but nothing answers a 5xx.
 */

const RUNS = Number(process.env.HOSTILE_RUNS ?? 30);
const LANGUAGES = ['en', 'nl', 'fr', 'de', 'es', 'it', 'ru'] as const;
/** Settings where null means something: no holiday country or region, no resolution target. */
const NULLABLE_SETTINGS = ['holidays.country', 'holidays.region', 'resolution'];

type Auth = 'public' | 'customer' | 'staff';

interface Route {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  auth: Auth;
  valid: () => Input;
  fields?: Field[];
  /** Objects of the input that take no keys besides the ones listed. */
  strict?: Array<{ where: Where; path: string[]; known: string[] }>;
  /** Free-text fields where odd text may be taken. */
  freeText?: Field[];
  /** Nested bodies broken anywhere. */
  deep?: Array<{ root: string[]; value: () => unknown; nullable?: string[] }>;
  /** Extra hostile inputs of the route's own. */
  extra?: () => fc.Arbitrary<Mutation>;
  /** Takes a JSON body. */
  body?: boolean;
  /** Answers a well-formed request with an event stream that stays open. */
  stream?: boolean;
}

const field = (where: Where, path: string | string[], is: FieldKind, options: { required?: boolean; nullable?: boolean } = {}): Field => ({
  where,
  path: Array.isArray(path) ? path : path.split('.'),
  is,
  ...options,
});
const input = (parts: Partial<Input>): Input => ({ query: {}, body: undefined, params: {}, headers: {}, ...parts });
const text = (max: number, extra: Partial<Extract<FieldKind, { kind: 'text' }>> = {}): FieldKind => ({ kind: 'text', max, min: 1, trimmed: true, nul: 'refused', ...extra });
const int = (min: number, max: number): FieldKind => ({ kind: 'int', min, max });
const oneOf = (...values: string[]): FieldKind => ({ kind: 'enum', values });
const DOCUMENT_ID: FieldKind = { kind: 'documentId' };
const LOCALE: FieldKind = { kind: 'locale' };
const strictQuery = (...known: string[]) => ({ where: 'query' as const, path: [], known });
const strictData = (...known: string[]) => [
  { where: 'body' as const, path: [], known: ['data'] },
  { where: 'body' as const, path: ['data'], known },
];
const documentIdParam = field('params', 'documentId', DOCUMENT_ID);
/** `page` and `pageSize` of a paged list, up to page `maxPage`. */
const paging = (maxPage: number) => [field('query', 'page', int(1, maxPage)), field('query', 'pageSize', int(1, 100))];
const customerParam = field('params', 'customerId', { kind: 'id' });
/** A resuming stream's `Last-Event-ID` that is no event id (ASCII only: a client cannot send other bytes in a header). */
const badLastEventIds = (): fc.Arbitrary<Mutation> =>
  fc
    .oneof(
      fc.constantFrom('0', '-1', '1.5', '1e3', '0x10', 'abc', '99999999999', '1;DROP TABLE up_users', '9'.repeat(5000), 'null', '[1]'),
      fc.stringMatching(/^[\x21-\x7e]{1,40}$/).filter((value) => !/^[1-9]\d{0,9}$/.test(value))
    )
    .map((value) => ({
      label: `headers.Last-Event-ID = ${JSON.stringify(value.slice(0, 40))}`,
      expect: 'refused' as const,
      names: 'headers.Last-Event-ID',
      apply: (sent: Input): Input => ({ ...sent, headers: { ...sent.headers, 'Last-Event-ID': value } }),
    }));

describe('hostile input on every route', () => {
  let payments: PaymentsApp;
  let customer: Customer;
  let staff: StaffMember;
  let ticket: string;
  let resolvable: string;
  let faq: string;
  let mailId: string;
  let pack: string;
  let settings: Record<string, any>;
  const tried = new Map<string, { refused: number; survived: number }>();

  const app = () => payments.app;

  beforeAll(async () => {
    payments = await bootWithPayments({
      pluginConfig: {
        rateLimits: { createTicket: { points: 100_000 }, reply: { points: 100_000 }, search: { points: 100_000 } },
        // Nothing moves by itself while the suite watches the tables.
        mail: { outbox: { enabled: false } },
        slaSweeper: { enabled: false },
      },
    });
    pinClock(app().strapi, '2026-03-10T10:00:00Z');
    customer = await createCustomer(app().strapi);
    staff = await createStaff(app().strapi, app().server, { superAdmin: true });
    faq = (await documents(app().strapi, 'plugin::helpdesk.faq').create({ locale: 'en', data: { question: 'How do I reset my password?', answer: 'Use the reset link.' }, status: 'published' })).documentId;
    const file = async (subject: string) => {
      const response = await request(app().server).post('/api/helpdesk/tickets').set('Authorization', `Bearer ${customer.jwt}`).send({ data: { subject, body: 'It does not arrive.' } });
      expect(response.status).toBe(201);
      return response.body.data.documentId as string;
    };
    ticket = await file('My parcel never arrived');
    resolvable = await file('Please close this one');
    const mail = await app().strapi.db.query('plugin::helpdesk.mail-outbox').findOne({ where: { ticketDocumentId: ticket } });
    mailId = String(mail.id);
    pack = (await request(app().server).get('/api/helpdesk/credits/packs').set('Authorization', `Bearer ${customer.jwt}`)).body.data[0].id;
    settings = (await request(app().server).get('/helpdesk/settings').set('Authorization', `Bearer ${staff.token}`)).body.data;
  });

  afterAll(async () => {
    const rows = [...tried].map(([route, counts]) => `${route.padEnd(58)} ${String(counts.refused).padStart(4)} refused ${String(counts.survived).padStart(4)} survived`);
    const total = [...tried.values()].reduce((sum, counts) => sum + counts.refused + counts.survived, 0);
    console.log(`hostile inputs tried per route (${total} in all):\n${rows.join('\n')}`);
    await payments?.stop();
  });

  /** Row counts and last writes of every table the plugin and its users live in, and the settings. */
  const fingerprint = async () => {
    const strapi = app().strapi;
    const knex = strapi.db.connection;
    const uids = [...Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('plugin::helpdesk.') && uid !== 'plugin::helpdesk.job-lease'), 'plugin::users-permissions.user', 'admin::user', 'plugin::upload.file'];
    const columns = uids.flatMap((uid, index) => {
      const meta = strapi.db.metadata.get(uid as any);
      const updated = (meta.attributes.updatedAt as { columnName?: string } | undefined)?.columnName;
      return [knex(meta.tableName).count('*').as(`c${index}`), ...(updated ? [knex(meta.tableName).max(updated).as(`u${index}`)] : [])];
    });
    const settingsRow = knex('strapi_core_store_settings').where('key', 'plugin_helpdesk_settings').select('value').as('settings');
    const [row] = await knex.select(...columns, settingsRow);
    return row as Record<string, unknown>;
  };
  /** The fingerprint once writes a request left behind (a rollup, a re-score) have landed. */
  const settled = async () => {
    let last = JSON.stringify(await fingerprint());
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      const next = JSON.stringify(await fingerprint());
      if (next === last) return next;
      last = next;
    }
  };
  const changes = (before: string, after: string) => {
    const [was, is] = [JSON.parse(before), JSON.parse(after)];
    return Object.keys(is).filter((key) => String(was[key]) !== String(is[key])).map((key) => `${key}: ${was[key]} → ${is[key]}`).join(', ');
  };

  const send = (route: Route, sent: Input) => {
    let path = route.path.replace(/:(\w+)/g, (_, name: string) => encodeComponent(sent.params[name]));
    const query = encodeQuery(sent.query);
    if (query) path += `?${query}`;
    if (route.stream) {
      const headers: Record<string, string> = { ...sent.headers };
      if (route.auth === 'customer') headers.authorization = `Bearer ${customer.jwt}`;
      if (route.auth === 'staff') headers.authorization = `Bearer ${staff.token}`;
      // What the stream answered with; one that opened is closed again at once.
      return openEventStream(`http://127.0.0.1:${app().server.address().port}${path}`, headers).then((stream) => {
        stream.close();
        return { status: stream.status, body: stream.body };
      });
    }
    let call = request(app().server)[route.method](path);
    if (route.auth === 'customer') call = call.set('Authorization', `Bearer ${customer.jwt}`);
    if (route.auth === 'staff') call = call.set('Authorization', `Bearer ${staff.token}`);
    for (const [name, value] of Object.entries(sent.headers)) call = call.set(name, value);
    if (sent.rawBody !== undefined) return call.set('Content-Type', 'application/json').send(sent.rawBody);
    if (sent.body !== undefined) return call.set('Content-Type', 'application/json').send(JSON.stringify(sent.body));
    return call;
  };

  const mutationsOf = (route: Route): fc.Arbitrary<Mutation> => {
    const options: Array<fc.Arbitrary<Mutation>> = [
      ...(route.fields ?? []).map(fieldMutations),
      ...(route.freeText ?? []).map(oddTextMutation),
      ...(route.deep ?? []).map((deep) => deepMutation('body', deep.root, deep.value(), deep.nullable)),
      ...(route.strict?.length ? [unknownFieldMutation(route.strict)] : []),
      ...(route.body ? [wrongBodyMutation] : []),
      ...(route.extra ? [route.extra()] : []),
    ];
    return fc.oneof(...options);
  };

  /** A ticket's live thread, on either side: its id, no query, and a resume id that must be one of ours. */
  const ticketStream = (path: string, auth: Auth): Route => ({
    method: 'get',
    path,
    auth,
    stream: true,
    valid: () => input({ params: { documentId: ticket } }),
    fields: [documentIdParam],
    strict: [strictQuery()],
    extra: badLastEventIds,
  });

  const routes: Route[] = [
    // Public.
    {
      method: 'get',
      path: '/api/helpdesk/availability',
      auth: 'public',
      valid: () => input({ query: { at: '2026-03-10T15:59:00+01:00', tier: 'priority' } }),
      fields: [field('query', 'at', { kind: 'instant' }), field('query', 'tier', oneOf('standard', 'priority'))],
      strict: [strictQuery('at', 'tier')],
    },
    {
      method: 'get',
      path: '/api/helpdesk/faq/search',
      auth: 'public',
      valid: () => input({ query: { q: 'reset password', locale: 'en', limit: '5' } }),
      fields: [field('query', 'q', text(200, { min: 2, nul: 'allowed' })), field('query', 'locale', LOCALE), field('query', 'limit', int(1, 20))],
      freeText: [field('query', 'q', text(200))],
      strict: [strictQuery('q', 'locale', 'limit')],
    },
    {
      method: 'get',
      path: '/api/helpdesk/faq/:documentId',
      auth: 'public',
      valid: () => input({ params: { documentId: faq }, query: { locale: 'en' } }),
      fields: [documentIdParam, field('query', 'locale', LOCALE)],
      strict: [strictQuery('locale')],
    },
    {
      method: 'get',
      path: '/api/helpdesk/incident-classes',
      auth: 'public',
      valid: () => input({ query: { locale: 'nl' } }),
      fields: [field('query', 'locale', LOCALE)],
      strict: [strictQuery('locale')],
    },
    {
      method: 'post',
      path: '/api/helpdesk/deflections',
      auth: 'public',
      body: true,
      valid: () => input({ body: { data: { source: 'faq', documentId: faq, query: 'reset password', locale: 'en' } } }),
      fields: [
        field('body', 'data.source', text(255, { nul: 'allowed' }), { required: true }),
        field('body', 'data.documentId', DOCUMENT_ID, { required: true }),
        field('body', 'data.query', text(200, { min: 0, nul: 'refused' })),
        field('body', 'data.locale', LOCALE),
      ],
      freeText: [field('body', 'data.query', text(200))],
      strict: strictData('source', 'documentId', 'query', 'locale'),
    },
    {
      method: 'get',
      path: '/api/helpdesk/widget/:file',
      auth: 'public',
      valid: () => input({ params: { file: 'loader.js' } }),
      // Static files: any other name is simply not there.
      extra: () =>
        fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).map((name) => ({
          label: `file ${JSON.stringify(name)}`,
          expect: 'survived' as const,
          apply: (sent: Input) => ({ ...sent, params: { file: name } }),
        })),
    },
    // Customer.
    {
      method: 'post',
      path: '/api/helpdesk/tickets',
      auth: 'customer',
      body: true,
      valid: () => input({ body: { data: { subject: 'Where is my parcel?', body: 'Ordered last week.', locale: 'en', tier: 'standard' } } }),
      fields: [
        field('body', 'data.subject', text(200), { required: true }),
        field('body', 'data.body', text(20_000), { required: true }),
        field('body', 'data.incidentClass', DOCUMENT_ID),
        field('body', 'data.locale', oneOf(...LANGUAGES)),
        field('body', 'data.tier', oneOf('standard', 'priority')),
      ],
      freeText: [field('body', 'data.subject', text(200)), field('body', 'data.body', text(20_000))],
      strict: strictData('subject', 'body', 'incidentClass', 'locale', 'tier'),
    },
    {
      method: 'get',
      path: '/api/helpdesk/tickets',
      auth: 'customer',
      valid: () => input({ query: { page: '1', pageSize: '10' } }),
      fields: paging(10_000),
      strict: [strictQuery('page', 'pageSize')],
    },
    {
      method: 'post',
      path: '/api/helpdesk/chats',
      auth: 'customer',
      body: true,
      valid: () => input({ body: { data: { body: 'Is anyone there? My order is stuck.', locale: 'en' } } }),
      fields: [field('body', 'data.body', text(20_000), { required: true }), field('body', 'data.locale', oneOf(...LANGUAGES))],
      freeText: [field('body', 'data.body', text(20_000))],
      strict: strictData('body', 'locale'),
    },
    { method: 'get', path: '/api/helpdesk/tickets/form', auth: 'customer', valid: () => input({}), strict: [strictQuery()] },
    {
      method: 'post',
      path: '/api/helpdesk/tickets/check',
      auth: 'customer',
      body: true,
      valid: () => input({ body: { data: { subject: 'Two things', body: 'Where is my parcel? And can I change my address?' } } }),
      fields: [field('body', 'data.subject', text(200, { min: 0, nul: 'allowed' })), field('body', 'data.body', text(20_000, { min: 0, nul: 'allowed' }), { required: true })],
      freeText: [field('body', 'data.subject', text(200)), field('body', 'data.body', text(20_000))],
      strict: strictData('subject', 'body'),
    },
    {
      method: 'get',
      path: '/api/helpdesk/tickets/:documentId',
      auth: 'customer',
      valid: () => input({ params: { documentId: ticket } }),
      fields: [documentIdParam],
      strict: [strictQuery()],
    },
    {
      method: 'post',
      path: '/api/helpdesk/tickets/:documentId/messages',
      auth: 'customer',
      body: true,
      valid: () => input({ params: { documentId: ticket }, body: { data: { body: 'Any news?' } } }),
      fields: [documentIdParam, field('body', 'data.body', text(20_000), { required: true })],
      freeText: [field('body', 'data.body', text(20_000))],
      strict: strictData('body'),
    },
    ticketStream('/api/helpdesk/tickets/:documentId/events', 'customer'),
    ...(['typing', 'resolve', 'confirm-credits', 'cancel-priority'] as const).map(
      (action): Route => ({
        method: 'post',
        path: `/api/helpdesk/tickets/:documentId/${action}`,
        auth: 'customer',
        valid: () => input({ params: { documentId: action === 'resolve' ? resolvable : ticket }, body: {} }),
        fields: [documentIdParam],
        strict: [{ where: 'body', path: [], known: [] }],
      })
    ),
    {
      method: 'get',
      path: '/api/helpdesk/credits',
      auth: 'customer',
      valid: () => input({ query: { page: '1', pageSize: '25' } }),
      fields: paging(10_000),
      strict: [strictQuery('page', 'pageSize')],
    },
    { method: 'get', path: '/api/helpdesk/credits/packs', auth: 'customer', valid: () => input({}), strict: [strictQuery()] },
    {
      method: 'post',
      path: '/api/helpdesk/credits/checkout',
      auth: 'customer',
      body: true,
      valid: () => input({ body: { data: { pack, locale: 'nl' } } }),
      fields: [field('body', 'data.pack', text(40, { trimmed: false, nul: 'allowed' }), { required: true }), field('body', 'data.locale', oneOf(...LANGUAGES))],
      strict: strictData('pack', 'locale'),
    },
    // Stripe's webhook: the signature over the raw body is its only authentication.
    {
      method: 'post',
      path: '/api/helpdesk/stripe/webhook',
      auth: 'public',
      valid: () => input({ body: { id: 'evt_unsigned', type: 'checkout.session.completed', data: { object: {} } } }),
      extra: () =>
        fc.oneof(
          fc.tuple(fc.jsonValue(), fc.option(fc.oneof(fc.string({ unit: 'binary' }).filter((value) => value.length > 0 && !/[\r\n\u0000-\u001f\u007f-\uffff]/.test(value)), fc.constantFrom('t=1,v1=abc', `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`)), { nil: undefined })).map(([body, signature]) => ({
            label: `unsigned ${JSON.stringify(body)?.slice(0, 40)} signed ${JSON.stringify(signature)}`,
            expect: 'refused' as const,
            // The body parser refuses JSON that is no object or array, and `__proto__` keys, before the signature is read.
            names: body !== null && typeof body === 'object' && !JSON.stringify(body).includes('"__proto__"') ? 'headers.stripe-signature' : undefined,
            apply: (sent: Input): Input => ({ ...sent, body, headers: signature === undefined ? {} : { 'stripe-signature': signature } }),
          })),
          // Well signed but made up: a leaked secret must not get further than a refusal either.
          fc
            .record({
              id: fc.oneof(fc.string(), fc.constant('evt_made_up')),
              type: fc.constantFrom('checkout.session.completed', 'checkout.session.expired', 'checkout.session.async_payment_failed', 'charge.refunded', 'invoice.paid'),
              data: fc.record({ object: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.record({ id: fc.string(), object: fc.constant('checkout.session'), metadata: fc.dictionary(fc.constantFrom('kind', 'customerId', 'ticketDocumentId', 'pack', 'credits'), fc.oneof(fc.string(), fc.integer().map(String))), payment_status: fc.constantFrom('paid', 'unpaid', 'no_payment_required', 'x'), amount_total: fc.oneof(fc.integer(), fc.constant(null)) })) }),
            })
            .map((event) => {
              const payload = JSON.stringify(event);
              return {
                label: `signed ${payload.slice(0, 60)}`,
                expect: 'survived' as const,
                apply: (sent: Input) => ({ ...sent, body: undefined, rawBody: payload, headers: { 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) } }),
              };
            })
        ),
    },
    // Staff.
    { method: 'get', path: '/helpdesk/settings', auth: 'staff', valid: () => input({}), strict: [strictQuery()] },
    {
      method: 'put',
      path: '/helpdesk/settings',
      auth: 'staff',
      body: true,
      valid: () => input({ body: { data: { fairUse: settings.fairUse, credits: settings.credits } } }),
      deep: [
        { root: ['data'], value: () => ({ sla: settings.sla }), nullable: NULLABLE_SETTINGS },
        { root: ['data'], value: () => ({ fairUse: settings.fairUse, credits: settings.credits }) },
      ],
      strict: [{ where: 'body', path: [], known: ['data'] }, { where: 'body', path: ['data'], known: ['sla', 'fairUse', 'credits'] }],
    },
    { method: 'get', path: '/helpdesk/settings/status', auth: 'staff', valid: () => input({}), strict: [strictQuery()] },
    {
      method: 'post',
      path: '/helpdesk/settings/test-mail',
      auth: 'staff',
      body: true,
      valid: () => input({ body: { data: {} } }),
      fields: [field('body', 'data.to', { kind: 'email' })],
      strict: strictData('to'),
    },
    {
      method: 'get',
      path: '/helpdesk/settings/holiday-regions',
      auth: 'staff',
      valid: () => input({ query: { locale: 'de' } }),
      fields: [field('query', 'locale', LOCALE)],
      strict: [strictQuery('locale')],
    },
    {
      method: 'post',
      path: '/helpdesk/settings/preview/holidays',
      auth: 'staff',
      body: true,
      valid: () => input({ body: { data: { calendar: settings.sla.staffedHours, from: '2026-01-01', months: 12 } } }),
      fields: [field('body', 'data.from', { kind: 'date' }), field('body', 'data.months', int(1, 24))],
      deep: [{ root: ['data'], value: () => ({ calendar: settings.sla.staffedHours }), nullable: NULLABLE_SETTINGS }],
      strict: strictData('calendar', 'from', 'months'),
    },
    {
      method: 'post',
      path: '/helpdesk/settings/preview/due',
      auth: 'staff',
      body: true,
      valid: () => input({ body: { data: { receivedAt: '2026-03-10T15:59:00+01:00', sla: settings.sla } } }),
      fields: [field('body', 'data.receivedAt', { kind: 'instant' }, { required: true })],
      deep: [{ root: ['data'], value: () => ({ sla: settings.sla }), nullable: NULLABLE_SETTINGS }],
      strict: strictData('receivedAt', 'sla'),
    },
    {
      method: 'post',
      path: '/helpdesk/settings/preview/fair-use',
      auth: 'staff',
      body: true,
      valid: () => input({ body: { data: { fairUse: settings.fairUse } } }),
      deep: [{ root: ['data'], value: () => ({ fairUse: settings.fairUse }) }],
      strict: strictData('fairUse'),
    },
    {
      method: 'get',
      path: '/helpdesk/tickets',
      auth: 'staff',
      valid: () => input({ query: { status: 'new,open', tier: 'standard', assignee: 'none', breached: 'false', q: 'parcel', sort: 'queue', page: '1', pageSize: '25' } }),
      fields: [
        field('query', 'status', oneOf(...STATUSES)),
        field('query', 'tier', oneOf('standard', 'priority')),
        field('query', 'assignee', { kind: 'id' }),
        field('query', 'breached', oneOf('true', 'false')),
        field('query', 'customer', { kind: 'email' }),
        field('query', 'q', text(200, { control: 'refused' })),
        field('query', 'createdAfter', { kind: 'instant' }),
        field('query', 'dueWithin', int(1, 7 * 24 * 60)),
        field('query', 'sort', oneOf(...QUEUE_SORTS)),
        ...paging(1_000_000),
      ],
      freeText: [field('query', 'q', text(200))],
      strict: [strictQuery('status', 'tier', 'assignee', 'breached', 'customer', 'q', 'createdAfter', 'dueWithin', 'sort', 'page', 'pageSize')],
    },
    ...(['', '/mails'] as const).map(
      (suffix): Route => ({
        method: 'get',
        path: `/helpdesk/tickets/:documentId${suffix}`,
        auth: 'staff',
        valid: () => input({ params: { documentId: ticket } }),
        fields: [documentIdParam],
        strict: [strictQuery()],
      })
    ),
    ticketStream('/helpdesk/tickets/:documentId/events', 'staff'),
    {
      method: 'post',
      path: '/helpdesk/tickets/:documentId/typing',
      auth: 'staff',
      valid: () => input({ params: { documentId: ticket }, body: {} }),
      fields: [documentIdParam],
      strict: [{ where: 'body', path: [], known: [] }],
    },
    ...(['reply', 'notes'] as const).map(
      (action): Route => ({
        method: 'post',
        path: `/helpdesk/tickets/:documentId/${action}`,
        auth: 'staff',
        body: true,
        valid: () => input({ params: { documentId: ticket }, body: { data: { body: 'We are looking into it.', minutes: 5 } } }),
        fields: [documentIdParam, field('body', 'data.body', text(20_000, { trimmed: true }), { required: true }), field('body', 'data.minutes', int(1, 24 * 60))],
        freeText: [field('body', 'data.body', text(20_000))],
        strict: strictData('body', 'minutes'),
      })
    ),
    {
      method: 'put',
      path: '/helpdesk/tickets/:documentId/status',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { documentId: ticket }, body: { data: { status: 'open' } } }),
      fields: [documentIdParam, field('body', 'data.status', oneOf(...STATUSES), { required: true })],
      strict: strictData('status'),
    },
    {
      method: 'put',
      path: '/helpdesk/tickets/:documentId/assignee',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { documentId: ticket }, body: { data: { assignee: staff.id } } }),
      fields: [documentIdParam, field('body', 'data.assignee', int(1, 2_147_483_647), { required: true, nullable: true })],
      strict: strictData('assignee'),
    },
    {
      method: 'put',
      path: '/helpdesk/tickets/:documentId/tier',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { documentId: ticket }, body: { data: { tier: 'standard' } } }),
      fields: [documentIdParam, field('body', 'data.tier', oneOf('standard', 'priority'), { required: true })],
      strict: strictData('tier'),
    },
    {
      method: 'post',
      path: '/helpdesk/tickets/:documentId/mails/:mailId/resend',
      auth: 'staff',
      valid: () => input({ params: { documentId: ticket, mailId } }),
      fields: [documentIdParam, field('params', 'mailId', { kind: 'id' })],
    },
    {
      method: 'put',
      path: '/helpdesk/tickets/:documentId/estimate',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { documentId: ticket }, body: { data: { credits: 3 } } }),
      fields: [documentIdParam, field('body', 'data.credits', int(1, 10_000), { required: true })],
      strict: strictData('credits'),
    },
    {
      method: 'post',
      path: '/helpdesk/tickets/:documentId/time',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { documentId: ticket }, body: { data: { minutes: 15 } } }),
      fields: [documentIdParam, field('body', 'data.minutes', int(1, 24 * 60), { required: true })],
      strict: strictData('minutes'),
    },
    {
      method: 'get',
      path: '/helpdesk/stats',
      auth: 'staff',
      valid: () => input({ query: { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z', tier: 'priority', format: 'json' } }),
      fields: [
        field('query', 'from', { kind: 'instant' }),
        field('query', 'to', { kind: 'instant' }),
        field('query', 'tier', oneOf('standard', 'priority')),
        field('query', 'format', oneOf('json', 'csv')),
      ],
      strict: [strictQuery('from', 'to', 'tier', 'format')],
    },
    { method: 'get', path: '/helpdesk/assignees', auth: 'staff', valid: () => input({}), strict: [strictQuery()] },
    ...(['get', 'delete'] as const).map(
      (method): Route => ({
        method,
        path: '/helpdesk/customers/:customerId/fair-use',
        auth: 'staff',
        valid: () => input({ params: { customerId: String(customer.id) } }),
        fields: [customerParam],
        strict: [strictQuery()],
      })
    ),
    {
      method: 'put',
      path: '/helpdesk/customers/:customerId/fair-use',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { customerId: String(customer.id) }, body: { data: { mode: 'pin', score: 40, reason: 'Agreed on the phone' } } }),
      fields: [
        customerParam,
        field('body', 'data.mode', oneOf('clear', 'pin'), { required: true }),
        field('body', 'data.score', int(0, 100)),
        field('body', 'data.reason', text(500, { min: 3 }), { required: true }),
      ],
      freeText: [field('body', 'data.reason', text(500))],
      strict: strictData('mode', 'score', 'reason'),
    },
    {
      method: 'get',
      path: '/helpdesk/customers/:customerId/credits',
      auth: 'staff',
      valid: () => input({ params: { customerId: String(customer.id) }, query: { page: '1', pageSize: '25' } }),
      fields: [customerParam, ...paging(1_000_000)],
      strict: [strictQuery('page', 'pageSize')],
    },
    {
      method: 'post',
      path: '/helpdesk/customers/:customerId/credits',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { customerId: String(customer.id) }, body: { data: { kind: 'grant', credits: 2, reason: 'Goodwill' } } }),
      fields: [
        customerParam,
        field('body', 'data.kind', oneOf('grant', 'refund', 'adjustment'), { required: true }),
        field('body', 'data.credits', int(1, 10_000), { required: true }),
        field('body', 'data.reason', text(500), { required: true }),
        field('body', 'data.requestId', { kind: 'text', max: 64, min: 8, nul: 'refused' }),
      ],
      freeText: [field('body', 'data.reason', text(500))],
      strict: strictData('kind', 'credits', 'reason', 'requestId'),
    },
    {
      method: 'put',
      path: '/helpdesk/customers/:customerId/support-from',
      auth: 'staff',
      body: true,
      valid: () => input({ params: { customerId: String(customer.id) }, body: { data: { supportFrom: '2026-01-01T00:00:00Z' } } }),
      fields: [customerParam, field('body', 'data.supportFrom', { kind: 'instant' }, { required: true })],
      strict: strictData('supportFrom'),
    },
    {
      method: 'get',
      path: '/helpdesk/credits/transactions',
      auth: 'staff',
      valid: () => input({ query: { customer: String(customer.id), kind: 'grant', page: '1', pageSize: '25' } }),
      fields: [
        field('query', 'customer', { kind: 'id' }),
        field('query', 'kind', oneOf(...CREDIT_TRANSACTION_KINDS)),
        ...paging(1_000_000),
      ],
      strict: [strictQuery('customer', 'kind', 'page', 'pageSize')],
    },
  ];

  it('stores text with half a surrogate pair as U+FFFD, also where it goes into JSON (the override, the receipt)', async () => {
    // JSON.stringify keeps a lone surrogate as the escape \udc00, which PostgreSQL's jsonb refuses: this was a 500.
    const override = await request(app().server)
      .put(`/helpdesk/customers/${customer.id}/fair-use`)
      .set('Authorization', `Bearer ${staff.token}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ data: { mode: 'pin', score: 20, reason: 'agreed \udc00 by phone' } }));
    expect(override.status).toBe(200);
    expect(override.body.data.override.reason).toBe('agreed \ufffd by phone');
    const filed = await request(app().server)
      .post('/api/helpdesk/tickets')
      .set('Authorization', `Bearer ${customer.jwt}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ data: { subject: 'Broken \ud800 name', body: 'See the subject.' } }));
    expect(filed.status).toBe(201);
    expect(filed.body.data.subject).toBe('Broken \ufffd name');
    const receipt = await app().strapi.db.query('plugin::helpdesk.mail-outbox').findOne({ where: { ticketDocumentId: filed.body.data.documentId } });
    expect(receipt.payload.subject).toBe('Broken \ufffd name');
  });

  it.each(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))('%s', async (name, route) => {
    const baseline = await send(route, route.valid());
    // The well-formed request gets through: what follows is refused for its input, not its access.
    expect({ status: baseline.status, error: baseline.body?.error?.message }).toEqual({ status: expect.any(Number), error: baseline.status >= 400 ? expect.any(String) : undefined });
    expect(baseline.status).toBeLessThan(500);
    expect([401, 403, 405]).not.toContain(baseline.status);

    const counts = { refused: 0, survived: 0 };
    tried.set(name, counts);
    let before = await settled();
    await fc.assert(
      fc.asyncProperty(mutationsOf(route), async (mutation) => {
        const response = await send(route, mutation.apply(route.valid()));
        const answer = { input: mutation.label, status: response.status, message: response.body?.error?.message as string | undefined };
        if (response.status >= 500) throw new Error(`answered ${response.status}: ${JSON.stringify(answer)}`);
        const after = JSON.stringify(await fingerprint());
        if (mutation.expect === 'refused') {
          counts.refused += 1;
          if (response.status < 400) throw new Error(`taken: ${JSON.stringify(answer)}`);
          if (mutation.names && !answer.message?.includes(mutation.names)) throw new Error(`refused without naming ${mutation.names}: ${JSON.stringify(answer)}`);
          if (after !== before) throw new Error(`refused but wrote (${changes(before, after)}): ${JSON.stringify(answer)}`);
        } else {
          counts.survived += 1;
          if (response.status >= 400 && after !== before) throw new Error(`refused but wrote (${changes(before, after)}): ${JSON.stringify(answer)}`);
          if (response.status < 400) before = await settled();
        }
      }),
      { numRuns: RUNS }
    );
  });
});
