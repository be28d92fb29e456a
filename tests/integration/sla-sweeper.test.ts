import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/users';
import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';

const TICKET = 'plugin::helpdesk.ticket';
const EVENT = 'plugin::helpdesk.sla-event';
const OUTBOX = 'plugin::helpdesk.mail-outbox';
const STAFF = ['desk@example.com', 'lead@example.com'];

describe('the breach sweeper', () => {
  let app: TestApp;
  let setClock: (iso: string) => void;
  let customerId: number;

  const sweeper = () => app.strapi.plugin('helpdesk').service('sla-sweeper');
  const events = (documentId: string) =>
    app.strapi.db.query(EVENT as any).findMany({ where: { ticket: { documentId } }, orderBy: { id: 'asc' } });
  const outbox = async (documentId: string) =>
    (await app.strapi.db.query(OUTBOX as any).findMany({})).filter((mail: any) => mail.payload?.ticketDocumentId === documentId);
  const createTicket = (tier: 'standard' | 'priority' = 'standard') =>
    documents(app.strapi, TICKET).create({ data: { subject: 'Help', body: 'Please', customer: customerId, tier } });

  beforeAll(async () => {
    app = await bootStrapi({ pluginConfig: { mail: { staffRecipients: STAFF }, slaSweeper: { enabled: false } } });
    customerId = (await createCustomer(app.strapi)).id;
    setClock = pinClock(app.strapi, '2026-03-10T09:00:00+01:00');
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('records a pre-breach at 75 % of the working time and a breach at the due instant, each once', async () => {
    setClock('2026-03-10T09:00:00+01:00'); // Tuesday opening; due 17:00, 75 % of 8 h = 15:00
    const ticket = await createTicket();

    setClock('2026-03-10T14:59:00+01:00');
    await sweeper().sweep();
    expect(await events(ticket.documentId)).toHaveLength(0);

    setClock('2026-03-10T15:00:00+01:00');
    await sweeper().sweep();
    await sweeper().sweep();
    const preBreach = await events(ticket.documentId);
    expect(preBreach.map((event: any) => [event.target, event.kind])).toEqual([['firstResponse', 'preBreach']]);
    const stamped = await app.strapi.db.query(TICKET as any).findOne({ where: { id: ticket.id } });
    expect(new Date(stamped.preBreachedAt).toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(stamped.breachedAt).toBeNull();

    setClock('2026-03-10T17:00:00+01:00');
    await sweeper().sweep();
    await sweeper().sweep();
    const all = await events(ticket.documentId);
    expect(all.map((event: any) => event.kind)).toEqual(['preBreach', 'breach']);
    const breached = await app.strapi.db.query(TICKET as any).findOne({ where: { id: ticket.id } });
    expect(new Date(breached.breachedAt).toISOString()).toBe('2026-03-10T16:00:00.000Z');
  });

  it('hands one alert per staff recipient to the mail outbox; standard alerts wait for staff hours', async () => {
    setClock('2026-03-10T16:30:00+01:00'); // after the cut-off: due Wednesday 17:00
    const ticket = await createTicket();
    setClock('2026-03-11T17:30:00+01:00'); // breached Wednesday evening, after staff hours
    await sweeper().sweep();

    const alerts = await outbox(ticket.documentId);
    const breachAlerts = alerts.filter((mail: any) => mail.template === 'sla-breach');
    expect(breachAlerts.map((mail: any) => mail.to).sort()).toEqual([...STAFF].sort());
    for (const mail of breachAlerts) {
      expect(new Date(mail.notBefore).toISOString()).toBe('2026-03-12T08:00:00.000Z'); // Thursday 09:00
      expect(mail.status).toBe('pending');
    }
    // Found together with its breach, the pre-breach is recorded but not mailed on top of it.
    expect(alerts.filter((mail: any) => mail.template === 'sla-pre-breach')).toHaveLength(0);
    expect((await events(ticket.documentId)).map((event: any) => event.kind).sort()).toEqual(['breach', 'preBreach']);
  });

  it('alerts at once for a priority ticket, even on a Sunday', async () => {
    setClock('2026-03-15T09:00:00+01:00');
    const ticket = await createTicket('priority');
    setClock('2026-03-15T17:05:00+01:00');
    await sweeper().sweep();
    const breachAlerts = (await outbox(ticket.documentId)).filter((mail: any) => mail.template === 'sla-breach');
    expect(breachAlerts).toHaveLength(STAFF.length);
    for (const mail of breachAlerts) expect(new Date(mail.notBefore).toISOString()).toBe('2026-03-15T16:05:00.000Z');
  });

  it('records nothing for a ticket waiting on the customer or already answered', async () => {
    setClock('2026-03-10T09:00:00+01:00');
    const waiting = await createTicket();
    await documents(app.strapi, TICKET).update({ documentId: waiting.documentId, data: { status: 'waiting_on_customer' } });
    const answered = await createTicket();
    await documents(app.strapi, 'plugin::helpdesk.ticket-message').create({
      data: { ticket: answered.documentId, authorKind: 'staff', body: 'Answer', internal: false },
    });
    setClock('2026-03-20T12:00:00+01:00');
    await sweeper().sweep();
    expect(await events(waiting.documentId)).toHaveLength(0);
    expect(await events(answered.documentId)).toHaveLength(0);
  });

  it('records each event exactly once when two instances sweep at the same moment', async () => {
    const breachAll = async () => {
      setClock('2026-03-16T09:00:00+01:00');
      const created = await Promise.all(Array.from({ length: 5 }, () => createTicket()));
      setClock('2026-03-16T17:30:00+01:00');
      return created;
    };
    const expectEachOnce = async (tickets: Array<{ documentId: string }>) => {
      for (const ticket of tickets) {
        expect((await events(ticket.documentId)).map((event: any) => event.kind).sort()).toEqual(['breach', 'preBreach']);
        expect((await outbox(ticket.documentId)).filter((mail: any) => mail.template === 'sla-breach')).toHaveLength(STAFF.length);
      }
    };

    // Without the lease both runs find the same due events; the unique event keys keep each single.
    const racing = await breachAll();
    const [first, second] = await Promise.all([sweeper().recordDueEvents(), sweeper().recordDueEvents()]);
    await expectEachOnce(racing);
    expect(first.filter((key: string) => second.includes(key))).toEqual([]);

    // With the lease, the second instance stands aside while the first sweeps.
    const leased = await breachAll();
    const runs = await Promise.all([sweeper().sweep({ holder: 'instance-a' }), sweeper().sweep({ holder: 'instance-b' })]);
    await expectEachOnce(leased);
    expect(runs.flatMap((run: any) => run.recorded)).toHaveLength(leased.length * 2);
  });

  it('lets one instance hold the sweep lease at a time, and another take it once it expires', async () => {
    const lease = app.strapi.plugin('helpdesk').service('job-lease');
    setClock('2026-03-17T09:00:00+01:00');
    expect(await lease.acquire('test-job', 60_000, 'a')).toBe(true);
    expect(await lease.acquire('test-job', 60_000, 'b')).toBe(false);
    expect(await lease.acquire('test-job', 60_000, 'a')).toBe(true);
    setClock('2026-03-17T09:02:00+01:00');
    expect(await lease.acquire('test-job', 60_000, 'b')).toBe(true);
  });
});

describe('the sweeper schedule', () => {
  it('is registered as a cron job unless the config turns it off', async () => {
    const on = await bootStrapi({ pluginConfig: { slaSweeper: { enabled: true, schedule: '*/30 * * * * *' } } });
    try {
      expect((on.strapi.cron as any).jobs.map((job: { name: string }) => job.name)).toContain('helpdesk-sla-sweeper');
    } finally {
      await on.stop();
    }
    const off = await bootStrapi({ pluginConfig: { slaSweeper: { enabled: false } } });
    try {
      expect((off.strapi.cron as any).jobs.map((job: { name: string }) => job.name)).not.toContain('helpdesk-sla-sweeper');
    } finally {
      await off.stop();
    }
  });
});
