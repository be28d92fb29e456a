import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';
import { bootWithPayments, STRIPE_KEY, WEBHOOK_SECRET, type PaymentsApp } from '../helpers/payments';
import { startSmtpServer, type SmtpServer } from '../helpers/smtp';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

const READ = 'plugin::helpdesk.settings.read';
const MANAGE = 'plugin::helpdesk.settings.manage';
const QUEUE = 'plugin::helpdesk.queue.read';
const MANAGE_TICKETS = 'plugin::helpdesk.tickets.manage';
const TICKET = 'plugin::helpdesk.ticket';
const OUTBOX = 'plugin::helpdesk.mail-outbox';
const PAYMENT_EVENT = 'plugin::helpdesk.payment-event';

/** The settings page's staff API: previews of unsaved settings, the mail and payment status, a test mail. */
describe('settings previews, status and test mail over the admin API', () => {
  let payments: PaymentsApp;
  let smtp: SmtpServer;
  let reader: StaffMember;
  let manager: StaffMember;
  let outsider: StaffMember;
  let setClock: (iso: string) => void;

  const server = () => payments.app.server;
  const strapi = () => payments.app.strapi;
  const post = (member: StaffMember, path: string, body: unknown) =>
    request(server()).post(`/helpdesk${path}`).set('Authorization', `Bearer ${member.token}`).send(body as object);
  const get = (member: StaffMember, path: string) => request(server()).get(`/helpdesk${path}`).set('Authorization', `Bearer ${member.token}`);
  const savedSettings = async () => (await get(manager, '/settings')).body.data;
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    payments = await bootWithPayments({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } });
    setClock = pinClock(strapi(), '2026-03-10T10:00:00Z');
    reader = await createStaff(strapi(), server(), { permissions: [READ] });
    manager = await createStaff(strapi(), server(), { permissions: [READ, MANAGE, QUEUE, MANAGE_TICKETS] });
    outsider = await createStaff(strapi(), server(), { permissions: [QUEUE] });
  });

  afterAll(async () => {
    await payments?.stop();
    await smtp?.close();
  });

  describe('POST /settings/preview/holidays', () => {
    it('lists the NL public holidays of the edited calendar, with Koningsdag on 2027-04-27, and its custom closed dates', async () => {
      const calendar = copy((await savedSettings()).sla.tiers.standard.calendar);
      calendar.closedDates = ['2027-06-15', '2030-01-02'];
      // A date with its own hours is open, so it is not listed even though it is Christmas.
      calendar.openDates = [{ date: '2027-12-25', intervals: [{ start: '10:00', end: '12:00' }] }];
      const response = await post(reader, '/settings/preview/holidays', { data: { calendar, from: '2027-01-01' } });
      expect(response.status).toBe(200);
      expect(response.body.meta).toEqual({ timezone: 'Europe/Amsterdam', from: '2027-01-01', to: '2027-12-31' });
      const days = response.body.data as Array<Record<string, unknown>>;
      expect(days).toContainEqual({ date: '2027-04-27', name: 'Koningsdag', type: 'public', source: 'holiday' });
      expect(days).toContainEqual({ date: '2027-06-15', name: null, type: null, source: 'closedDate' });
      expect(days.find((day) => day.date === '2027-12-25')).toBeUndefined();
      expect(days.find((day) => day.date === '2027-12-26')).toMatchObject({ source: 'holiday', type: 'public' });
      // Only the wanted types, only the range, in date order.
      expect(days.every((day) => day.source === 'closedDate' || day.type === 'public')).toBe(true);
      expect(days.find((day) => day.date === '2030-01-02')).toBeUndefined();
      expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
    });

    it("defaults to the next 12 months from today in the calendar's zone, and takes another length", async () => {
      setClock('2026-12-31T23:30:00Z');
      const calendar = (await savedSettings()).sla.tiers.standard.calendar;
      const year = await post(reader, '/settings/preview/holidays', { data: { calendar } });
      expect(year.body.meta).toEqual({ timezone: 'Europe/Amsterdam', from: '2027-01-01', to: '2027-12-31' });
      const quarter = await post(reader, '/settings/preview/holidays', { data: { calendar, from: '2027-04-01', months: 1 } });
      expect(quarter.body.meta.to).toBe('2027-04-30');
      expect(quarter.body.data.map((day: { date: string }) => day.date)).toContain('2027-04-27');
      setClock('2026-03-10T10:00:00Z');
    });

    it.each([
      [(calendar: any) => (calendar.holidays.country = 'XX'), 'body.data.calendar.holidays.country'],
      [(calendar: any) => (calendar.holidays.region = 'ZZ'), 'body.data.calendar.holidays.region'],
      [(calendar: any) => (calendar.weekly['6'] = [{ start: '12:00', end: '09:00' }]), 'body.data.calendar.weekly.6.0.end'],
      [(calendar: any) => (calendar.surprise = true), 'body.data.calendar.surprise'],
    ])('refuses a bad calendar with a 400 naming the field and saves nothing (%#)', async (mutate, field) => {
      const before = await savedSettings();
      const calendar = copy(before.sla.tiers.standard.calendar);
      mutate(calendar);
      const response = await post(reader, '/settings/preview/holidays', { data: { calendar } });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(await savedSettings()).toEqual(before);
    });

    it('refuses a bad range', async () => {
      const { calendar } = (await savedSettings()).sla.tiers.standard;
      const months = await post(reader, '/settings/preview/holidays', { data: { calendar, months: 25 } });
      expect(months.status).toBe(400);
      expect(months.body.error.message).toContain('body.data.months');
      const from = await post(reader, '/settings/preview/holidays', { data: { calendar, from: '2027-02-30' } });
      expect(from.status).toBe(400);
      expect(from.body.error.message).toContain('body.data.from');
    });
  });

  describe('GET /settings/holiday-regions', () => {
    it('lists the countries of the holiday data with their regions, in the asked language, each one a calendar accepts', async () => {
      const response = await get(reader, '/settings/holiday-regions');
      expect(response.status).toBe(200);
      const countries = response.body.data as Array<{ code: string; name: string; regions: Array<{ code: string; name: string }> }>;
      expect(countries.length).toBeGreaterThan(150);
      expect(countries.find((country) => country.code === 'NL')).toMatchObject({ name: 'Netherlands' });
      expect(countries.find((country) => country.code === 'DE')?.regions).toContainEqual({ code: 'BY', name: 'Bayern' });
      expect(countries.find((country) => country.code === 'US')?.regions).toContainEqual({ code: 'NY', name: 'New York' });
      // Sorted by name, for a list staff scan.
      const names = countries.map((country) => country.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

      const dutch = await get(reader, '/settings/holiday-regions?locale=nl');
      expect(dutch.status).toBe(200);
      expect(dutch.body.data.find((country: { code: string }) => country.code === 'NL').name).toBe('Nederland');

      // What the list offers is what the settings accept.
      const calendar = copy((await savedSettings()).sla.tiers.standard.calendar);
      calendar.holidays = { ...calendar.holidays, country: 'DE', region: 'BY' };
      expect((await post(reader, '/settings/preview/holidays', { data: { calendar } })).status).toBe(200);
    });

    it('refuses a bad locale with a 400 naming it', async () => {
      const response = await get(reader, '/settings/holiday-regions?locale=../../etc');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('query.locale');
      const unknown = await get(reader, '/settings/holiday-regions?region=NL');
      expect(unknown.status).toBe(400);
    });
  });

  describe('POST /settings/preview/due', () => {
    const instants = [
      '2026-03-13T16:30:00+01:00', // a Friday after the cut-off
      '2026-03-14T11:30:00+01:00', // a Saturday after its cut-off
      '2026-04-27T10:00:00+02:00', // Koningsdag
      '2026-03-10T10:00:00+01:00', // a Tuesday morning, staffed
    ];

    it.each(instants)('agrees with the availability route for a ticket received at %s under the saved settings', async (at) => {
      const preview = await post(reader, '/settings/preview/due', { data: { receivedAt: at } });
      expect(preview.status).toBe(200);
      for (const tier of ['standard', 'priority'] as const) {
        const availability = await request(server()).get('/api/helpdesk/availability').query({ at, tier });
        expect(availability.status).toBe(200);
        expect(preview.body.data[tier]).toEqual({ firstResponseDueAt: availability.body.data.expectedResponseBy, resolutionDueAt: null });
        expect(preview.body.data.staffed).toBe(availability.body.data.open);
      }
      expect(preview.body.data.timezone).toBe('Europe/Amsterdam');
    });

    it('spells out the expected instants', async () => {
      const friday = (await post(reader, '/settings/preview/due', { data: { receivedAt: instants[0] } })).body.data;
      // After Friday's cut-off but still staffed: by the close of Saturday (12:00), for priority Saturday's 17:00.
      expect(friday).toMatchObject({ standard: { firstResponseDueAt: '2026-03-14T11:00:00.000Z' }, priority: { firstResponseDueAt: '2026-03-14T16:00:00.000Z' }, staffed: true });
      const holiday = (await post(reader, '/settings/preview/due', { data: { receivedAt: instants[2] } })).body.data;
      expect(holiday.standard.firstResponseDueAt).toBe('2026-04-28T15:00:00.000Z');
      expect(holiday.priority.firstResponseDueAt).toBe('2026-04-27T15:00:00.000Z');
      expect(holiday.staffed).toBe(false);
    });

    it("follows the unsaved service levels: longer Saturday hours and a resolution target, without saving them", async () => {
      const before = await savedSettings();
      const sla = copy(before.sla);
      sla.tiers.standard.calendar.weekly['6'] = [{ start: '09:00', end: '15:00' }];
      sla.tiers.standard.resolution = { kind: 'workingMinutes', minutes: 120 };
      const response = await post(reader, '/settings/preview/due', { data: { receivedAt: instants[1], sla } });
      expect(response.status).toBe(200);
      // Before the new cut-off (14:00): due at Saturday's new close, 15:00; resolved two working hours on.
      expect(response.body.data.standard).toEqual({ firstResponseDueAt: '2026-03-14T14:00:00.000Z', resolutionDueAt: '2026-03-14T12:30:00.000Z' });
      const saved = (await post(reader, '/settings/preview/due', { data: { receivedAt: instants[1] } })).body.data;
      expect(saved.standard.firstResponseDueAt).toBe('2026-03-16T16:00:00.000Z');
      expect(await savedSettings()).toEqual(before);
    });

    it('refuses bad unsaved service levels and a bad instant with a 400 naming the field', async () => {
      const sla = copy((await savedSettings()).sla);
      sla.tiers.standard.calendar.weekly['6'] = [{ start: '09:00', end: '08:00' }];
      const bad = await post(reader, '/settings/preview/due', { data: { receivedAt: instants[1], sla } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('body.data.sla.tiers.standard.calendar.weekly.6.0.end');
      const instant = await post(reader, '/settings/preview/due', { data: { receivedAt: 'Friday' } });
      expect(instant.status).toBe(400);
      expect(instant.body.error.message).toContain('body.data.receivedAt');
    });
  });

  describe('POST /settings/preview/fair-use', () => {
    let heavy: Customer;
    let light: Customer;
    let cleared: Customer;

    const file = async (customer: Customer, count: number) => {
      for (let n = 0; n < count; n += 1) {
        await documents(strapi(), TICKET).create({ data: { subject: `Question ${n}`, body: 'How does it work?', customer: customer.id } });
      }
    };

    beforeAll(async () => {
      [heavy, light, cleared] = await Promise.all([1, 2, 3].map(() => createCustomer(strapi())));
      await file(heavy, 6);
      await file(light, 3);
      await file(cleared, 6);
      const override = await request(server())
        .put(`/helpdesk/customers/${cleared.id}/fair-use`)
        .set('Authorization', `Bearer ${manager.token}`)
        .send({ data: { mode: 'clear', reason: 'A big migration this week' } });
      expect(override.status).toBe(200);
    });

    it('counts who the saved and the given settings penalise, with overrides, and writes nothing', async () => {
      const before = await savedSettings();
      const standings = await strapi().db.query('plugin::helpdesk.fair-use-standing' as any).findMany({ orderBy: { id: 'asc' } });
      const fairUse = copy(before.fairUse);
      fairUse.thresholds.openTickets = 2;
      const response = await post(reader, '/settings/preview/fair-use', { data: { fairUse } });
      expect(response.status).toBe(200);
      // Six open tickets penalise under the saved settings (more than 5); three under more than 2; the clear override holds.
      expect(response.body.data).toEqual({ penalizedNow: 1, penalizedWith: 2, customers: 3 });

      const milder = copy(before.fairUse);
      milder.penaltyFrom = 31;
      expect((await post(reader, '/settings/preview/fair-use', { data: { fairUse: milder } })).body.data).toEqual({ penalizedNow: 1, penalizedWith: 0, customers: 3 });

      expect(await savedSettings()).toEqual(before);
      expect(await strapi().db.query('plugin::helpdesk.fair-use-standing' as any).findMany({ orderBy: { id: 'asc' } })).toEqual(standings);
    });

    it('scores many customers in a bounded number of queries, agreeing with what scoring writes', async () => {
      const MESSAGE = 'plugin::helpdesk.ticket-message';
      const many = await Promise.all(Array.from({ length: 36 }, () => createCustomer(strapi())));
      for (const [index, customer] of many.entries()) {
        const filed: string[] = [];
        for (let n = 0; n < index % 8; n += 1) {
          filed.push((await documents(strapi(), TICKET).create({ data: { subject: `Batch ${index}.${n}`, body: 'How?', customer: customer.id } })).documentId);
        }
        // An answer the customer wrote again after, without opening it.
        if (filed.length && index % 3 === 0) {
          await documents(strapi(), MESSAGE).create({ data: { ticket: filed[0], authorKind: 'staff', body: 'Try this.', internal: false } });
          await documents(strapi(), MESSAGE).create({ data: { ticket: filed[0], authorKind: 'customer', body: 'Still broken.', internal: false } });
        }
        // A burst of replies.
        if (filed.length && index % 5 === 0) {
          for (let n = 0; n < 9; n += 1) await documents(strapi(), MESSAGE).create({ data: { ticket: filed[0], authorKind: 'customer', body: `Reply ${n}`, internal: false } });
        }
      }

      const before = await savedSettings();
      const proposed = copy(before.fairUse);
      proposed.thresholds.openTickets = 2;
      proposed.thresholds.messages = 4;

      const queries: string[] = [];
      const count = (query: { sql: string }) => queries.push(query.sql);
      strapi().db.connection.on('query', count);
      let preview: request.Response;
      try {
        preview = await post(reader, '/settings/preview/fair-use', { data: { fairUse: proposed } });
      } finally {
        strapi().db.connection.off('query', count);
      }
      expect(preview.status).toBe(200);
      const customers = preview.body.data.customers as number;
      expect(customers).toBeGreaterThanOrEqual(3 + many.filter((_, index) => index % 8 > 0).length);
      // Not three per customer: the settings, the active tickets, the standings and one batch of each history query.
      expect(queries.filter((sql) => /^\s*select/i.test(sql)).length).toBeLessThan(20);

      // The same customers scored one by one, as each write scores them, give the same counts.
      const active: Array<{ customer?: { id: number } | null }> = await strapi().db.query(TICKET as any).findMany({ select: ['id'], populate: { customer: { select: ['id'] } } });
      const ids = [...new Set(active.map((ticket) => ticket.customer?.id).filter((id): id is number => typeof id === 'number'))];
      const fairUse = strapi().plugin('helpdesk').service('fair-use');
      const penalisedOneByOne = async () => {
        let penalised = 0;
        for (const id of ids) if ((await strapi().db.transaction(() => fairUse.refreshCustomer(id))).penalized) penalised += 1;
        return penalised;
      };
      expect(ids).toHaveLength(customers);
      expect(await penalisedOneByOne()).toBe(preview.body.data.penalizedNow);
      expect((await request(server()).put('/helpdesk/settings').set('Authorization', `Bearer ${manager.token}`).send({ data: { fairUse: proposed } })).status).toBe(200);
      try {
        expect(await penalisedOneByOne()).toBe(preview.body.data.penalizedWith);
        expect(preview.body.data.penalizedWith).toBeGreaterThan(preview.body.data.penalizedNow);
      } finally {
        expect((await request(server()).put('/helpdesk/settings').set('Authorization', `Bearer ${manager.token}`).send({ data: { fairUse: before.fairUse } })).status).toBe(200);
        await penalisedOneByOne();
      }
    });

    it('refuses bad fair-use settings with a 400 naming the field', async () => {
      const fairUse = copy((await savedSettings()).fairUse);
      fairUse.weights.messages = 500;
      const response = await post(reader, '/settings/preview/fair-use', { data: { fairUse } });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('body.data.fairUse.weights.messages');
    });
  });

  describe('GET /settings/status', () => {
    it('tells how mail and payments are set up and doing, never the keys', async () => {
      await strapi().db.query(OUTBOX as any).deleteMany({ where: {} });
      await strapi().db.query(OUTBOX as any).create({ data: { dedupeKey: 'status-sent', to: 'a@example.com', template: 'test', status: 'sent', sentAt: new Date('2026-03-09T08:00:00Z') } });
      await strapi().db.query(OUTBOX as any).create({ data: { dedupeKey: 'status-sent-earlier', to: 'a@example.com', template: 'test', status: 'sent', sentAt: new Date('2026-03-08T08:00:00Z') } });
      await strapi().db.query(OUTBOX as any).create({ data: { dedupeKey: 'status-failed', to: 'b@example.com', template: 'test', status: 'failed', lastError: '550 no such user' } });
      await strapi().db.query(OUTBOX as any).create({ data: { dedupeKey: 'status-pending', to: 'c@example.com', template: 'test', status: 'pending' } });
      await strapi().db.query(PAYMENT_EVENT as any).create({ data: { eventId: 'evt_status_1', type: 'checkout.session.completed', processedAt: new Date('2026-03-09T09:30:00Z') } });

      const response = await get(reader, '/settings/status');
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        mail: { enabled: true, providerConfigured: 'nodemailer', lastSentAt: '2026-03-09T08:00:00.000Z', failed: 1, pending: 1 },
        payments: { configured: true, currency: 'eur', lastWebhookAt: '2026-03-09T09:30:00.000Z', keys: { secret: true, webhook: true } },
      });
      expect(JSON.stringify(response.body)).not.toContain(STRIPE_KEY);
      expect(JSON.stringify(response.body)).not.toContain(WEBHOOK_SECRET);
    });
  });

  describe('POST /settings/test-mail', () => {
    beforeEach(() => {
      smtp.received.length = 0;
    });

    it('sends a test mail at once, to the given address or the admin’s own, and one per 10 s', async () => {
      setClock('2026-03-10T10:00:00Z');
      const sent = await post(manager, '/settings/test-mail', { data: { to: 'desk@helpdesk.test' } });
      expect(sent.status).toBe(200);
      expect(sent.body.data).toEqual({ sent: true, to: 'desk@helpdesk.test' });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual(['desk@helpdesk.test']);
      expect(smtp.received[0].subject).toContain('Test mail');
      // Not through the outbox.
      expect(await strapi().db.query(OUTBOX as any).count({ where: { to: 'desk@helpdesk.test' } })).toBe(0);

      const tooSoon = await post(manager, '/settings/test-mail', { data: {} });
      expect(tooSoon.status).toBe(429);
      expect(smtp.received).toHaveLength(1);

      setClock('2026-03-10T10:00:11Z');
      const own = await post(manager, '/settings/test-mail', {});
      expect(own.status).toBe(200);
      expect(own.body.data).toEqual({ sent: true, to: manager.email });
      expect(smtp.received[1].to).toEqual([manager.email]);
    });

    it("answers a refused send with a 400 carrying the provider's message", async () => {
      setClock('2026-03-10T10:01:00Z');
      smtp.refuseNext({ code: 550, message: 'Mailbox unavailable' });
      const refused = await post(manager, '/settings/test-mail', { data: { to: 'nobody@helpdesk.test' } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('Mailbox unavailable');
      expect(smtp.received).toHaveLength(0);
    });

    it('refuses an address that is none', async () => {
      setClock('2026-03-10T10:02:00Z');
      const response = await post(manager, '/settings/test-mail', { data: { to: 'not an address' } });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('body.data.to');
    });
  });

  describe('RBAC', () => {
    const calls = async () => {
      const settings = await savedSettings();
      return [
        (member: StaffMember) => post(member, '/settings/preview/holidays', { data: { calendar: settings.sla.staffedHours } }),
        (member: StaffMember) => post(member, '/settings/preview/due', { data: { receivedAt: '2026-03-10T10:00:00Z' } }),
        (member: StaffMember) => post(member, '/settings/preview/fair-use', { data: { fairUse: settings.fairUse } }),
        (member: StaffMember) => get(member, '/settings/status'),
        (member: StaffMember) => get(member, '/settings/holiday-regions'),
      ];
    };

    it('lets staff with settings.read preview and read the status, and refuses staff without it', async () => {
      for (const call of await calls()) {
        expect((await call(reader)).status).toBe(200);
        expect((await call(outsider)).status).toBe(403);
      }
      expect((await request(server()).get('/helpdesk/settings/status')).status).toBe(401);
    });

    it('needs settings.manage for a test mail', async () => {
      setClock('2026-03-10T10:03:00Z');
      smtp.received.length = 0;
      expect((await post(reader, '/settings/test-mail', { data: { to: 'desk@helpdesk.test' } })).status).toBe(403);
      expect((await post(outsider, '/settings/test-mail', { data: { to: 'desk@helpdesk.test' } })).status).toBe(403);
      expect(smtp.received).toHaveLength(0);
    });
  });

  it('names the field of a bad value in PUT /settings, as the settings page shows it', async () => {
    const before = await savedSettings();
    const changed = copy(before);
    changed.sla.tiers.standard.calendar.weekly['6'] = [{ start: '12:00', end: '09:00' }];
    const response = await request(server()).put('/helpdesk/settings').set('Authorization', `Bearer ${manager.token}`).send({ data: changed });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('body.data.sla.tiers.standard.calendar.weekly.6.0.end: end must be after start');
    expect(response.body.error.details.errors).toContainEqual({ path: 'body.data.sla.tiers.standard.calendar.weekly.6.0.end', message: 'end must be after start' });
  });
});
