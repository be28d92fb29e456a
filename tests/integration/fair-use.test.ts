import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

const READ_QUEUE = 'plugin::helpdesk.queue.read';
const REPLY = 'plugin::helpdesk.tickets.reply';
const MANAGE = 'plugin::helpdesk.tickets.manage';
const SETTINGS = ['plugin::helpdesk.settings.read', 'plugin::helpdesk.settings.manage'];
const HOUR = 60 * 60 * 1000;

/**
 * Fair use as staff see it in the queue: scores recomputed by the hooks on every relevant write,
 * the penalty in the queue order, the override, and scores that age with time.
 */
describe('fair-use scoring and the queue order', () => {
  let app: TestApp;
  let staff: StaffMember;
  let reader: StaffMember;

  const staffApi = (member: StaffMember) => ({
    get: (path: string, query: Record<string, unknown> = {}) =>
      request(app.server).get(`/helpdesk${path}`).query(query).set('Authorization', `Bearer ${member.token}`),
    post: (path: string, body: unknown) => request(app.server).post(`/helpdesk${path}`).send(body as object).set('Authorization', `Bearer ${member.token}`),
    put: (path: string, body: unknown) => request(app.server).put(`/helpdesk${path}`).send(body as object).set('Authorization', `Bearer ${member.token}`),
    delete: (path: string) => request(app.server).delete(`/helpdesk${path}`).set('Authorization', `Bearer ${member.token}`),
  });
  const customerApi = (customer: Customer) => ({
    file: async (subject = 'A question') => {
      const response = await request(app.server)
        .post('/api/helpdesk/tickets')
        .set('Authorization', `Bearer ${customer.jwt}`)
        .send({ data: { subject, body: `${subject}: how does it work?` } });
      expect(response.status).toBe(201);
      return response.body.data.documentId as string;
    },
    reply: async (ticket: string, body = 'Any news?') => {
      const response = await request(app.server)
        .post(`/api/helpdesk/tickets/${ticket}/messages`)
        .set('Authorization', `Bearer ${customer.jwt}`)
        .send({ data: { body } });
      expect(response.status).toBe(201);
    },
    open: async (ticket: string) => {
      expect((await request(app.server).get(`/api/helpdesk/tickets/${ticket}`).set('Authorization', `Bearer ${customer.jwt}`)).status).toBe(200);
    },
  });

  const queueRows = async () => {
    const response = await staffApi(reader).get('/tickets', { pageSize: 100 });
    expect(response.status).toBe(200);
    return response.body.data as Array<Record<string, any>>;
  };
  /** Whose tickets stand where: the queue as customer labels, in order. */
  const queueOf = async (labels: Map<number, string>) => (await queueRows()).map((row) => labels.get(row.customer.id) ?? '?');
  const standing = async (customer: Customer) => {
    const response = await staffApi(reader).get(`/customers/${customer.id}/fair-use`);
    if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body.data;
  };

  beforeAll(async () => {
    app = await bootStrapi();
    staff = await createStaff(app.strapi, app.server, { permissions: [READ_QUEUE, REPLY, MANAGE, ...SETTINGS] });
    reader = await createStaff(app.strapi, app.server, { permissions: [READ_QUEUE] });
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('the queue', () => {
    let abuser: Customer;
    let first: Customer;
    let second: Customer;
    let payer: Customer;
    let labels: Map<number, string>;
    let abuserTickets: string[];

    beforeAll(async () => {
      // One business morning for every ticket: they all share one due, so arrival order decides.
      pinClock(app.strapi, '2026-03-10T09:00:00+01:00');
      [abuser, first, second, payer] = await Promise.all([1, 2, 3, 4].map(() => createCustomer(app.strapi)));
      labels = new Map([
        [abuser.id, 'abuser'],
        [first.id, 'first'],
        [second.id, 'second'],
        [payer.id, 'priority'],
      ]);
      abuserTickets = [];
      for (let n = 0; n < 5; n += 1) abuserTickets.push(await customerApi(abuser).file(`Abuser question ${n}`));
    });

    afterAll(async () => {
      for (const ticket of abuserTickets) await staffApi(staff).put(`/tickets/${ticket}/status`, { data: { status: 'closed' } });
    });

    it('penalises the sixth open ticket at once, and says why', async () => {
      expect((await standing(abuser)).score).toBe(0);
      abuserTickets.push(await customerApi(abuser).file('Abuser question 5'));
      const now = await standing(abuser);
      expect(now).toMatchObject({ score: 30, computedScore: 30, penalized: true, override: null });
      expect(now.reasons).toEqual([{ signal: 'openTickets', figure: 6, threshold: 5, weight: 30, text: '6 open tickets (more than 5)' }]);
    });

    it('puts priority first, then the well-behaved customers who filed later, then the abuser', async () => {
      await customerApi(first).file('First normal question');
      await customerApi(second).file('Second normal question');
      const paid = await customerApi(payer).file('Paid question');
      expect((await staffApi(staff).put(`/tickets/${paid}/tier`, { data: { tier: 'priority' } })).status).toBe(200);

      expect(await queueOf(labels)).toEqual(['priority', 'first', 'second', ...Array(6).fill('abuser')]);
      const rows = await queueRows();
      const penalised = rows.find((row) => row.customer.id === abuser.id)!;
      expect(penalised.fairUse).toMatchObject({ score: 30, penalized: true });
      expect(penalised.fairUse.reasons[0].text).toBe('6 open tickets (more than 5)');
      expect(penalised.queueOrder).toMatchObject({ tier: 'standard', penalized: true, done: false });
      expect(rows.find((row) => row.customer.id === first.id)!.queueOrder).toMatchObject({ penalized: false, dueAt: penalised.queueOrder.dueAt });
      // The queue is the order of the stored keys.
      const keys = rows.map((row) => row.queueOrder.key);
      expect([...keys].sort()).toEqual(keys);
    });

    it('lets staff clear the abuser with a reason, which holds through recomputation until lifted', async () => {
      const cleared = await staffApi(staff).put(`/customers/${abuser.id}/fair-use`, { data: { mode: 'clear', reason: 'Onboarding a new team this week' } });
      expect(cleared.status).toBe(200);
      expect(cleared.body.data).toMatchObject({ score: 0, computedScore: 30, penalized: false });
      expect(cleared.body.data.override).toMatchObject({ mode: 'clear', reason: 'Onboarding a new team this week', by: { id: staff.id } });
      expect(new Date(cleared.body.data.override.at).getTime()).not.toBeNaN();
      // Back in arrival order: the abuser filed first.
      expect(await queueOf(labels)).toEqual(['priority', ...Array(6).fill('abuser'), 'first', 'second']);

      abuserTickets.push(await customerApi(abuser).file('Abuser question 6'));
      expect(await standing(abuser)).toMatchObject({ score: 0, computedScore: 30, override: { mode: 'clear' } });
      const detail = await staffApi(reader).get(`/tickets/${abuserTickets[0]}`);
      expect(detail.body.data.customerFairUse.override.reason).toBe('Onboarding a new team this week');

      expect((await staffApi(staff).delete(`/customers/${abuser.id}/fair-use`)).status).toBe(200);
      expect(await standing(abuser)).toMatchObject({ score: 30, penalized: true, override: null });
      expect(await queueOf(labels)).toEqual(['priority', 'first', 'second', ...Array(7).fill('abuser')]);
    });

    it('lets staff pin a score whatever the signals say', async () => {
      const pinned = await staffApi(staff).put(`/customers/${first.id}/fair-use`, { data: { mode: 'pin', score: 90, reason: 'Abusive language on the phone' } });
      expect(pinned.body.data).toMatchObject({ score: 90, computedScore: 0, penalized: true });
      expect((await queueOf(labels)).indexOf('first')).toBeGreaterThan((await queueOf(labels)).indexOf('second'));
      await staffApi(staff).delete(`/customers/${first.id}/fair-use`);
    });

    it('re-scores on a status change: closing tickets lifts the penalty', async () => {
      for (const ticket of abuserTickets.slice(0, 2)) {
        expect((await staffApi(staff).put(`/tickets/${ticket}/status`, { data: { status: 'resolved' } })).status).toBe(200);
      }
      expect(await standing(abuser)).toMatchObject({ score: 0, penalized: false, reasons: [] });
      // Arrival order again: four tickets filed before the others, the last one after them.
      expect(await queueOf(labels)).toEqual(['priority', ...Array(4).fill('abuser'), 'first', 'second', 'abuser']);
    });

    it('re-scores everyone after new thresholds are saved, on the next sweep', async () => {
      const settings = (await staffApi(staff).get('/settings')).body.data;
      const stricter = { ...settings.fairUse, thresholds: { ...settings.fairUse.thresholds, openTickets: 2 } };
      expect((await staffApi(staff).put('/settings', { data: { fairUse: stricter } })).status).toBe(200);
      await app.strapi.plugin('helpdesk').service('sla-sweeper').sweep();
      expect(await standing(abuser)).toMatchObject({ score: 30, reasons: [{ signal: 'openTickets', figure: 5, threshold: 2 }] });
      await staffApi(staff).put('/settings', { data: { fairUse: settings.fairUse } });
      await app.strapi.plugin('helpdesk').service('sla-sweeper').sweep();
      expect((await standing(abuser)).score).toBe(0);
    });
  });

  describe('answers not read', () => {
    beforeAll(() => {
      pinClock(app.strapi, new Date().toISOString());
    });

    it('raises the score of a customer who writes again without opening the last answer, until they open it', async () => {
      const customer = await createCustomer(app.strapi);
      const ticket = await customerApi(customer).file('Export fails');
      const before = (await staffApi(reader).get(`/tickets/${ticket}`)).body.data.queueOrder;

      expect((await staffApi(staff).post(`/tickets/${ticket}/reply`, { data: { body: 'Please follow these three steps.' } })).status).toBe(201);
      // The staff answer re-keys the ticket: the first response is given, the next one is owed.
      const after = (await staffApi(reader).get(`/tickets/${ticket}`)).body.data.queueOrder;
      expect(after.key).not.toBe(before.key);

      await customerApi(customer).reply(ticket, 'It still fails!');
      expect(await standing(customer)).toMatchObject({
        score: 15,
        reasons: [{ signal: 'unreadAnswer', figure: 1, text: 'wrote again without opening the last staff answer on 1 open ticket' }],
      });

      await customerApi(customer).open(ticket);
      expect(await standing(customer)).toMatchObject({ score: 0, reasons: [] });
    });

    it('does not count a reply written after opening the answer', async () => {
      const customer = await createCustomer(app.strapi);
      const ticket = await customerApi(customer).file('Import fails');
      await staffApi(staff).post(`/tickets/${ticket}/reply`, { data: { body: 'Please check the date format.' } });
      await customerApi(customer).open(ticket);
      await customerApi(customer).reply(ticket, 'Checked it, it still fails.');
      expect(await standing(customer)).toMatchObject({ score: 0, reasons: [] });
    });
  });

  describe('scores that age', () => {
    it('penalises more than 10 messages in 24 h, and lifts it once they are older, on a sweep', async () => {
      const setClock = pinClock(app.strapi, new Date().toISOString());
      const customer = await createCustomer(app.strapi);
      const ticket = await customerApi(customer).file('Many messages');
      for (let n = 0; n < 9; n += 1) await customerApi(customer).reply(ticket, `Message ${n}`);
      expect((await standing(customer)).score).toBe(0);
      await customerApi(customer).reply(ticket, 'Message 9');
      expect(await standing(customer)).toMatchObject({ score: 35, penalized: true, reasons: [{ signal: 'messages', figure: 11, threshold: 10 }] });

      setClock(new Date(Date.now() + 25 * HOUR).toISOString());
      await app.strapi.plugin('helpdesk').service('sla-sweeper').sweep();
      expect(await standing(customer)).toMatchObject({ score: 0, penalized: false });
      const row = (await queueRows()).find((entry) => entry.customer.id === customer.id)!;
      expect(row.queueOrder.penalized).toBe(false);
    });
  });

  describe('staff and the customer writing to one ticket at the same moment', () => {
    it('takes every reply, note and status change, none failing on a lock taken in the other order', async () => {
      const customer = await createCustomer(app.strapi);
      const ticket = await customerApi(customer).file('Busy ticket');
      const staffWrites = Array.from({ length: 6 }, (_, n) =>
        n % 2 === 0
          ? staffApi(staff).post(`/tickets/${ticket}/reply`, { data: { body: `Staff answer ${n}` } })
          : staffApi(staff).post(`/tickets/${ticket}/notes`, { data: { body: `Staff note ${n}` } })
      );
      const customerWrites = Array.from({ length: 10 }, (_, n) =>
        request(app.server)
          .post(`/api/helpdesk/tickets/${ticket}/messages`)
          .set('Authorization', `Bearer ${customer.jwt}`)
          .send({ data: { body: `Customer follow-up ${n}` } })
      );
      const statusWrites = [staffApi(staff).put(`/tickets/${ticket}/tier`, { data: { tier: 'priority' } })];
      const responses = await Promise.all([...staffWrites, ...customerWrites, ...statusWrites]);
      expect(responses.map((response) => response.status)).toEqual([...staffWrites.map(() => 201), ...customerWrites.map(() => 201), 200]);

      const detail = await staffApi(reader).get(`/tickets/${ticket}`);
      expect(detail.status).toBe(200);
      expect(detail.body.data.messages.filter((message: { body: string }) => /^(Staff|Customer) /.test(message.body))).toHaveLength(6 + 10);
      expect(detail.body.data.tier).toBe('priority');
      // The last write scored the customer with every other write in view: scoring afresh changes nothing.
      const afterBurst = await standing(customer);
      await app.strapi.db.transaction(() => app.strapi.plugin('helpdesk').service('fair-use').refreshCustomer(customer.id));
      const afresh = await standing(customer);
      expect({ score: afterBurst.score, reasons: afterBurst.reasons }).toEqual({ score: afresh.score, reasons: afresh.reasons });
    });
  });

  describe('bad input', () => {
    let customer: Customer;
    beforeAll(async () => {
      customer = await createCustomer(app.strapi);
    });

    it.each([
      [{ data: { mode: 'ban', reason: 'Because' } }, 'body.data.mode'],
      [{ data: { mode: 'pin', reason: 'Because' } }, 'body.data.score'],
      [{ data: { mode: 'pin', score: 101, reason: 'Because' } }, 'body.data.score'],
      [{ data: { mode: 'clear', score: 10, reason: 'Because' } }, 'body.data.score'],
      [{ data: { mode: 'clear', reason: ' ' } }, 'body.data.reason'],
      [{ data: { mode: 'clear', reason: 'Because', by: 1 } }, 'body.data.by'],
    ])('refuses %j naming %s, and changes nothing', async (body, field) => {
      const response = await staffApi(staff).put(`/customers/${customer.id}/fair-use`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect((await standing(customer)).override).toBeNull();
    });

    it('answers 404 for an unknown customer and 403 without the manage permission', async () => {
      expect((await staffApi(staff).put('/customers/999999/fair-use', { data: { mode: 'clear', reason: 'Because' } })).status).toBe(404);
      expect((await staffApi(staff).put('/customers/abc/fair-use', { data: { mode: 'clear', reason: 'Because' } })).status).toBe(400);
      expect((await staffApi(reader).put(`/customers/${customer.id}/fair-use`, { data: { mode: 'clear', reason: 'Because' } })).status).toBe(403);
      expect((await staffApi(reader).delete(`/customers/${customer.id}/fair-use`)).status).toBe(403);
    });
  });
});
