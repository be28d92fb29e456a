import request from 'supertest';
import { bootError, bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';
import { documents } from '../helpers/documents';

const FAQ = 'plugin::helpdesk.faq';
const DOC_PAGE = 'api::doc-page.doc-page';
const CHANGES = 'plugin::helpdesk.search-change';

describe('search over the documentation sources', () => {
  let app: TestApp;
  const pages = () => documents(app.strapi, DOC_PAGE);
  const search = (q: string, locale = 'en') => request(app.server).get('/api/helpdesk/faq/search').query({ q, locale });
  const found = async (q: string, locale = 'en') => ((await search(q, locale)).body.data ?? []).map((hit: any) => hit.documentId);

  beforeAll(async () => {
    app = await bootStrapi({
      pluginConfig: { search: { sources: [{ uid: DOC_PAGE, title: 'title', body: ['body'], url: '/{locale}/docs/{slug}' }] } },
    });
    await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'fr' });
  });

  afterAll(async () => {
    await app?.stop();
  });

  const publishPage = (title: string, slug: string, body: string, locale = 'en') =>
    pages().create({ locale, data: { title, slug, body }, status: 'published' });

  it('suggests documentation pages next to FAQ answers, each with its source and link', async () => {
    const page = await publishPage('Installing the desktop app', 'install-desktop', 'Download the **installer** and run it as administrator.');
    const faq = await documents(app.strapi, FAQ).create({
      locale: 'en',
      data: { question: 'Which installer do I need?', answer: 'The desktop installer for your system.' },
      status: 'published',
    });

    const response = await search('installer');
    expect(response.status).toBe(200);
    const bySource = Object.fromEntries(response.body.data.map((hit: any) => [hit.source, hit]));
    expect(bySource[DOC_PAGE]).toMatchObject({ documentId: page.documentId, title: 'Installing the desktop app', url: '/en/docs/install-desktop' });
    expect(bySource[DOC_PAGE].snippet).toContain('<mark>installer</mark>');
    expect(bySource[DOC_PAGE].snippet).not.toContain('**');
    expect(bySource.faq).toMatchObject({ documentId: faq.documentId, url: null });
  });

  it('keeps draft pages out and follows edits, unpublishing, translations and deletion at once', async () => {
    const draft = await pages().create({ locale: 'en', data: { title: 'Exporting reports', slug: 'export-reports', body: 'Reports export to CSV.' } });
    expect(await found('exporting reports')).not.toContain(draft.documentId);

    await pages().publish({ documentId: draft.documentId, locale: 'en' });
    expect(await found('exporting reports')).toContain(draft.documentId);

    await pages().update({ documentId: draft.documentId, locale: 'en', data: { title: 'Exporting spreadsheets', slug: 'export-sheets' }, status: 'published' });
    expect(await found('spreadsheets')).toContain(draft.documentId);
    expect((await search('spreadsheets')).body.data[0].url).toBe('/en/docs/export-sheets');

    await pages().update({ documentId: draft.documentId, locale: 'fr', data: { title: 'Exporter des tableurs', slug: 'exporter', body: 'Les rapports sont exportés en CSV.' }, status: 'published' });
    expect(await found('tableurs', 'fr')).toContain(draft.documentId);
    expect((await search('tableurs', 'fr')).body.data[0].url).toBe('/fr/docs/exporter');

    await pages().unpublish({ documentId: draft.documentId, locale: 'en' });
    expect(await found('spreadsheets')).not.toContain(draft.documentId);
    expect(await found('tableurs', 'fr')).toContain(draft.documentId);

    await pages().delete({ documentId: draft.documentId, locale: '*' });
    expect(await found('tableurs', 'fr')).not.toContain(draft.documentId);
  });

  it('indexes nothing of a write whose transaction rolls back, and records no change for it', async () => {
    const before = await app.strapi.db.query(CHANGES as any).count({});
    await expect(
      app.strapi.db.transaction(async () => {
        await publishPage('Quarantined mailbox', 'quarantine', 'The quarantined mailbox holds suspicious mail.');
        throw new Error('the caller changed its mind');
      })
    ).rejects.toThrow('the caller changed its mind');
    expect(await found('quarantined mailbox')).toEqual([]);
    expect(await app.strapi.db.query(CHANGES as any).count({})).toBe(before);
  });

  it('records a change for every write in the same transaction, so other instances can follow', async () => {
    const before = await app.strapi.db.query(CHANGES as any).count({});
    const page = await publishPage('Rotating API keys', 'rotate-keys', 'Rotate keys every ninety days.');
    const rows = await app.strapi.db.query(CHANGES as any).findMany({ where: { id: { $gt: 0 }, sourceDocumentId: page.documentId } });
    expect(rows.map((row: any) => row.sourceUid)).toEqual([DOC_PAGE]);
    expect(await app.strapi.db.query(CHANGES as any).count({})).toBe(before + 1);
  });

  it('suggests pages when a ticket is filed and keeps their source on the ticket', async () => {
    const page = await publishPage('Renewing an expired licence', 'renew-licence', 'An expired licence is renewed from the billing page.');
    const customer = await createCustomer(app.strapi);
    const response = await request(app.server)
      .post('/api/helpdesk/tickets')
      .set('Authorization', `Bearer ${customer.jwt}`)
      .send({ data: { subject: 'Licence expired', body: 'My licence expired yesterday, how do I renew it?' } });
    expect(response.status).toBe(201);
    expect(response.body.meta.suggestions[0]).toMatchObject({ documentId: page.documentId, source: DOC_PAGE, url: '/en/docs/renew-licence' });
    const ticket = await app.strapi.db.query('plugin::helpdesk.ticket' as any).findOne({ where: { documentId: response.body.data.documentId } });
    expect(ticket.faqMatches[0]).toMatchObject({ source: DOC_PAGE, documentId: page.documentId });
  });

  it('records a deflection by a documentation page, and refuses one naming an unpublished page', async () => {
    const page = await publishPage('Two-factor sign-in', 'two-factor', 'Turn on two-factor sign-in in your profile.');
    const draft = await pages().create({ locale: 'en', data: { title: 'Single sign-on', slug: 'sso', body: 'Coming soon.' } });
    const deflect = (documentId: string) =>
      request(app.server).post('/api/helpdesk/deflections').send({ data: { source: DOC_PAGE, documentId, query: 'two factor' } });

    expect((await deflect(page.documentId)).status).toBe(201);
    const refused = await deflect(draft.documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('body.data.documentId');
    const rows = await app.strapi.db.query('plugin::helpdesk.deflection' as any).findMany({ where: { source: DOC_PAGE } });
    expect(rows.map((row: any) => row.sourceDocumentId)).toEqual([page.documentId]);
  });
});

describe('search.sources that do not match the site', () => {
  it.each([
    [{ uid: 'api::manual.manual', title: 'title', body: 'body' }, 'search.sources.0.uid'],
    [{ uid: DOC_PAGE, title: 'heading', body: 'body' }, 'search.sources.0.title'],
    [{ uid: DOC_PAGE, title: 'title', body: ['body', 'summary'] }, 'search.sources.0.body.1'],
    [{ uid: DOC_PAGE, title: 'title', body: 'body', url: '/docs/{path}' }, 'search.sources.0.url'],
  ])('stops the boot on %j, naming %s', async (source, key) => {
    const error = await bootError({ pluginConfig: { search: { sources: [source] } } });
    expect(error?.message).toContain(key);
  });
});
