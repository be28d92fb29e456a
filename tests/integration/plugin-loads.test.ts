import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';

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
  });

  it('serves the incident classes to anonymous visitors', async () => {
    const response = await request(app.server).get('/api/helpdesk/incident-classes');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: [], meta: {} });
  });
});
