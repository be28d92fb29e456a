import request from 'supertest';
import { compareQueue, type QueueTicket } from '../../server/src/domain/tickets';
import { pinClock } from '../helpers/clock';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';
import { documents } from '../helpers/documents';

const TICKET = 'plugin::helpdesk.ticket';
const MESSAGE = 'plugin::helpdesk.ticket-message';
const READ_QUEUE = 'plugin::helpdesk.queue.read';
const REPLY = 'plugin::helpdesk.tickets.reply';
const MANAGE = 'plugin::helpdesk.tickets.manage';

const UNKNOWN_ID = 'abcdefghijklmnopqrstuvwx';

describe('staff ticket API', () => {
  let app: TestApp;
  let setClock: (iso: string) => void;
  let reader: StaffMember;
  let replier: StaffMember;
  let manager: StaffMember;
  let nobody: StaffMember;
  let everything: StaffMember;
  let alice: Customer;

  const createTicket = (customer: Customer, data: Record<string, unknown> = {}) =>
    documents(app.strapi, TICKET).create({
      data: { subject: 'Question', body: 'How does it work?', customer: customer.id, ...data },
    });
  const row = (documentId: string) => app.strapi.db.query(TICKET as any).findOne({ where: { documentId } });
  const messagesOf = (documentId: string) =>
    app.strapi.db.query(MESSAGE as any).findMany({ where: { ticket: { documentId } }, orderBy: { id: 'asc' } });
  const messageCount = () => app.strapi.db.query(MESSAGE as any).count({});
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

  const as = (staff: StaffMember | null) => {
    const auth = (call: request.Test) => (staff ? call.set('Authorization', `Bearer ${staff.token}`) : call);
    return {
      get: (path: string, query: Record<string, unknown> | string = {}) => auth(request(app.server).get(`/helpdesk${path}`).query(query)),
      post: (path: string, body: unknown) => auth(request(app.server).post(`/helpdesk${path}`).send(body as object)),
      put: (path: string, body: unknown) => auth(request(app.server).put(`/helpdesk${path}`).send(body as object)),
    };
  };
  const queue = (query: Record<string, unknown> | string = {}) => as(reader).get('/tickets', query);
  const referencesOf = (response: request.Response) => response.body.data.map((ticket: any) => ticket.reference);

  beforeAll(async () => {
    app = await bootStrapi();
    setClock = pinClock(app.strapi, '2026-03-10T09:00:00+01:00');
    reader = await createStaff(app.strapi, app.server, { permissions: [READ_QUEUE] });
    replier = await createStaff(app.strapi, app.server, { permissions: [REPLY] });
    manager = await createStaff(app.strapi, app.server, { permissions: [MANAGE] });
    nobody = await createStaff(app.strapi, app.server, { permissions: ['plugin::helpdesk.settings.read'] });
    everything = await createStaff(app.strapi, app.server, { permissions: [READ_QUEUE, REPLY, MANAGE] });
    alice = await createCustomer(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('permissions', () => {
    let ticket: string;
    beforeAll(async () => {
      ticket = (await createTicket(alice)).documentId;
    });

    const routes = (documentId: () => string) => ({
      list: { action: READ_QUEUE, call: (s: StaffMember | null) => as(s).get('/tickets') },
      detail: { action: READ_QUEUE, call: (s: StaffMember | null) => as(s).get(`/tickets/${documentId()}`) },
      assignees: { action: READ_QUEUE, call: (s: StaffMember | null) => as(s).get('/assignees') },
      reply: { action: REPLY, call: (s: StaffMember | null) => as(s).post(`/tickets/${documentId()}/reply`, { data: { body: 'Hello' } }) },
      note: { action: REPLY, call: (s: StaffMember | null) => as(s).post(`/tickets/${documentId()}/notes`, { data: { body: 'Note' } }) },
      status: { action: MANAGE, call: (s: StaffMember | null) => as(s).put(`/tickets/${documentId()}/status`, { data: { status: 'open' } }) },
      assignee: { action: MANAGE, call: (s: StaffMember | null) => as(s).put(`/tickets/${documentId()}/assignee`, { data: { assignee: null } }) },
      tier: { action: MANAGE, call: (s: StaffMember | null) => as(s).put(`/tickets/${documentId()}/tier`, { data: { tier: 'standard' } }) },
    });

    it.each(Object.keys(routes(() => UNKNOWN_ID)))('%s: 401 anonymous, 403 without its action, works with exactly its action', async (name) => {
      const route = routes(() => ticket)[name as keyof ReturnType<typeof routes>];
      const holders: Record<string, StaffMember> = { [READ_QUEUE]: reader, [REPLY]: replier, [MANAGE]: manager };
      const before = await messageCount();

      expect((await route.call(null)).status).toBe(401);
      for (const [action, staff] of Object.entries(holders)) {
        if (action === route.action) continue;
        const refused = await route.call(staff);
        expect(refused.status).toBe(403);
        expect(refused.body.error).toMatchObject({ status: 403, name: 'PolicyError' });
      }
      const forbidden = await route.call(nobody);
      expect(forbidden.status).toBe(403);
      expect(await messageCount()).toBe(before);

      const allowed = await route.call(holders[route.action]);
      expect([200, 201]).toContain(allowed.status);
    });
  });

  describe('queue', () => {
    let bob: Customer;
    const tickets: Record<string, any> = {};

    beforeAll(async () => {
      bob = await createCustomer(app.strapi);
      const at = async (instant: string, name: string, data: Record<string, unknown> = {}) => {
        setClock(instant);
        tickets[name] = await createTicket(bob, { reference: `Q-${name}`, subject: `Queue ${name}`, ...data });
      };
      // Standard first responses: Tuesday 10:00 is due Tuesday 17:00, Tuesday 16:30 is due Wednesday 17:00.
      await at('2026-03-10T16:30:00+01:00', 'standardLate');
      await at('2026-03-10T10:00:00+01:00', 'standardEarly');
      // Priority received on Wednesday is due Wednesday 17:00 — after the early standard ticket, yet first.
      await at('2026-03-11T10:00:00+01:00', 'priority', { tier: 'priority' });
      await at('2026-03-10T11:00:00+01:00', 'waiting');
      await documents(app.strapi, TICKET).update({ documentId: tickets.waiting.documentId, data: { status: 'waiting_on_customer' } });
      await at('2026-03-10T09:30:00+01:00', 'closed');
      await documents(app.strapi, TICKET).update({ documentId: tickets.closed.documentId, data: { status: 'closed' } });
      await at('2026-03-10T09:45:00+01:00', 'resolved', { body: 'Mentions the 100% WIDGET discount' });
      await documents(app.strapi, TICKET).update({ documentId: tickets.resolved.documentId, data: { status: 'resolved' } });
    });

    it('orders priority first, then the earliest due, waiting tickets last, and leaves resolved and closed out', async () => {
      const response = await queue({ customer: bob.id });
      expect(response.status).toBe(200);
      expect(referencesOf(response)).toEqual(['Q-priority', 'Q-standardEarly', 'Q-standardLate', 'Q-waiting']);
      expect(response.body.meta.pagination.total).toBe(4);
      const [priority, early] = response.body.data;
      expect(priority.dueAt).toBe('2026-03-11T16:00:00.000Z');
      expect(early.dueAt).toBe('2026-03-10T16:00:00.000Z');
      expect(response.body.data[3].dueAt).toBeNull();
    });

    it('uses the same order without filters, in agreement with the domain definition of the queue', async () => {
      const response = await queue({ pageSize: 100 });
      expect(response.status).toBe(200);
      const mine = referencesOf(response).filter((reference: string | null) => reference?.startsWith('Q-'));
      expect(mine).toEqual(['Q-priority', 'Q-standardEarly', 'Q-standardLate', 'Q-waiting']);

      const rows = await app.strapi.db.query(TICKET as any).findMany({ where: { status: { $notIn: ['resolved', 'closed'] } } });
      const asQueue = (ticket: any): QueueTicket => ({
        status: ticket.status,
        tier: ticket.tier,
        penalized: Boolean(ticket.fairUsePenalized),
        firstResponseDueAt: ticket.firstResponseDueAt ? new Date(ticket.firstResponseDueAt) : null,
        firstRespondedAt: ticket.firstRespondedAt ? new Date(ticket.firstRespondedAt) : null,
        nextResponseDueAt: ticket.nextResponseDueAt ? new Date(ticket.nextResponseDueAt) : null,
        createdAt: new Date(ticket.createdAt),
        id: ticket.id,
      });
      const expected = rows.map(asQueue).sort(compareQueue).map((ticket: QueueTicket) => rows.find((r: any) => r.id === ticket.id).documentId);
      expect(response.body.data.map((ticket: any) => ticket.documentId)).toEqual(expected);
    });

    it('answers each result with the fields of a queue row and no secrets of users', async () => {
      const response = await queue({ customer: bob.id, tier: 'priority' });
      const [ticket] = response.body.data;
      expect(Object.keys(ticket).sort()).toEqual(
        [
          'assignee',
          'breachedAt',
          'createdAt',
          'customer',
          'documentId',
          'dueAt',
          'fairUse',
          'firstRespondedAt',
          'firstResponseDueAt',
          'nextResponseDueAt',
          'pausedAt',
          'preBreachedAt',
          'priorityScore',
          'queueOrder',
          'reference',
          'resolutionDueAt',
          'status',
          'subject',
          'tier',
          'updatedAt',
        ].sort()
      );
      expect(ticket.customer).toEqual({ id: bob.id, email: bob.email, username: expect.any(String) });
      expect(ticket.assignee).toBeNull();
      expect(JSON.stringify(response.body)).not.toMatch(/password|resetPasswordToken|confirmationToken/);
    });

    it('filters by status, including resolved and closed when asked', async () => {
      expect(referencesOf(await queue({ customer: bob.id, status: 'waiting_on_customer' }))).toEqual(['Q-waiting']);
      expect(referencesOf(await queue({ customer: bob.id, status: 'closed,resolved', sort: 'reference:asc' }))).toEqual(['Q-closed', 'Q-resolved']);
      expect(referencesOf(await queue(`customer=${bob.id}&status=closed&status=new`)).sort()).toEqual(
        ['Q-closed', 'Q-priority', 'Q-standardEarly', 'Q-standardLate'].sort()
      );
    });

    it('filters by tier', async () => {
      expect(referencesOf(await queue({ customer: bob.id, tier: 'priority' }))).toEqual(['Q-priority']);
      expect(referencesOf(await queue({ customer: bob.id, tier: 'standard' }))).toEqual(['Q-standardEarly', 'Q-standardLate', 'Q-waiting']);
    });

    it('filters by assignee: me, an admin id, none', async () => {
      await as(manager).put(`/tickets/${tickets.standardLate.documentId}/assignee`, { data: { assignee: reader.id } });
      await as(manager).put(`/tickets/${tickets.waiting.documentId}/assignee`, { data: { assignee: manager.id } });
      expect(referencesOf(await queue({ customer: bob.id, assignee: 'me' }))).toEqual(['Q-standardLate']);
      expect(referencesOf(await queue({ customer: bob.id, assignee: String(manager.id) }))).toEqual(['Q-waiting']);
      expect(referencesOf(await queue({ customer: bob.id, assignee: 'none' }))).toEqual(['Q-priority', 'Q-standardEarly']);
      const [assigned] = (await queue({ customer: bob.id, assignee: 'me' })).body.data;
      expect(assigned.assignee).toEqual({ id: reader.id, firstname: 'Staff', lastname: expect.any(String), email: reader.email });
    });

    it('filters by breach', async () => {
      await app.strapi.db.query(TICKET as any).update({ where: { id: tickets.standardEarly.id }, data: { breachedAt: new Date('2026-03-10T16:00:00Z') } });
      const breached = await queue({ customer: bob.id, breached: 'true' });
      expect(referencesOf(breached)).toEqual(['Q-standardEarly']);
      expect(breached.body.data[0].breachedAt).toBe('2026-03-10T16:00:00.000Z');
      expect(referencesOf(await queue({ customer: bob.id, breached: 'false' }))).toEqual(['Q-priority', 'Q-standardLate', 'Q-waiting']);
    });

    it('filters by customer id or e-mail (any case), and finds nothing for an unknown customer', async () => {
      expect(referencesOf(await queue({ customer: bob.email.toUpperCase() }))).toEqual(['Q-priority', 'Q-standardEarly', 'Q-standardLate', 'Q-waiting']);
      expect((await queue({ customer: 'nobody@example.com' })).body).toEqual({
        data: [],
        meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } },
      });
      expect((await queue({ customer: 987654 })).body.data).toEqual([]);
    });

    it('searches subject, body and reference case-insensitively, with % and _ taken literally', async () => {
      expect(referencesOf(await queue({ customer: bob.id, q: 'queue PRIORITY' }))).toEqual(['Q-priority']);
      expect(referencesOf(await queue({ customer: bob.id, q: 'q-standardl' }))).toEqual(['Q-standardLate']);
      expect(referencesOf(await queue({ customer: bob.id, status: 'resolved', q: '100% widget' }))).toEqual(['Q-resolved']);
      expect(referencesOf(await queue({ customer: bob.id, q: '%' }))).toEqual([]);
      expect(referencesOf(await queue({ customer: bob.id, q: 'Q_' }))).toEqual([]);
      expect(referencesOf(await queue({ customer: bob.id, q: "' OR 1=1 --" }))).toEqual([]);
    });

    it('pages with correct meta, without overlaps', async () => {
      const carol = await createCustomer(app.strapi);
      for (let i = 1; i <= 5; i += 1) {
        setClock(`2026-03-12T1${i}:00:00+01:00`);
        await createTicket(carol, { reference: `P-${i}` });
      }
      const pages = [];
      for (let page = 1; page <= 4; page += 1) pages.push(await queue({ customer: carol.id, pageSize: 2, page }));
      expect(pages.map((response) => response.body.meta.pagination)).toEqual([
        { page: 1, pageSize: 2, pageCount: 3, total: 5 },
        { page: 2, pageSize: 2, pageCount: 3, total: 5 },
        { page: 3, pageSize: 2, pageCount: 3, total: 5 },
        { page: 4, pageSize: 2, pageCount: 3, total: 5 },
      ]);
      // All are due Thursday at the close: equal dues go to the oldest ticket first.
      expect(pages.flatMap(referencesOf)).toEqual(['P-1', 'P-2', 'P-3', 'P-4', 'P-5']);
      expect(pages[3].body.data).toEqual([]);
    });

    it('counts only the tickets filed after an instant, for the "new tickets" notice of the queue page', async () => {
      const carol = await createCustomer(app.strapi);
      await createTicket(carol, { subject: 'Before the look' });
      const lookedAt = new Date((await row((await createTicket(carol, { subject: 'At the look' })).documentId)).createdAt);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await createTicket(carol, { subject: 'After the look' });

      const arrivals = await queue({ customer: carol.id, createdAfter: lookedAt.toISOString() });
      expect(arrivals.status).toBe(200);
      expect(arrivals.body.data.map((ticket: any) => ticket.subject)).toEqual(['After the look']);
      expect(arrivals.body.meta.pagination.total).toBe(1);
      expect((await queue({ customer: carol.id })).body.meta.pagination.total).toBe(3);
    });

    it('shows the tickets due within a window from now, as the homepage widget links to', async () => {
      const dave = await createCustomer(app.strapi);
      setClock('2026-03-17T16:10:00+01:00');
      const now = Date.parse('2026-03-17T16:10:00+01:00');
      const inMinutes = (minutes: number) => new Date(now + minutes * 60_000);
      const ticketWith = async (reference: string, stamps: Record<string, unknown>) => {
        const created = await createTicket(dave, { reference });
        await app.strapi.db.query(TICKET as any).update({ where: { id: created.id }, data: stamps });
      };
      const answered = inMinutes(-600);
      await ticketWith('D-first-soon', { firstResponseDueAt: inMinutes(50), firstRespondedAt: null });
      await ticketWith('D-next-soon', { firstResponseDueAt: inMinutes(-900), firstRespondedAt: answered, nextResponseDueAt: inMinutes(30) });
      await ticketWith('D-first-later', { firstResponseDueAt: inMinutes(24 * 60), firstRespondedAt: null });
      await ticketWith('D-overdue', { firstResponseDueAt: inMinutes(-5), firstRespondedAt: null });
      await ticketWith('D-next-but-first-overdue', { firstResponseDueAt: inMinutes(-5), firstRespondedAt: null, nextResponseDueAt: inMinutes(20) });
      await ticketWith('D-answered', { firstResponseDueAt: inMinutes(40), firstRespondedAt: answered, nextResponseDueAt: null });
      await ticketWith('D-breached', { firstResponseDueAt: inMinutes(40), firstRespondedAt: null, breachedAt: inMinutes(-60) });
      await ticketWith('D-waiting', { status: 'waiting_on_customer', firstResponseDueAt: inMinutes(-900), firstRespondedAt: answered, nextResponseDueAt: inMinutes(15) });

      const dueSoon = await queue({ customer: dave.id, dueWithin: 60 });
      expect(dueSoon.status).toBe(200);
      expect(referencesOf(dueSoon)).toEqual(['D-next-soon', 'D-first-soon']);
      expect(dueSoon.body.meta.pagination.total).toBe(2);
      expect(referencesOf(await queue({ customer: dave.id, dueWithin: 40 }))).toEqual(['D-next-soon']);
      expect(referencesOf(await queue({ customer: dave.id, dueWithin: 24 * 60 }))).toEqual(['D-next-soon', 'D-first-soon', 'D-first-later']);
    });

    it('sorts by an allowed column instead of the queue order when asked', async () => {
      expect(referencesOf(await queue({ customer: bob.id, sort: 'reference:desc' }))).toEqual([
        'Q-waiting',
        'Q-standardLate',
        'Q-standardEarly',
        'Q-priority',
      ]);
      const newest = referencesOf(await queue({ customer: bob.id, sort: 'createdAt:desc' }));
      expect(newest).toHaveLength(4);
    });
  });

  describe('ticket view', () => {
    it('shows the whole thread with internal notes, oldest first, and the customer\'s other tickets', async () => {
      const dave = await createCustomer(app.strapi);
      const earlier = await createTicket(dave, { reference: 'D-1', subject: 'Earlier question' });
      const ticket = await createTicket(dave, { reference: 'D-2', subject: 'Current question' });
      const other = await createCustomer(app.strapi);
      await createTicket(other, { reference: 'O-1' });

      setClock('2026-03-12T10:00:00+01:00');
      await documents(app.strapi, MESSAGE).create({
        data: { ticket: ticket.documentId, authorKind: 'customer', authorUser: dave.id, body: 'More details', internal: false },
      });
      setClock('2026-03-12T10:05:00+01:00');
      expect((await as(everything).post(`/tickets/${ticket.documentId}/notes`, { data: { body: 'Check the logs' } })).status).toBe(201);
      setClock('2026-03-12T10:10:00+01:00');
      expect((await as(everything).post(`/tickets/${ticket.documentId}/reply`, { data: { body: 'Try this' } })).status).toBe(201);

      const response = await as(reader).get(`/tickets/${ticket.documentId}`);
      expect(response.status).toBe(200);
      const view = response.body.data;
      expect(view).toMatchObject({ documentId: ticket.documentId, reference: 'D-2', body: 'How does it work?', status: 'open' });
      expect(view.customer).toEqual({ id: dave.id, email: dave.email, username: expect.any(String) });
      expect(view.messages.map((m: any) => [m.authorKind, m.internal, m.body])).toEqual([
        ['customer', false, 'More details'],
        ['staff', true, 'Check the logs'],
        ['staff', false, 'Try this'],
      ]);
      expect(view.messages[0].author).toEqual({ id: dave.id, email: dave.email });
      expect(view.messages[1].author).toEqual({ id: everything.id, name: expect.stringMatching(/^Staff /) });
      expect(view.messages[1]).toMatchObject({ readAt: null, createdAt: expect.any(String), documentId: expect.any(String) });
      expect(view.customerTickets).toEqual([
        { documentId: earlier.documentId, reference: 'D-1', subject: 'Earlier question', status: 'new', createdAt: expect.any(String) },
      ]);
      expect(view.incidentClass).toBeNull();
      // What the ticket page needs beyond the row: the moves staff may make now, and the zone its SLA is kept in.
      expect(view.allowedStatuses).toEqual(['waiting_on_customer', 'resolved', 'closed']);
      expect(view.timezone).toBe('Europe/Amsterdam');
      expect(view.attachments).toEqual([]);
      expect(view.messages.every((m: any) => Array.isArray(m.attachments) && m.attachments.length === 0)).toBe(true);
      expect(view).not.toHaveProperty('slaClock');
      expect(JSON.stringify(response.body)).not.toMatch(/password|resetPasswordToken|confirmationToken/);
    });

    it('shows the incident class', async () => {
      const incidentClass = await documents(app.strapi, 'plugin::helpdesk.incident-class').create({
        data: { name: 'Installation', creditsMin: 1, creditsMax: 2, alwaysFree: false },
      });
      const ticket = await createTicket(alice, { incidentClass: incidentClass.documentId });
      const view = (await as(reader).get(`/tickets/${ticket.documentId}`)).body.data;
      expect(view.incidentClass).toMatchObject({ documentId: incidentClass.documentId, name: 'Installation', creditsMin: 1, creditsMax: 2, alwaysFree: false });
    });

    it('answers 404 in Strapi\'s shape for a well-formed unknown ticket', async () => {
      const response = await as(reader).get(`/tickets/${UNKNOWN_ID}`);
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError', message: 'Ticket not found' });
    });
  });

  describe('assignees', () => {
    it('lists the admin users who may log in, by name, with nothing secret', async () => {
      const response = await as(reader).get('/assignees');
      expect(response.status).toBe(200);
      const ids = response.body.data.map((admin: any) => admin.id);
      for (const staff of [reader, replier, manager, everything]) expect(ids).toContain(staff.id);
      expect(response.body.data[0]).toEqual({ id: expect.any(Number), name: expect.any(String), email: expect.any(String) });
      expect(JSON.stringify(response.body)).not.toMatch(/password|resetPasswordToken|registrationToken/);

      await app.strapi.db.query('admin::user' as any).update({ where: { id: nobody.id }, data: { isActive: false } });
      try {
        expect((await as(reader).get('/assignees')).body.data.map((admin: any) => admin.id)).not.toContain(nobody.id);
      } finally {
        await app.strapi.db.query('admin::user' as any).update({ where: { id: nobody.id }, data: { isActive: true } });
      }
    });
  });

  describe('reply and note', () => {
    it('replies in public: a staff message, new becomes open, the first response is stamped', async () => {
      setClock('2026-03-10T10:00:00+01:00');
      const ticket = await createTicket(alice);
      setClock('2026-03-10T11:30:00+01:00');
      const body = '<script>alert(1)</script> \'; DROP TABLE helpdesk_tickets; --';
      const response = await as(replier).post(`/tickets/${ticket.documentId}/reply`, { data: { body } });
      expect(response.status).toBe(201);
      expect(response.body.data).toMatchObject({ authorKind: 'staff', internal: false, body, author: { id: replier.id } });
      expect(response.body.meta.ticket).toMatchObject({ documentId: ticket.documentId, status: 'open', firstRespondedAt: '2026-03-10T10:30:00.000Z' });

      const stored = await row(ticket.documentId);
      expect(stored.status).toBe('open');
      expect(iso(stored.firstRespondedAt)).toBe('2026-03-10T10:30:00.000Z');
      const messages = await app.strapi.db.query(MESSAGE as any).findMany({ where: { ticket: { documentId: ticket.documentId } }, populate: ['authorAdmin'] });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ authorKind: 'staff', internal: false, body });
      expect(messages[0].authorAdmin.id).toBe(replier.id);
    });

    it('leaves other statuses as they are on a reply', async () => {
      const ticket = await createTicket(alice);
      await documents(app.strapi, TICKET).update({ documentId: ticket.documentId, data: { status: 'waiting_on_customer' } });
      const response = await as(replier).post(`/tickets/${ticket.documentId}/reply`, { data: { body: 'Any news?' } });
      expect(response.status).toBe(201);
      expect((await row(ticket.documentId)).status).toBe('waiting_on_customer');
    });

    it('writes an internal note that changes nothing else', async () => {
      setClock('2026-03-10T10:00:00+01:00');
      const ticket = await createTicket(alice);
      const before = await row(ticket.documentId);
      setClock('2026-03-10T12:00:00+01:00');
      const response = await as(replier).post(`/tickets/${ticket.documentId}/notes`, { data: { body: 'Customer is on the old plan' } });
      expect(response.status).toBe(201);
      expect(response.body.data).toMatchObject({ authorKind: 'staff', internal: true, body: 'Customer is on the old plan' });
      expect(await row(ticket.documentId)).toEqual(before);
      expect((await messagesOf(ticket.documentId)).map((m: any) => m.internal)).toEqual([true]);
    });

    it('refuses a reply or a note on a closed ticket with a 409 and writes nothing', async () => {
      const ticket = await createTicket(alice, { reference: 'C-1' });
      await documents(app.strapi, TICKET).update({ documentId: ticket.documentId, data: { status: 'closed' } });
      const before = await row(ticket.documentId);
      for (const path of ['reply', 'notes']) {
        const response = await as(everything).post(`/tickets/${ticket.documentId}/${path}`, { data: { body: 'Too late' } });
        expect(response.status).toBe(409);
        expect(response.body).toEqual({
          data: null,
          error: { status: 409, name: 'ConflictError', message: expect.stringContaining('closed'), details: { status: 'closed' } },
        });
      }
      expect(await messagesOf(ticket.documentId)).toEqual([]);
      expect(await row(ticket.documentId)).toEqual(before);
    });
  });

  describe('status, assignee and tier', () => {
    it('makes a legal status change and lets the middleware stamp it', async () => {
      setClock('2026-03-10T10:00:00+01:00');
      const ticket = await createTicket(alice);
      setClock('2026-03-10T11:00:00+01:00');
      const response = await as(manager).put(`/tickets/${ticket.documentId}/status`, { data: { status: 'waiting_on_customer' } });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ status: 'waiting_on_customer', pausedAt: '2026-03-10T10:00:00.000Z', dueAt: null });

      const resolved = await as(manager).put(`/tickets/${ticket.documentId}/status`, { data: { status: 'resolved' } });
      expect(resolved.body.data.status).toBe('resolved');
      expect(iso((await row(ticket.documentId)).resolvedAt)).toBe('2026-03-10T10:00:00.000Z');

      const reopened = await as(manager).put(`/tickets/${ticket.documentId}/status`, { data: { status: 'open' } });
      expect(reopened.body.data.status).toBe('open');
      const again = await as(manager).put(`/tickets/${ticket.documentId}/status`, { data: { status: 'open' } });
      expect(again.status).toBe(200);
    });

    it.each([
      ['closed', 'open'],
      ['closed', 'resolved'],
      ['awaiting_payment', 'open'],
      ['resolved', 'waiting_on_customer'],
      ['open', 'new'],
    ])('refuses %s → %s with a 409 naming both and changes nothing', async (from, to) => {
      const ticket = await createTicket(alice, { status: from });
      const before = await row(ticket.documentId);
      const response = await as(manager).put(`/tickets/${ticket.documentId}/status`, { data: { status: to } });
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ status: 409, name: 'ConflictError', details: { from, to } });
      expect(response.body.error.message).toContain(`from ${from} to ${to}`);
      expect(await row(ticket.documentId)).toEqual(before);
    });

    it('assigns and unassigns', async () => {
      const ticket = await createTicket(alice);
      const assigned = await as(manager).put(`/tickets/${ticket.documentId}/assignee`, { data: { assignee: reader.id } });
      expect(assigned.status).toBe(200);
      expect(assigned.body.data.assignee).toEqual({ id: reader.id, firstname: 'Staff', lastname: expect.any(String), email: reader.email });
      expect(JSON.stringify(assigned.body)).not.toMatch(/password/);
      const reassigned = await as(manager).put(`/tickets/${ticket.documentId}/assignee`, { data: { assignee: manager.id } });
      expect(reassigned.body.data.assignee.id).toBe(manager.id);
      const unassigned = await as(manager).put(`/tickets/${ticket.documentId}/assignee`, { data: { assignee: null } });
      expect(unassigned.status).toBe(200);
      expect(unassigned.body.data.assignee).toBeNull();
      const stored = await app.strapi.db.query(TICKET as any).findOne({ where: { documentId: ticket.documentId }, populate: ['assignee'] });
      expect(stored.assignee).toBeNull();
    });

    it('changes the tier, and the middleware restarts the due under the priority calendar', async () => {
      setClock('2026-03-14T11:30:00+01:00'); // Saturday after the standard cut-off: due Monday
      const ticket = await createTicket(alice);
      expect(iso(ticket.firstResponseDueAt)).toBe('2026-03-16T16:00:00.000Z');
      const response = await as(manager).put(`/tickets/${ticket.documentId}/tier`, { data: { tier: 'priority' } });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ tier: 'priority', firstResponseDueAt: '2026-03-14T16:00:00.000Z' });
    });
  });

  describe('bad input', () => {
    let ticket: string;
    let before: Record<string, unknown>;
    let messagesBefore: number;

    beforeAll(async () => {
      ticket = (await createTicket(alice, { reference: 'BAD-1' })).documentId;
    });
    beforeEach(async () => {
      before = await row(ticket);
      messagesBefore = await messageCount();
    });
    afterEach(async () => {
      expect(await row(ticket)).toEqual(before);
      expect(await messageCount()).toBe(messagesBefore);
    });

    const expectRefused = (response: request.Response, field: string, status = 400) => {
      expect(response.status).toBe(status);
      expect(response.body.error.status).toBe(status);
      expect(response.body.error.message).toContain(field);
    };

    const malformedIds = ['abc', 'ABCDEFGHIJKLMNOPQRSTUVWX', `${'a'.repeat(23)}-`, `${'a'.repeat(25)}`, "' OR '1'='1", '%24ne'];

    it.each([
      ['status=bogus', 'query.status.0'],
      ['tier=gold', 'query.tier'],
      ['assignee=somebody', 'query.assignee'],
      ['breached=yes', 'query.breached'],
      ['customer=1%20OR%201%3D1', 'query.customer'],
      ['q=a%00b', 'query.q'],
      ['q[$ne]=x', 'query.q'],
      ['sort=id%3Bdrop%20table', 'query.sort'],
      ['createdAfter=yesterday', 'query.createdAfter'],
      ['createdAfter=2026-12-01', 'query.createdAfter'],
      ['dueWithin=0', 'query.dueWithin'],
      ['dueWithin=soon', 'query.dueWithin'],
      ['dueWithin=20000', 'query.dueWithin'],
      ['page=0', 'query.page'],
      ['pageSize=1000', 'query.pageSize'],
      ['pageSize=abc', 'query.pageSize'],
      ['surprise=1', 'query.surprise'],
    ])('GET /tickets?%s → 400 naming %s', async (query, field) => {
      expectRefused(await as(reader).get('/tickets', query), field);
    });

    it.each(malformedIds)('GET /tickets/%s → 400 naming params.documentId', async (id) => {
      expectRefused(await as(reader).get(`/tickets/${encodeURIComponent(id)}`), 'params.documentId');
    });

    it.each(['reply', 'notes'])('POST /tickets/:id/%s refuses bad bodies naming the field', async (path) => {
      const post = (body: unknown, id = ticket) => as(everything).post(`/tickets/${id}/${path}`, body);
      expectRefused(await post({ data: { body: 123 } }), 'body.data.body');
      expectRefused(await post({ data: { body: 'Hi', internal: false } }), 'body.data.internal');
      expectRefused(await post({ data: { body: 'x'.repeat(20_001) } }), 'body.data.body');
      expectRefused(await post({ data: { body: '  \n\t ' } }), 'body.data.body');
      expectRefused(await post({ data: { body: 'nul \u0000 byte' } }), 'body.data.body');
      expectRefused(await post({ data: { body: { $gt: '' } } }), 'body.data.body');
      expectRefused(await post({ body: 'Hi' }), 'body.data');
      expectRefused(await post({ data: { body: 'Hi' }, authorKind: 'customer' }), 'body.authorKind');
      for (const id of malformedIds) expectRefused(await post({ data: { body: 'Hi' } }, encodeURIComponent(id)), 'params.documentId');
      expectRefused(await post({ data: { body: 'Hi' } }, UNKNOWN_ID), 'Ticket not found', 404);
    });

    it('accepts a body of exactly 20000 characters', async () => {
      // Another customer's ticket: a new ticket of alice's would rightly change her fair-use figures.
      const other = (await createTicket(await createCustomer(app.strapi))).documentId;
      const response = await as(everything).post(`/tickets/${other}/notes`, { data: { body: 'x'.repeat(20_000) } });
      expect(response.status).toBe(201);
      messagesBefore += 1;
    });

    it('PUT /tickets/:id/status refuses bad bodies naming the field', async () => {
      const put = (body: unknown, id = ticket) => as(manager).put(`/tickets/${id}/status`, body);
      expectRefused(await put({ data: { status: 'deleted' } }), 'body.data.status');
      expectRefused(await put({ data: { status: 3 } }), 'body.data.status');
      expectRefused(await put({ data: { status: ['open'] } }), 'body.data.status');
      expectRefused(await put({ data: {} }), 'body.data.status');
      expectRefused(await put({ data: { status: 'open', breachedAt: null } }), 'body.data.breachedAt');
      expectRefused(await put({ data: { status: "open'; --" } }), 'body.data.status');
      for (const id of malformedIds) expectRefused(await put({ data: { status: 'open' } }, encodeURIComponent(id)), 'params.documentId');
      expectRefused(await put({ data: { status: 'open' } }, UNKNOWN_ID), 'Ticket not found', 404);
    });

    it('PUT /tickets/:id/assignee refuses bad bodies naming the field', async () => {
      const put = (body: unknown, id = ticket) => as(manager).put(`/tickets/${id}/assignee`, body);
      expectRefused(await put({ data: { assignee: String(reader.id) } }), 'body.data.assignee');
      expectRefused(await put({ data: { assignee: -1 } }), 'body.data.assignee');
      expectRefused(await put({ data: { assignee: 1.5 } }), 'body.data.assignee');
      expectRefused(await put({ data: { assignee: 999_999 } }), 'body.data.assignee');
      expectRefused(await put({ data: { assignee: { $gt: 0 } } }), 'body.data.assignee');
      expectRefused(await put({ data: {} }), 'body.data.assignee');
      expectRefused(await put({ data: { assignee: null, tier: 'priority' } }), 'body.data.tier');
      for (const id of malformedIds) expectRefused(await put({ data: { assignee: null } }, encodeURIComponent(id)), 'params.documentId');
      expectRefused(await put({ data: { assignee: null } }, UNKNOWN_ID), 'Ticket not found', 404);
    });

    it('PUT /tickets/:id/tier refuses bad bodies naming the field', async () => {
      const put = (body: unknown, id = ticket) => as(manager).put(`/tickets/${id}/tier`, body);
      expectRefused(await put({ data: { tier: 'gold' } }), 'body.data.tier');
      expectRefused(await put({ data: { tier: null } }), 'body.data.tier');
      expectRefused(await put({ data: { tier: 'PRIORITY' } }), 'body.data.tier');
      expectRefused(await put({ data: { tier: 'priority', priorityPaidAt: '2026-01-01' } }), 'body.data.priorityPaidAt');
      expectRefused(await put({ tier: 'priority' }), 'body.data');
      expectRefused(await put([{ data: { tier: 'priority' } }]), 'body');
      for (const id of malformedIds) expectRefused(await put({ data: { tier: 'priority' } }, encodeURIComponent(id)), 'params.documentId');
      expectRefused(await put({ data: { tier: 'priority' } }, UNKNOWN_ID), 'Ticket not found', 404);
    });
  });
});
