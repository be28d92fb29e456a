import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { documents } from '../helpers/documents';

describe('the plugin in a booted Strapi', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is loaded under the id "helpdesk"', () => {
    expect(app.strapi.plugin('helpdesk')).toBeDefined();
    expect(app.strapi.plugin('helpdesk').service('default-permissions')).toBeDefined();
  });

  it('serves the incident classes in the requested language, in their order', async () => {
    const classes = documents(app.strapi, 'plugin::helpdesk.incident-class');
    for (const code of ['nl']) await app.strapi.plugin('i18n').service('locales').create({ code, name: code });
    const other = await classes.create({ locale: 'en', data: { name: 'Other', creditsMin: 1, sortOrder: 20 } });
    await classes.create({ locale: 'en', data: { name: 'Sales', creditsMin: 0, creditsMax: 0, alwaysFree: true, sortOrder: 10 } });
    await classes.update({ documentId: other.documentId, locale: 'nl', data: { name: 'Overig' } });

    const english = await request(app.server).get('/api/helpdesk/incident-classes');
    expect(english.status).toBe(200);
    expect(english.body.data.map((item: any) => item.name)).toEqual(['Sales', 'Other']);
    expect(english.body.data[0]).toMatchObject({ alwaysFree: true, creditsMin: 0, creditsMax: 0, documentId: expect.any(String) });

    const dutch = await request(app.server).get('/api/helpdesk/incident-classes?locale=nl');
    expect(dutch.body.data.map((item: any) => item.name)).toEqual(['Overig']);
  });

  it.each([
    ['locale=../../etc', 'query.locale'],
    ['locale=en&color=red', 'query.color'],
    ['locale[$ne]=en', 'query.locale'],
  ])('answers ?%s with a 400 naming %s', async (query, field) => {
    const response = await request(app.server).get(`/api/helpdesk/incident-classes?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(response.body.error.message).toContain(field);
  });
});
