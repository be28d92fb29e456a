import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { documents } from '../helpers/documents';
import { bootStrapi, type TestApp } from '../helpers/strapi';

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

  it('serves the rest of the widget under its content hash, the one the loader names, for a year', async () => {
    const loader = (await request(app.server).get('/api/helpdesk/widget.js')).text;
    const appFile = fs.readdirSync(WIDGET_DIR).find((file) => file.startsWith('app.'))!;
    expect(loader).toContain(`widget/${appFile}`);
    const chunk = await request(app.server).get(`/api/helpdesk/widget/${appFile}`).expect(200);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunk.text).toContain('helpdesk-support-app');
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
});
