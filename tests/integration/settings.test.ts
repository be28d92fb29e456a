import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createStaff } from '../helpers/users';

const READ = 'plugin::helpdesk.settings.read';
const MANAGE = 'plugin::helpdesk.settings.manage';

describe('settings over the admin API', () => {
  let app: TestApp;
  let reader: string;
  let manager: string;
  let outsider: string;

  beforeAll(async () => {
    app = await bootStrapi();
    reader = (await createStaff(app.strapi, app.server, { permissions: [READ] })).token;
    manager = (await createStaff(app.strapi, app.server, { permissions: [READ, MANAGE] })).token;
    outsider = (await createStaff(app.strapi, app.server, { permissions: ['plugin::helpdesk.queue.read'] })).token;
  });

  afterAll(async () => {
    await app?.stop();
  });

  const get = (token?: string) => {
    const call = request(app.server).get('/helpdesk/settings');
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };
  const put = (token: string, body: unknown) =>
    request(app.server).put('/helpdesk/settings').set('Authorization', `Bearer ${token}`).send(body as object);

  it('shows the default policy to staff who may read settings', async () => {
    const response = await get(reader);
    expect(response.status).toBe(200);
    const { sla } = response.body.data;
    expect(sla.tiers.standard.calendar).toMatchObject({
      timezone: 'Europe/Amsterdam',
      weekly: { '1': [{ start: '09:00', end: '17:00' }], '6': [{ start: '09:00', end: '12:00' }] },
      holidays: { country: 'NL', types: ['public'] },
      openOnHolidays: false,
    });
    expect(sla.tiers.standard.calendar.weekly['7'] ?? []).toEqual([]);
    expect(sla.tiers.priority.calendar.openOnHolidays).toBe(true);
    expect(sla.tiers.standard.firstResponse).toEqual({ kind: 'sameDayCutoff', cutoffMinutesBeforeClose: 60 });
    expect(sla.preBreachRatio).toBe(0.75);
  });

  it('refuses staff without the settings permissions, and anonymous callers', async () => {
    expect((await get(outsider)).status).toBe(403);
    expect((await get()).status).toBe(401);
    const current = (await get(manager)).body.data;
    expect((await put(reader, { data: current })).status).toBe(403);
  });

  it('applies a change at once: Saturday closed means a Saturday question waits for Monday', async () => {
    const current = (await get(manager)).body.data;
    current.sla.tiers.standard.calendar.weekly['6'] = [];
    const saved = await put(manager, { data: { sla: current.sla } });
    expect(saved.status).toBe(200);
    expect(saved.body.data.sla.tiers.standard.calendar.weekly['6']).toEqual([]);

    const availability = await request(app.server)
      .get('/api/helpdesk/availability')
      .query({ at: '2026-03-14T10:00:00+01:00', tier: 'standard' });
    expect(availability.body.data.expectedResponseBy).toBe('2026-03-16T16:00:00.000Z');
  });

  it('follows a change another instance saved within about a second', async () => {
    const current = (await get(manager)).body.data;
    const windowHours = current.fairUse.windowHours === 48 ? 72 : 48;
    // What another instance's save leaves in the shared database: the stored value, and no word to this one.
    const store = app.strapi.store({ type: 'plugin', name: 'helpdesk', key: 'settings' });
    await store.set({ value: { ...((await store.get({})) as object), fairUse: { ...current.fairUse, windowHours } } });
    const started = Date.now();
    while ((await get(reader)).body.data.fairUse.windowHours !== windowHours) {
      if (Date.now() - started > 3000) throw new Error('the change saved elsewhere was not seen within 3 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it.each([
    [(sla: any) => (sla.staffedHours.timezone = 'Mars/Olympus'), 'body.data.sla.staffedHours.timezone'],
    [(sla: any) => (sla.tiers.standard.calendar.weekly['1'] = [{ start: '17:00', end: '09:00' }]), 'body.data.sla.tiers.standard.calendar.weekly.1.0.end'],
    [(sla: any) => (sla.tiers.standard.calendar.weekly['2'] = [{ start: '9am', end: '17:00' }]), 'body.data.sla.tiers.standard.calendar.weekly.2.0.start'],
    [(sla: any) => (sla.tiers.priority.firstResponse = { kind: 'workingMinutes', minutes: -5 }), 'body.data.sla.tiers.priority.firstResponse.minutes'],
    [(sla: any) => (sla.tiers.standard.calendar.holidays.country = 'XX'), 'body.data.sla.tiers.standard.calendar.holidays.country'],
    [(sla: any) => (sla.preBreachRatio = 1.5), 'body.data.sla.preBreachRatio'],
    [(sla: any) => (sla.staffedHours.weekly = {}), 'body.data.sla.staffedHours.weekly'],
    [(sla: any) => (sla.surprise = true), 'body.data.sla.surprise'],
  ])('refuses a bad value with a 400 naming it and keeps the stored settings (%#)', async (mutate, field) => {
    const before = (await get(manager)).body.data;
    const changed = JSON.parse(JSON.stringify(before));
    mutate(changed.sla);
    const response = await put(manager, { data: changed });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
    expect((await get(manager)).body.data).toEqual(before);
  });
});
