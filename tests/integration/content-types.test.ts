import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createStaff } from '../helpers/users';
import { documents } from '../helpers/documents';

/** CONTRACT §2: every type with the fields the product promises (attribute names as stored). */
const expectedFields: Record<string, string[]> = {
  ticket: [
    'reference', 'subject', 'body', 'status', 'tier', 'language', 'customer', 'assignee', 'incidentClass',
    'messages', 'attachments', 'firstResponseDueAt', 'nextResponseDueAt', 'resolutionDueAt', 'firstRespondedAt',
    'pausedAt', 'breachedAt', 'priorityScore', 'fairUseScore', 'fairUseReasons', 'faqMatches', 'creditEstimate',
    'creditsCharged', 'minutesSpent',
  ],
  'ticket-message': ['ticket', 'authorKind', 'body', 'internal', 'attachments', 'readAt'],
  'incident-class': ['name', 'description', 'creditsMin', 'creditsMax', 'alwaysFree'],
  faq: ['question', 'answer', 'category', 'tags'],
  'credit-account': ['customer', 'balance', 'supportFrom', 'transactions'],
  'credit-transaction': ['account', 'delta', 'kind', 'ticket', 'externalRef', 'actor', 'note'],
  'mail-outbox': ['to', 'template', 'payload', 'status', 'dedupeKey'],
  'payment-event': ['eventId', 'type', 'payload', 'processedAt'],
  'sla-event': ['ticket', 'target', 'kind', 'eventKey', 'occurredAt'],
};
const visibleTypes = ['ticket', 'ticket-message', 'incident-class', 'faq', 'credit-account', 'credit-transaction'];
const internalTypes = ['mail-outbox', 'payment-event', 'sla-event', 'job-lease', 'deflection', 'stats-day'];
const uid = (name: string) => `plugin::helpdesk.${name}`;

describe('content types', () => {
  let app: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    app = await bootStrapi();
    adminToken = (await createStaff(app.strapi, app.server, { superAdmin: true })).token;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it.each(Object.entries(expectedFields))('registers %s with its fields', (name, fields) => {
    const model = app.strapi.contentType(uid(name) as any);
    expect(model).toBeDefined();
    expect(Object.keys(model.attributes)).toEqual(expect.arrayContaining(fields));
  });

  it('links tickets to customers, staff, incident classes and media', () => {
    const { attributes } = app.strapi.contentType(uid('ticket') as any) as any;
    expect(attributes.customer).toMatchObject({ type: 'relation', target: 'plugin::users-permissions.user' });
    expect(attributes.assignee).toMatchObject({ type: 'relation', target: 'admin::user' });
    expect(attributes.incidentClass).toMatchObject({ type: 'relation', target: uid('incident-class') });
    expect(attributes.attachments).toMatchObject({ type: 'media', multiple: true });
    expect(attributes.status.enum).toEqual([
      'new', 'open', 'waiting_on_customer', 'awaiting_payment', 'awaiting_credit_confirmation', 'resolved', 'closed',
    ]);
  });

  it('keeps tickets free of draft & publish and the FAQ under draft & publish', () => {
    expect(app.strapi.contentType(uid('ticket') as any).options?.draftAndPublish).toBe(false);
    expect(app.strapi.contentType(uid('faq') as any).options?.draftAndPublish).toBe(true);
  });

  it('stores an FAQ entry in several languages under one document, searchable only once published', async () => {
    const faqs = documents(app.strapi, uid('faq'));
    for (const code of ['nl', 'fr']) {
      await app.strapi.plugin('i18n').service('locales').create({ code, name: code });
    }
    const english = await faqs.create({ locale: 'en', data: { question: 'How do I reset my password?', answer: 'Use the reset link.' } });
    await faqs.update({ documentId: english.documentId, locale: 'nl', data: { question: 'Hoe herstel ik mijn wachtwoord?', answer: 'Gebruik de herstellink.' } });
    await faqs.publish({ documentId: english.documentId, locale: 'nl' });

    const dutch = await faqs.findOne({ documentId: english.documentId, locale: 'nl', status: 'published' });
    expect(dutch?.question).toBe('Hoe herstel ik mijn wachtwoord?');
    expect(await faqs.findOne({ documentId: english.documentId, locale: 'en', status: 'published' })).toBeNull();
    expect(await faqs.findOne({ documentId: english.documentId, locale: 'fr' })).toBeNull();
  });

  it('shows the working types in the Content Manager and hides the internal ones', async () => {
    const response = await request(app.server)
      .get('/content-manager/content-types')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);
    const displayed = new Map<string, boolean>(response.body.data.map((type: any) => [type.uid, type.isDisplayed]));
    for (const name of visibleTypes) expect(displayed.get(uid(name))).toBe(true);
    for (const name of internalTypes) expect(displayed.get(uid(name))).toBe(false);
  });

  it('keeps every plugin type out of the Content-Type Builder', async () => {
    const response = await request(app.server)
      .get('/content-type-builder/content-types')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);
    const types = new Map<string, any>(response.body.data.map((type: any) => [type.uid, type]));
    for (const name of [...visibleTypes, ...internalTypes]) {
      expect(types.get(uid(name))?.schema?.visible).toBe(false);
    }
  });

  it('creates the queue indexes in the database', async () => {
    const indexes: Array<{ columns: string[] }> = await (app.strapi.db as any).dialect.schemaInspector.getIndexes('helpdesk_tickets');
    const indexed = indexes.map((index) => index.columns.join(','));
    expect(indexed).toEqual(
      expect.arrayContaining(['status', 'tier', 'first_response_due_at', 'next_response_due_at', 'status,tier,first_response_due_at'])
    );
  });

  it.each([
    ['payment-event', { eventId: 'evt_1', type: 'checkout.session.completed' }],
    ['sla-event', { eventKey: 'ticket-1:firstResponse:breach', target: 'firstResponse', kind: 'breach', occurredAt: new Date() }],
    ['mail-outbox', { dedupeKey: 'mail-1', to: 'a@example.com', template: 'staff-alert' }],
    ['credit-transaction', { externalRef: 'cs_1', delta: 2, balanceAfter: 2, kind: 'purchase' }],
    ['credit-account', { customerKey: 42, balance: 0 }],
  ])('refuses a second %s with the same key at the database level', async (name, data) => {
    const query = app.strapi.db.query(uid(name) as any);
    await query.create({ data });
    // Compared by message: the native SQLite driver's errors come from another realm under Jest.
    const duplicate = await query.create({ data }).then(() => null, (error: Error) => error);
    expect(String(duplicate?.message)).toMatch(/unique|duplicate/i);
    expect(await query.count({})).toBe(1);
  });
});
