import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createStaff, type StaffMember } from '../helpers/users';

const TICKET = 'plugin::helpdesk.ticket';
const MESSAGE = 'plugin::helpdesk.ticket-message';
const STATS_DAY = 'plugin::helpdesk.stats-day';
const READ_QUEUE = 'plugin::helpdesk.queue.read';

// Four closed UTC days, long before the pinned clock: the dashboard keeps them as day rollups.
const PERIOD = { from: '2026-04-01T00:00:00.000Z', to: '2026-04-05T00:00:00.000Z' };

describe('the dashboard over kept days', () => {
  let app: TestApp;
  let reader: StaffMember;
  const at = (iso: string) => new Date(iso);

  const stats = async () => {
    const response = await request(app.server).get('/helpdesk/stats').query(PERIOD).set('Authorization', `Bearer ${reader.token}`);
    expect(response.status).toBe(200);
    return response.body.data;
  };
  /** Through the query engine, as the tickets API and the Content Manager write, with instants of the past. */
  const ticket = async (tier: 'standard' | 'priority', createdAt: string, stamps: Record<string, string> = {}) => {
    const row = await app.strapi.db.query(TICKET as any).create({
      data: { subject: 'Kept', body: 'Question', status: stamps.resolvedAt ? 'resolved' : 'open', tier, ...Object.fromEntries(Object.entries(stamps).map(([k, v]) => [k, at(v)])) },
    });
    await app.strapi.db.query(TICKET as any).update({ where: { id: row.id }, data: { createdAt: at(createdAt) } });
    return row;
  };
  const keptDays = async () => {
    const meta = app.strapi.db.metadata.get(STATS_DAY as any);
    const column = (name: string) => (meta.attributes[name] as any).columnName ?? name;
    const rows = await app.strapi.db.connection(meta.tableName).select({ day: column('day'), revision: column('revision'), computed: column('computedRevision') });
    return rows.filter((row: any) => Number(row.revision) === Number(row.computed)).length;
  };

  let answered: { id: number };
  let resolved: { id: number };

  beforeAll(async () => {
    app = await bootStrapi();
    pinClock(app.strapi, '2026-05-10T12:00:00Z');
    reader = await createStaff(app.strapi, app.server, { permissions: [READ_QUEUE] });

    answered = await ticket('standard', '2026-04-01T09:00:00Z', {
      firstRespondedAt: '2026-04-01T10:00:00Z',
      firstResponseDueAt: '2026-04-01T17:00:00Z',
    });
    resolved = await ticket('standard', '2026-04-02T09:00:00Z', { resolvedAt: '2026-04-03T09:00:00Z' });
    await ticket('standard', '2026-04-03T09:00:00Z');
    // A next response on the answered ticket, sent on the 2nd: it counts under the ticket's tier.
    const reply = await app.strapi.db.query(MESSAGE as any).create({
      data: { ticket: answered.id, authorKind: 'staff', body: 'Answer', internal: false, answeredDueAt: at('2026-04-02T12:00:00Z') },
    });
    await app.strapi.db.query(MESSAGE as any).update({ where: { id: reply.id }, data: { createdAt: at('2026-04-02T11:00:00Z') } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps the closed days after the first read and answers the same from them', async () => {
    const first = await stats();
    expect(await keptDays()).toBeGreaterThanOrEqual(4);
    expect(first.byTier.standard.filed).toBe(3);
    expect(first.byTier.standard.resolved).toBe(1);
    expect(first.byTier.standard.firstResponse).toMatchObject({ answered: 1, onTime: 1 });
    expect(first.byTier.standard.nextResponse).toMatchObject({ answered: 1, onTime: 1 });
    expect(await stats()).toEqual(first);
  });

  it('moves an old ticket, its answers and its replies to priority when its tier changes', async () => {
    await stats();
    await app.strapi.db.query(TICKET as any).update({ where: { id: answered.id }, data: { tier: 'priority' } });
    const data = await stats();
    expect(data.byTier.standard.filed).toBe(2);
    expect(data.byTier.priority.filed).toBe(1);
    expect(data.byTier.priority.firstResponse.answered).toBe(1);
    expect(data.byTier.priority.nextResponse.answered).toBe(1);
    expect(data.byTier.standard.nextResponse.answered).toBe(0);
  });

  it('stops counting a resolution when the ticket is reopened, and counts a late first answer', async () => {
    await stats();
    await app.strapi.db.query(TICKET as any).update({ where: { id: resolved.id }, data: { status: 'open', resolvedAt: null } });
    await app.strapi.db.query(TICKET as any).update({
      where: { id: resolved.id },
      data: { firstRespondedAt: at('2026-04-04T09:00:00Z'), firstResponseDueAt: at('2026-04-02T17:00:00Z') },
    });
    const data = await stats();
    expect(data.byTier.standard.resolved).toBe(0);
    expect(data.byTier.standard.firstResponse).toMatchObject({ answered: 1, onTime: 0, breached: 1 });
  });

  it('forgets a deleted ticket', async () => {
    await stats();
    await app.strapi.db.query(TICKET as any).delete({ where: { id: resolved.id } });
    const data = await stats();
    expect(data.totals.filed).toBe(2);
    expect(data.byTier.standard.firstResponse.answered).toBe(0);
  });

  it('sees a write made below Strapi only after recount()', async () => {
    const before = await stats();
    const meta = app.strapi.db.metadata.get(TICKET as any);
    const column = (name: string) => (meta.attributes[name] as any).columnName ?? name;
    const [template] = await app.strapi.db.connection(meta.tableName).where('id', answered.id).select('*');
    const { id: _id, ...copy } = template;
    await app.strapi.db.connection(meta.tableName).insert({
      ...copy,
      [column('documentId')]: 'importedticket00000000001',
      [column('reference')]: 'HD-IMPORTED-1',
      [column('tier')]: 'standard',
    });
    expect((await stats()).totals.filed).toBe(before.totals.filed);
    await app.strapi.plugin('helpdesk').service('stats').recount();
    expect((await stats()).totals.filed).toBe(before.totals.filed + 1);
  });
});
