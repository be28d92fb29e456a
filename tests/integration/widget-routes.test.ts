import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { documents } from '../helpers/documents';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';

const FAQ = 'plugin::helpdesk.faq';
const WIDGET_DIR = path.resolve(__dirname, '..', '..', 'dist', 'widget');

describe('the customer widget routes', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi();
    await app.strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'de' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('serves the loader to anyone, cacheable, revalidated by its ETag, embeddable by other sites', async () => {
    const first = await request(app.server).get('/api/helpdesk/widget.js').expect(200);
    expect(first.headers['content-type']).toMatch(/^application\/javascript/);
    expect(first.headers['cache-control']).toBe('public, max-age=86400');
    expect(first.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(first.text).toContain('helpdesk-support');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await request(app.server).get('/api/helpdesk/widget.js').set('If-None-Match', etag).expect(304);
    expect(again.text).toBe('');
  });

  it('serves the rest of the widget and each language\'s strings under their content hashes, the ones the loader names, for a year', async () => {
    const loader = (await request(app.server).get('/api/helpdesk/widget.js')).text;
    const appFile = fs.readdirSync(WIDGET_DIR).find((file) => file.startsWith('app.'))!;
    expect(loader).toContain(`widget/${appFile}`);
    const chunk = await request(app.server).get(`/api/helpdesk/widget/${appFile}`).expect(200);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunk.text).toContain('helpdesk-support-app');
    const german = fs.readdirSync(WIDGET_DIR).find((file) => file.startsWith('strings.de.'))!;
    expect(loader).toContain(`widget/${german}`);
    const strings = await request(app.server).get(`/api/helpdesk/widget/${german}`).expect(200);
    expect(strings.text).toContain('Wie können wir helfen?');
    expect(chunk.text).not.toContain('Gefundene Antworten');
    await request(app.server).get('/api/helpdesk/widget/app.000000000000.js').expect(404);
    await request(app.server).get('/api/helpdesk/widget/..%2Fserver%2Findex.js').expect(404);
  });

  it('gives one published FAQ entry, in the locale asked for or the default one, and nothing of drafts', async () => {
    const faqs = documents(app.strapi, FAQ);
    const entry = await faqs.create({ locale: 'en', data: { question: 'Where is my invoice?', answer: 'Under **Billing**.' }, status: 'published' });
    await faqs.update({ documentId: entry.documentId, locale: 'de', data: { question: 'Wo ist meine Rechnung?', answer: 'Unter **Abrechnung**.' }, status: 'published' });
    const draft = await faqs.create({ locale: 'en', data: { question: 'Unreleased', answer: 'Not yet.' } });

    const german = await request(app.server).get(`/api/helpdesk/faq/${entry.documentId}`).query({ locale: 'de' }).expect(200);
    expect(german.body.data).toMatchObject({ documentId: entry.documentId, question: 'Wo ist meine Rechnung?', answer: 'Unter **Abrechnung**.' });
    const fallback = await request(app.server).get(`/api/helpdesk/faq/${entry.documentId}`).query({ locale: 'fr' }).expect(200);
    expect(fallback.body.data.question).toBe('Where is my invoice?');

    await request(app.server).get(`/api/helpdesk/faq/${draft.documentId}`).expect(404);
    const bad = await request(app.server).get('/api/helpdesk/faq/not-an-id').expect(400);
    expect(bad.body.error.message).toMatch(/documentId/);
    const badLocale = await request(app.server).get(`/api/helpdesk/faq/${entry.documentId}`).query({ locale: 'x y' }).expect(400);
    expect(badLocale.body.error.message).toMatch(/locale/);
  });

  it('tells the ticket form its attachment limits and the one-question hint before filing, to customers only', async () => {
    const customer = await createCustomer(app.strapi);
    const auth = { Authorization: `Bearer ${customer.jwt}` };
    const form = await request(app.server).get('/api/helpdesk/tickets/form').set(auth).expect(200);
    expect(form.body.data.attachments).toEqual({
      maxFiles: 5,
      maxFileSizeBytes: 10 * 1024 * 1024,
      allowedMimeTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'],
    });

    const two = await request(app.server)
      .post('/api/helpdesk/tickets/check')
      .set(auth)
      .send({ data: { subject: 'Invoices', body: 'How do I export my invoices? And can I change my plan?' } })
      .expect(200);
    expect(two.body.data.warnings.map((warning: { code: string }) => warning.code)).toEqual(['multiple-questions']);
    const one = await request(app.server).post('/api/helpdesk/tickets/check').set(auth).send({ data: { body: 'How do I export my invoices?' } }).expect(200);
    expect(one.body.data.warnings).toEqual([]);
    const bad = await request(app.server).post('/api/helpdesk/tickets/check').set(auth).send({ data: { body: 'x', tier: 'priority' } }).expect(400);
    expect(bad.body.error.message).toMatch(/tier/);
    // Nothing was filed by checking.
    const { body: list } = await request(app.server).get('/api/helpdesk/tickets').set(auth).expect(200);
    expect(list.data).toEqual([]);

    await request(app.server).get('/api/helpdesk/tickets/form').expect(403);
    await request(app.server).post('/api/helpdesk/tickets/check').send({ data: { body: 'x' } }).expect(403);
  });
});
