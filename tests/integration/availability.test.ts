import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { firstResponseCases } from '../fixtures/first-response-cases';

/** Default settings: staffed Mon–Fri 09–17 except NL holidays; standard answers Mon–Sat, priority every day. */
const cases: Array<[string, string, 'standard' | 'priority', { open: boolean; nextOpenAt: string; expectedResponseBy: string }]> = [
  ['a Tuesday morning', '2026-03-10T10:00:00+01:00', 'standard', { open: true, nextOpenAt: '2026-03-10T09:00:00.000Z', expectedResponseBy: '2026-03-10T16:00:00.000Z' }],
  ['a Tuesday just before the cut-off', '2026-03-10T15:59:00+01:00', 'standard', { open: true, nextOpenAt: '2026-03-10T14:59:00.000Z', expectedResponseBy: '2026-03-10T16:00:00.000Z' }],
  ['a Tuesday at the cut-off', '2026-03-10T16:00:00+01:00', 'standard', { open: true, nextOpenAt: '2026-03-10T15:00:00.000Z', expectedResponseBy: '2026-03-11T16:00:00.000Z' }],
  ['a Saturday morning (answered, not staffed)', '2026-03-14T10:00:00+01:00', 'standard', { open: false, nextOpenAt: '2026-03-16T08:00:00.000Z', expectedResponseBy: '2026-03-14T11:00:00.000Z' }],
  ['a Sunday, standard', '2026-03-15T10:00:00+01:00', 'standard', { open: false, nextOpenAt: '2026-03-16T08:00:00.000Z', expectedResponseBy: '2026-03-16T16:00:00.000Z' }],
  ['a Sunday, priority', '2026-03-15T10:00:00+01:00', 'priority', { open: false, nextOpenAt: '2026-03-16T08:00:00.000Z', expectedResponseBy: '2026-03-15T16:00:00.000Z' }],
  ["King's Day, standard", '2026-04-27T10:00:00+02:00', 'standard', { open: false, nextOpenAt: '2026-04-28T07:00:00.000Z', expectedResponseBy: '2026-04-28T15:00:00.000Z' }],
  ["King's Day, priority", '2026-04-27T10:00:00+02:00', 'priority', { open: false, nextOpenAt: '2026-04-28T07:00:00.000Z', expectedResponseBy: '2026-04-27T15:00:00.000Z' }],
];

describe('GET /api/helpdesk/availability', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it.each(cases)('answers %s', async (_reason, at, tier, expected) => {
    const response = await request(app.server).get('/api/helpdesk/availability').query({ at, tier });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ at: new Date(at).toISOString(), timezone: 'Europe/Amsterdam', ...expected });
  });

  it.each(firstResponseCases)('expects an answer for %s (%s, at %s) by %s', async (_reason, tier, at, expected) => {
    const response = await request(app.server).get('/api/helpdesk/availability').query({ at, tier });
    expect(response.status).toBe(200);
    expect(response.body.data.expectedResponseBy).toBe(new Date(expected).toISOString());
  });

  it('defaults to now and the standard tier', async () => {
    const response = await request(app.server).get('/api/helpdesk/availability');
    expect(response.status).toBe(200);
    const { at, expectedResponseBy } = response.body.data;
    expect(Math.abs(new Date(at).getTime() - Date.now())).toBeLessThan(60_000);
    expect(new Date(expectedResponseBy).getTime()).toBeGreaterThan(new Date(at).getTime());
  });

  it.each([
    [{ at: 'tomorrow' }, 'query.at'],
    [{ at: '2026-13-40T10:00:00Z' }, 'query.at'],
    // Dates JavaScript holds but no calendar or database of the desk does: these answered 500.
    [{ at: '9999-12-31T23:59:59Z' }, 'query.at'],
    [{ at: '+275760-09-13T00:00:00Z' }, 'query.at'],
    [{ at: '0000-01-01T00:00:00Z' }, 'query.at'],
    // A local time without its offset would be read in the server's zone.
    [{ at: '2026-03-10T10:00:00' }, 'query.at'],
    [{ tier: 'gold' }, 'query.tier'],
    [{ tier: 'priority', colour: 'red' }, 'query.colour'],
  ])('refuses %j with a 400 naming %s', async (query, field) => {
    const response = await request(app.server).get('/api/helpdesk/availability').query(query);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
  });
});
