import request from 'supertest';
import { pinClock } from '../helpers/clock';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createStaff, type StaffMember } from '../helpers/users';

const TICKET = 'plugin::helpdesk.ticket';
const SLA_EVENT = 'plugin::helpdesk.sla-event';
const DEFLECTION = 'plugin::helpdesk.deflection';
const FAQ = 'plugin::helpdesk.faq';
const STANDING = 'plugin::helpdesk.fair-use-standing';
const CREDIT_TRANSACTION = 'plugin::helpdesk.credit-transaction';
const MESSAGE = 'plugin::helpdesk.ticket-message';
const READ_QUEUE = 'plugin::helpdesk.queue.read';

// Local days 2026-03-23 … 2026-04-29 in Europe/Amsterdam: the DST change (29 March) and King's Day (27 April).
const FROM = '2026-03-22T23:00:00.000Z';
const TO = '2026-04-29T22:00:00.000Z';
const FAQ_ID = 'faqpasswordreset000000001';
const OTHER_ID = 'docsinstallguide000000001';

describe('GET /helpdesk/stats', () => {
  let app: TestApp;
  let reader: StaffMember;
  let nobody: StaffMember;

  const at = (iso: string) => new Date(iso);
  /** Writes below the document service, so the SLA stamping keeps its hands off the given instants. */
  const insert = async (uid: string, data: Record<string, unknown>, createdAt: string) => {
    const row = await app.strapi.db.query(uid as any).create({ data });
    await app.strapi.db.query(uid as any).update({ where: { id: row.id }, data: { createdAt: at(createdAt) } });
    return row;
  };
  let tickets = 0;
  const ticket = (tier: 'standard' | 'priority', createdAt: string, stamps: Record<string, string> = {}) =>
    insert(
      TICKET,
      {
        subject: `Ticket ${++tickets}`,
        body: 'Question',
        status: stamps.resolvedAt ? 'resolved' : 'open',
        tier,
        ...Object.fromEntries(Object.entries(stamps).map(([key, value]) => [key, at(value)])),
      },
      createdAt
    );

  const stats = (staff: StaffMember | null, query: Record<string, string> = { from: FROM, to: TO }) => {
    const call = request(app.server).get('/helpdesk/stats').query(query);
    return staff ? call.set('Authorization', `Bearer ${staff.token}`) : call;
  };

  beforeAll(async () => {
    app = await bootStrapi();
    pinClock(app.strapi, '2026-05-10T12:00:00Z');
    reader = await createStaff(app.strapi, app.server, { permissions: [READ_QUEUE] });
    nobody = await createStaff(app.strapi, app.server, { permissions: ['plugin::helpdesk.settings.read'] });

    // Standard. A: Friday before DST, answered after 1 h, on time, resolved that afternoon.
    const a = await ticket('standard', '2026-03-27T10:30:00+01:00', {
      firstRespondedAt: '2026-03-27T11:30:00+01:00',
      firstResponseDueAt: '2026-03-27T17:00:00+01:00',
      resolvedAt: '2026-03-27T15:00:00+01:00',
    });
    // B: Monday after DST, 4 h, on time.
    const b = await ticket('standard', '2026-03-30T10:30:00+02:00', {
      firstRespondedAt: '2026-03-30T14:30:00+02:00',
      firstResponseDueAt: '2026-03-30T17:00:00+02:00',
      resolvedAt: '2026-03-31T10:00:00+02:00',
    });
    // C: Saturday 11:00, answered Monday 10:00 across DST: 46 h, in business hours 1 (Saturday) + 1; late.
    await ticket('standard', '2026-03-28T11:00:00+01:00', {
      firstRespondedAt: '2026-03-30T10:00:00+02:00',
      firstResponseDueAt: '2026-03-28T12:00:00+01:00',
    });
    // D: Friday 16:00 before King's Day, answered Tuesday 10:00: 90 h, business 1 + 3 + 0 + 1; late.
    await ticket('standard', '2026-04-24T16:00:00+02:00', {
      firstRespondedAt: '2026-04-28T10:00:00+02:00',
      firstResponseDueAt: '2026-04-25T12:00:00+02:00',
    });
    // G: filed, not answered.
    await ticket('standard', '2026-04-01T10:00:00+02:00', { firstResponseDueAt: '2026-04-01T17:00:00+02:00' });
    // H: filed before the period, answered in it: 71.5 h, business 7 + 3 + 0.5; late.
    await ticket('standard', '2026-03-20T10:00:00+01:00', {
      firstRespondedAt: '2026-03-23T09:30:00+01:00',
      firstResponseDueAt: '2026-03-20T17:00:00+01:00',
    });
    // After the period: counts nowhere.
    await ticket('standard', '2026-05-05T10:00:00+02:00', { firstRespondedAt: '2026-05-05T11:00:00+02:00' });

    // Priority. E: Saturday, 2 h, on time, resolved 00:30 local on the 29th (the 28th in UTC).
    const e = await ticket('priority', '2026-03-28T11:00:00+01:00', {
      firstRespondedAt: '2026-03-28T13:00:00+01:00',
      firstResponseDueAt: '2026-03-28T17:00:00+01:00',
      resolvedAt: '2026-03-28T23:30:00Z',
    });
    // F: as D, but the priority calendar is open on weekends and holidays: 1 + 8 + 8 + 8 + 1; late.
    await ticket('priority', '2026-04-24T16:00:00+02:00', {
      firstRespondedAt: '2026-04-28T10:00:00+02:00',
      firstResponseDueAt: '2026-04-25T17:00:00+02:00',
    });

    const event = (key: string, ticketId: number, target: string, occurredAt: string) =>
      insert(SLA_EVENT, { eventKey: key, ticket: ticketId, target, kind: 'breach', occurredAt: at(occurredAt) }, occurredAt);
    await event('t-a-next-1', a.id, 'nextResponse', '2026-03-27T16:00:00+01:00');
    await event('t-e-next-1', e.id, 'nextResponse', '2026-03-29T10:00:00+02:00');
    await event('t-e-first', e.id, 'firstResponse', '2026-03-29T10:00:00+02:00');
    await event('t-a-next-old', a.id, 'nextResponse', '2026-03-01T10:00:00+01:00');

    // Staff replies: the due a next response answered is on the message; a first response has none.
    const reply = (ticketId: number, sentAt: string, answeredDueAt?: string) =>
      insert(MESSAGE, { ticket: ticketId, authorKind: 'staff', body: 'Answer', internal: false, ...(answeredDueAt ? { answeredDueAt: at(answeredDueAt) } : {}) }, sentAt);
    await reply(a.id, '2026-03-27T11:30:00+01:00');
    await reply(a.id, '2026-03-27T13:00:00+01:00', '2026-03-27T14:00:00+01:00'); // on time
    await reply(b.id, '2026-03-31T11:00:00+02:00', '2026-03-31T10:00:00+02:00'); // an hour late
    await reply(b.id, '2026-03-31T11:05:00+02:00');
    await reply(e.id, '2026-03-28T14:00:00+01:00', '2026-03-28T15:00:00+01:00'); // on time
    await reply(e.id, '2026-05-05T10:00:00+02:00', '2026-05-05T11:00:00+02:00'); // after the period

    await insert(FAQ, { documentId: FAQ_ID, question: 'How do I reset my password?', answer: 'Use the link.', locale: 'en' }, '2026-01-01T00:00:00Z');
    for (const [documentId, createdAt] of [
      [FAQ_ID, '2026-03-24T10:00:00Z'],
      [FAQ_ID, '2026-03-25T10:00:00Z'],
      [FAQ_ID, '2026-04-10T10:00:00Z'],
      [OTHER_ID, '2026-04-11T10:00:00Z'],
      [FAQ_ID, '2026-05-02T10:00:00Z'],
    ]) {
      await insert(DEFLECTION, { source: documentId === FAQ_ID ? 'faq' : 'api::doc.doc', sourceDocumentId: documentId }, createdAt);
    }

    for (const [customerKey, penalized] of [[101, true], [102, false], [103, true]] as const) {
      await app.strapi.db.query(STANDING as any).create({ data: { customerKey, penalized, score: penalized ? 80 : 0 } });
    }

    for (const [kind, delta, createdAt] of [
      ['purchase', 10, '2026-03-24T10:00:00Z'],
      ['debit', -3, '2026-03-29T23:30:00Z'], // Monday 01:30 local: week 14, though still week 13 in UTC
      ['purchase', 5, '2026-04-02T10:00:00Z'],
      ['grant', 2, '2026-04-02T11:00:00Z'],
      ['debit', -1, '2026-05-03T10:00:00Z'],
    ] as const) {
      await insert(CREDIT_TRANSACTION, { kind, delta, balanceAfter: 0 }, createdAt);
    }
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses without queue.read', async () => {
    expect((await stats(null)).status).toBe(401);
    const refused = await stats(nobody);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ status: 403, name: 'PolicyError' });
  });

  it.each([
    [{ from: 'yesterday' }, 'query.from'],
    [{ from: TO, to: FROM }, 'query.to'],
    [{ from: FROM, to: FROM }, 'query.to'],
    [{ from: '2025-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }, 'query.to'],
    [{ tier: 'gold' }, 'query.tier'],
    [{ format: 'xml' }, 'query.format'],
    [{ since: FROM }, 'query.since'],
  ])('answers 400 naming the field for %j', async (query, field) => {
    const response = await stats(reader, query as Record<string, string>);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
    expect(response.body.error.details.errors[0].path).toBe(field);
  });

  it('defaults to the last 30 days', async () => {
    const response = await stats(reader, {});
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ from: '2026-04-10T12:00:00.000Z', to: '2026-05-10T12:00:00.000Z' });
  });

  describe('the period with DST and King\'s Day', () => {
    let data: any;
    beforeAll(async () => {
      const response = await stats(reader);
      expect(response.status).toBe(200);
      data = response.body.data;
    });

    it('names the period and the zone', () => {
      expect(data).toMatchObject({ from: FROM, to: TO, timezone: 'Europe/Amsterdam', tiers: ['standard', 'priority'] });
    });

    it('counts first-response compliance of the tickets answered in the period', () => {
      expect(data.byTier.standard.firstResponse).toMatchObject({ answered: 5, onTime: 2, breached: 3, compliance: 0.4 });
      expect(data.byTier.priority.firstResponse).toMatchObject({ answered: 2, onTime: 1, breached: 1, compliance: 0.5 });
      expect(data.totals.firstResponse).toMatchObject({ answered: 7, onTime: 3, breached: 4, compliance: 0.4286 });
    });

    it('gives medians and p90s in calendar and business hours', () => {
      expect(data.byTier.standard.firstResponse.calendarHours).toEqual({ median: 46, p90: 82.6 });
      expect(data.byTier.standard.firstResponse.businessHours).toEqual({ median: 4, p90: 8.3 });
      expect(data.byTier.priority.firstResponse.calendarHours).toEqual({ median: 46, p90: 81.2 });
      expect(data.byTier.priority.firstResponse.businessHours).toEqual({ median: 14, p90: 23.6 });
      expect(data.totals.firstResponse.calendarHours).toEqual({ median: 46, p90: 90 });
      expect(data.totals.firstResponse.businessHours).toEqual({ median: 4, p90: 16.7 });
    });

    it('counts next-response compliance of the replies sent in the period', () => {
      expect(data.byTier.standard.nextResponse).toMatchObject({ answered: 2, onTime: 1, breached: 1, compliance: 0.5 });
      expect(data.byTier.priority.nextResponse).toMatchObject({ answered: 1, onTime: 1, breached: 0, compliance: 1 });
      expect(data.totals.nextResponse).toMatchObject({ answered: 3, onTime: 2, breached: 1, compliance: 0.6667 });
    });

    it('counts filed, resolved and next-response breaches', () => {
      expect(data.byTier.standard).toMatchObject({ filed: 5, resolved: 2, nextResponse: { breaches: 1 } });
      expect(data.byTier.priority).toMatchObject({ filed: 2, resolved: 1, nextResponse: { breaches: 1 } });
      expect(data.totals).toMatchObject({ filed: 7, resolved: 3, nextResponse: { breaches: 2 } });
    });

    it('maps arrivals by local weekday and hour, across the DST change', () => {
      const { total, byTier, weekdays } = data.heatmap;
      expect(weekdays).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      expect(total[4][10]).toBe(1); // A, Friday 10:30 CET
      expect(total[0][10]).toBe(1); // B, Monday 10:30 CEST (08:30 UTC)
      expect(total[5][11]).toBe(2); // C and E
      expect(total[4][16]).toBe(2); // D and F
      expect(total[2][10]).toBe(1); // G
      expect(total.flat().reduce((x: number, y: number) => x + y)).toBe(7);
      expect(byTier.standard[5][11]).toBe(1);
      expect(byTier.priority[4][16]).toBe(1);
    });

    it('gives opened, resolved and first responses per local day', () => {
      const day = (date: string, tier: string) => data.daily.find((row: any) => row.day === date && row.tier === tier);
      expect(data.daily).toHaveLength(38 * 2);
      expect(data.daily[0]).toEqual({ day: '2026-03-23', tier: 'standard', opened: 0, resolved: 0, firstResponses: 1, onTime: 0 });
      expect(day('2026-03-27', 'standard')).toMatchObject({ opened: 1, resolved: 1, firstResponses: 1, onTime: 1 });
      expect(day('2026-03-30', 'standard')).toMatchObject({ opened: 1, resolved: 0, firstResponses: 2, onTime: 1 });
      expect(day('2026-03-29', 'priority')).toMatchObject({ opened: 0, resolved: 1 });
      expect(day('2026-03-28', 'priority')).toMatchObject({ opened: 1, resolved: 0, firstResponses: 1, onTime: 1 });
      expect(day('2026-04-27', 'standard')).toMatchObject({ opened: 0, firstResponses: 0 });
    });

    it('rates deflection and lists the top entries with their titles', () => {
      expect(data.deflection).toEqual({
        deflections: 4,
        ticketsFiled: 7,
        rate: 0.3636,
        top: [
          { source: 'faq', documentId: FAQ_ID, title: 'How do I reset my password?', count: 3 },
          { source: 'api::doc.doc', documentId: OTHER_ID, title: null, count: 1 },
        ],
      });
    });

    it('counts penalised customers now', () => {
      expect(data.fairUse).toEqual({ penalizedCustomers: 2 });
    });

    it('sums credits sold and used per local ISO week', () => {
      expect(data.credits.weeks).toEqual([
        { week: '2026-W13', sold: 10, used: 0 },
        { week: '2026-W14', sold: 5, used: 3 },
        { week: '2026-W15', sold: 0, used: 0 },
        { week: '2026-W16', sold: 0, used: 0 },
        { week: '2026-W17', sold: 0, used: 0 },
        { week: '2026-W18', sold: 0, used: 0 },
      ]);
      expect(data.credits.totals).toEqual({ sold: 15, used: 3 });
    });
  });

  it('adds the first-response minutes stamped when answered to the tickets measured on the calendar', async () => {
    // Stamped when answered: 60/30, 120/120 and 600/180 minutes (calendar/business); one ticket without, measured here: 4 h.
    for (const [answeredAt, minutes, businessMinutes] of [
      ['2026-05-06T10:00:00+02:00', 60, 30],
      ['2026-05-07T11:00:00+02:00', 120, 120],
      ['2026-05-08T16:00:00+02:00', 600, 180],
    ] as const) {
      await ticket('standard', '2026-05-06T09:00:00+02:00', { firstRespondedAt: answeredAt });
      const [row] = await app.strapi.db.query(TICKET as any).findMany({ orderBy: { id: 'desc' }, limit: 1, select: ['id'] });
      await app.strapi.db.query(TICKET as any).update({ where: { id: row.id }, data: { firstResponseMinutes: minutes, firstResponseBusinessMinutes: businessMinutes } });
    }
    await ticket('standard', '2026-05-07T10:00:00+02:00', { firstRespondedAt: '2026-05-07T14:00:00+02:00' });

    const response = await stats(reader, { from: '2026-05-06T00:00:00+02:00', to: '2026-05-09T00:00:00+02:00', tier: 'standard' });
    expect(response.status).toBe(200);
    const { firstResponse } = response.body.data.totals;
    expect(firstResponse.answered).toBe(4);
    expect(firstResponse.calendarHours).toEqual({ median: 3, p90: 8.2 });
    expect(firstResponse.businessHours).toEqual({ median: 2.5, p90: 3.7 });
  });

  it('narrows to one tier', async () => {
    const response = await stats(reader, { from: FROM, to: TO, tier: 'priority' });
    expect(response.status).toBe(200);
    const { data } = response.body;
    expect(data.tiers).toEqual(['priority']);
    expect(Object.keys(data.byTier)).toEqual(['priority']);
    expect(data.totals).toEqual(data.byTier.priority);
    expect(data.daily.every((row: any) => row.tier === 'priority')).toBe(true);
    expect(data.heatmap.total.flat().reduce((x: number, y: number) => x + y)).toBe(2);
  });

  it('exports the daily rows as CSV, by format or by Accept', async () => {
    const byFormat = await stats(reader, { from: FROM, to: TO, format: 'csv' });
    expect(byFormat.status).toBe(200);
    expect(byFormat.headers['content-type']).toMatch(/^text\/csv/);
    expect(byFormat.headers['content-disposition']).toBe('attachment; filename="helpdesk-stats-2026-03-22-2026-04-29.csv"');
    const lines = byFormat.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('day,tier,opened,resolved,first_responses,on_time');
    expect(lines).toHaveLength(1 + 38 * 2);
    expect(lines).toContain('2026-03-27,standard,1,1,1,1');
    expect(lines).toContain('2026-03-30,standard,1,0,2,1');

    const byAccept = await stats(reader).set('Accept', 'text/csv');
    expect(byAccept.status).toBe(200);
    expect(byAccept.text).toBe(byFormat.text);
  });
});
