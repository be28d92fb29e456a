import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, type Customer } from '../helpers/users';
import { pinClock } from '../helpers/clock';
import { documents } from '../helpers/documents';

const TICKET = 'plugin::helpdesk.ticket';
const MESSAGE = 'plugin::helpdesk.ticket-message';

describe('SLA stamps on real ticket writes (default settings)', () => {
  let app: TestApp;
  let customer: Customer;
  let setClock: (iso: string) => void;

  const createTicket = (data: Record<string, unknown> = {}) =>
    documents(app.strapi, TICKET).create({
      data: { subject: 'Question', body: 'How does it work?', customer: customer.id, ...data },
    });
  const reload = (documentId: string) => documents(app.strapi, TICKET).findOne({ documentId });
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
  const addMessage = (ticket: string, authorKind: string, internal = false) =>
    documents(app.strapi, MESSAGE).create({ data: { ticket, authorKind, body: 'Message', internal } });
  const setStatus = (documentId: string, status: string, extra: Record<string, unknown> = {}) =>
    documents(app.strapi, TICKET).update({ documentId, data: { status, ...extra } });

  beforeAll(async () => {
    app = await bootStrapi();
    customer = await createCustomer(app.strapi);
    setClock = pinClock(app.strapi, '2026-03-10T09:00:00+01:00');
  });

  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    ['a Tuesday at 15:59', '2026-03-10T15:59:00+01:00', '2026-03-10T16:00:00.000Z'],
    ['a Tuesday at 16:00', '2026-03-10T16:00:00+01:00', '2026-03-11T16:00:00.000Z'],
    ['a Saturday at 10:59', '2026-03-14T10:59:00+01:00', '2026-03-14T11:00:00.000Z'],
    ['a Saturday at 11:00', '2026-03-14T11:00:00+01:00', '2026-03-16T16:00:00.000Z'],
    ['Easter Monday', '2026-04-06T10:00:00+02:00', '2026-04-07T15:00:00.000Z'],
  ])('gives a ticket received on %s its first-response due date', async (_reason, receivedAt, due) => {
    setClock(receivedAt);
    const ticket = await createTicket();
    expect(iso(ticket.firstResponseDueAt)).toBe(due);
    expect(ticket.nextResponseDueAt).toBeNull();
  });

  it('stamps the first public staff answer, ignores internal notes, and starts the next-response clock on the customer reply', async () => {
    setClock('2026-03-10T10:00:00+01:00');
    const ticket = await createTicket();
    // Strapi writes createdAt from the wall clock; the pinned one is when this ticket was filed.
    await app.strapi.db.query(TICKET as any).update({ where: { id: ticket.id }, data: { createdAt: new Date('2026-03-10T10:00:00+01:00') } });

    setClock('2026-03-10T10:30:00+01:00');
    await addMessage(ticket.documentId, 'staff', true);
    expect((await reload(ticket.documentId))?.firstRespondedAt).toBeNull();

    setClock('2026-03-10T11:00:00+01:00');
    const firstAnswer = await addMessage(ticket.documentId, 'staff');
    expect(iso((await reload(ticket.documentId))?.firstRespondedAt)).toBe('2026-03-10T10:00:00.000Z');

    setClock('2026-03-10T16:30:00+01:00');
    await addMessage(ticket.documentId, 'customer');
    const afterReply = await reload(ticket.documentId);
    expect(iso(afterReply?.nextResponseDueAt)).toBe('2026-03-11T16:00:00.000Z');
    expect(iso(afterReply?.lastCustomerMessageAt)).toBe('2026-03-10T15:30:00.000Z');

    setClock('2026-03-11T09:15:00+01:00');
    const nextAnswer = await addMessage(ticket.documentId, 'staff');
    const answered = await reload(ticket.documentId);
    expect(answered?.nextResponseDueAt).toBeNull();
    expect(iso(answered?.firstRespondedAt)).toBe('2026-03-10T10:00:00.000Z');

    // The next response keeps the due it answered, for the dashboard; the first response has none.
    const answeredDue = async (documentId: string) =>
      iso((await app.strapi.db.query(MESSAGE as any).findOne({ where: { documentId }, select: ['answeredDueAt'] }))?.answeredDueAt);
    expect(await answeredDue(nextAnswer.documentId)).toBe('2026-03-11T16:00:00.000Z');
    expect(await answeredDue(firstAnswer.documentId)).toBeNull();

    // The first answer's times are measured once, when it is given: an hour, all of it open.
    const measured = await app.strapi.db.query(TICKET as any).findOne({
      where: { documentId: ticket.documentId },
      select: ['firstResponseMinutes', 'firstResponseBusinessMinutes'],
    });
    expect(measured).toMatchObject({ firstResponseMinutes: 60, firstResponseBusinessMinutes: 60 });
  });

  it('pauses while waiting on the customer and computes the target anew on resume', async () => {
    setClock('2026-03-13T10:00:00+01:00'); // Friday
    const ticket = await createTicket();
    expect(iso(ticket.firstResponseDueAt)).toBe('2026-03-13T16:00:00.000Z');

    setClock('2026-03-13T11:00:00+01:00');
    const paused = await setStatus(ticket.documentId, 'waiting_on_customer');
    expect(iso(paused?.pausedAt)).toBe('2026-03-13T10:00:00.000Z');

    setClock('2026-03-13T16:30:00+01:00'); // Friday after the cut-off → Saturday's close
    const resumed = await setStatus(ticket.documentId, 'open');
    expect(resumed?.pausedAt).toBeNull();
    expect(iso(resumed?.firstResponseDueAt)).toBe('2026-03-14T11:00:00.000Z');
  });

  it('keeps a priority ticket paused until paid, then counts from the payment on the priority calendar', async () => {
    setClock('2026-03-14T13:00:00+01:00'); // Saturday afternoon
    const ticket = await createTicket({ tier: 'priority', status: 'awaiting_payment' });
    expect(ticket.firstResponseDueAt).toBeNull();
    expect(iso(ticket.pausedAt)).toBe('2026-03-14T12:00:00.000Z');

    setClock('2026-03-15T10:00:00+01:00'); // paid on Sunday morning
    const paid = await setStatus(ticket.documentId, 'new');
    expect(iso(paid?.firstResponseDueAt)).toBe('2026-03-15T16:00:00.000Z');
  });

  it('recomputes the targets from the moment a standard ticket becomes priority', async () => {
    setClock('2026-03-14T11:30:00+01:00'); // Saturday after the cut-off: standard → Monday 17:00
    const ticket = await createTicket();
    expect(iso(ticket.firstResponseDueAt)).toBe('2026-03-16T16:00:00.000Z');

    setClock('2026-03-14T12:00:00+01:00');
    const upgraded = await documents(app.strapi, TICKET).update({ documentId: ticket.documentId, data: { tier: 'priority' } });
    expect(iso(upgraded?.firstResponseDueAt)).toBe('2026-03-14T16:00:00.000Z');
  });

  it('records when a ticket is resolved and stops the next-response clock', async () => {
    setClock('2026-03-10T10:00:00+01:00');
    const ticket = await createTicket();
    await addMessage(ticket.documentId, 'staff');
    await addMessage(ticket.documentId, 'customer');
    setClock('2026-03-10T12:00:00+01:00');
    const resolved = await setStatus(ticket.documentId, 'resolved');
    expect(iso(resolved?.resolvedAt)).toBe('2026-03-10T11:00:00.000Z');
    expect(resolved?.nextResponseDueAt).toBeNull();
  });

  it('sets a resolution due date once staff choose a resolution target', async () => {
    const settingsService = app.strapi.plugin('helpdesk').service('settings');
    // The settings service hands out its frozen cached copy: change a copy of it.
    const sla = structuredClone((await settingsService.get()).sla);
    sla.tiers.standard.resolution = { kind: 'businessDays', days: 2 };
    await settingsService.update({ sla });
    try {
      setClock('2026-03-13T10:00:00+01:00'); // Friday: Saturday is the first business day after it, Monday the second
      const ticket = await createTicket();
      expect(iso(ticket.resolutionDueAt)).toBe('2026-03-16T09:00:00.000Z'); // Monday 10:00
    } finally {
      sla.tiers.standard.resolution = null;
      await settingsService.update({ sla });
    }
  });

  it('ignores a client trying to set the stamps itself on creation', async () => {
    setClock('2026-03-10T10:00:00+01:00');
    const ticket = await createTicket({ firstResponseDueAt: '2030-01-01T00:00:00.000Z' });
    expect(iso(ticket.firstResponseDueAt)).toBe('2026-03-10T16:00:00.000Z');
  });
});
