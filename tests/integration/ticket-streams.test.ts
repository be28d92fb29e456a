import request from 'supertest';
import { openEventStream, type EventStream, type Frame } from '../helpers/event-stream';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

describe("a ticket's thread, live (Server-Sent Events)", () => {
  let app: TestApp;
  let customer: Customer;
  let stranger: Customer;
  let agent: StaffMember;
  let base: string;
  const streams: EventStream[] = [];

  const asCustomer = (who: Customer = customer) => ({ authorization: `Bearer ${who.jwt}` });
  const asAgent = () => ({ authorization: `Bearer ${agent.token}` });
  const open = async (path: string, headers: Record<string, string>) => {
    const stream = await openEventStream(`${base}${path}`, headers);
    streams.push(stream);
    return stream;
  };
  const file = async (subject: string) => {
    const response = await request(app.server)
      .post('/api/helpdesk/tickets')
      .set(asCustomer())
      .send({ data: { subject, body: 'Nothing has arrived yet. Where is it?' } });
    expect(response.status).toBe(201);
    return response.body.data.documentId as string;
  };
  const customerReply = (ticket: string, body: string) =>
    request(app.server).post(`/api/helpdesk/tickets/${ticket}/messages`).set(asCustomer()).send({ data: { body } });
  const staffPost = (ticket: string, kind: 'reply' | 'notes', body: string) =>
    request(app.server).post(`/helpdesk/tickets/${ticket}/${kind}`).set(asAgent()).send({ data: { body } });
  const messages = (stream: EventStream) => stream.frames.filter((frame) => frame.event === 'message');
  const bodies = (stream: EventStream) => messages(stream).map((frame) => frame.data.body);
  const hasBody = (body: string) => (frame: Frame) => frame.event === 'message' && frame.data.body === body;

  beforeAll(async () => {
    app = await bootStrapi();
    base = `http://127.0.0.1:${app.server.address().port}`;
    customer = await createCustomer(app.strapi);
    stranger = await createCustomer(app.strapi);
    agent = await createStaff(app.strapi, app.server, {
      permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.reply', 'plugin::helpdesk.tickets.manage'],
    });
  });

  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('shows the customer the thread so far, then each staff answer as it is written, and never an internal note', async () => {
    const ticket = await file('Parcel missing');
    expect((await customerReply(ticket, 'It was due on Monday.')).status).toBe(201);
    const stream = await open(`/api/helpdesk/tickets/${ticket}/events`, asCustomer());
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    await stream.until(hasBody('It was due on Monday.'));

    expect((await staffPost(ticket, 'notes', 'Courier says it is lost.')).status).toBe(201);
    expect((await staffPost(ticket, 'reply', 'We are sending a new one today.')).status).toBe(201);
    // From the moment the answer is written (its request answered) to the moment the customer has it.
    const sent = Date.now();
    const answer = await stream.until(hasBody('We are sending a new one today.'));
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(answer.data).toMatchObject({ authorKind: 'staff', body: 'We are sending a new one today.' });
    expect(bodies(stream)).toEqual(['It was due on Monday.', 'We are sending a new one today.']);
    // Each event's id is its message's, so a reconnecting client can say where it was.
    expect(messages(stream).every((frame) => frame.id === frame.data.id)).toBe(true);
  });

  it('shows staff every message and note of the ticket as they are written', async () => {
    const ticket = await file('Wrong size');
    const stream = await open(`/helpdesk/tickets/${ticket}/events`, asAgent());
    expect(stream.status).toBe(200);
    await staffPost(ticket, 'notes', 'Check the stock first.');
    await customerReply(ticket, 'I need a medium instead.');
    await stream.until(hasBody('I need a medium instead.'));
    expect(messages(stream).map((frame) => [frame.data.body, frame.data.internal])).toEqual([
      ['Check the stock first.', true],
      ['I need a medium instead.', false],
    ]);
    expect(messages(stream)[0].data.author).toMatchObject({ name: expect.any(String) });
  });

  it('resumes after the last event the client received, without losing or repeating a message', async () => {
    const ticket = await file('Refund');
    await customerReply(ticket, 'First');
    const first = await open(`/api/helpdesk/tickets/${ticket}/events`, asCustomer());
    const seen = await first.until(hasBody('First'));
    first.close();
    // Written while the customer was away.
    await staffPost(ticket, 'reply', 'Second');
    await customerReply(ticket, 'Third');

    const resumed = await open(`/api/helpdesk/tickets/${ticket}/events`, { ...asCustomer(), 'last-event-id': String(seen.id) });
    await resumed.until(hasBody('Third'));
    await staffPost(ticket, 'reply', 'Fourth');
    await resumed.until(hasBody('Fourth'));
    expect(bodies(resumed)).toEqual(['Second', 'Third', 'Fourth']);
  });

  it("answers 404 for another customer's ticket, and 400 naming the header for a Last-Event-ID that is none of ours", async () => {
    const ticket = await file('Private matter');
    const foreign = await open(`/api/helpdesk/tickets/${ticket}/events`, asCustomer(stranger));
    expect(foreign.status).toBe(404);
    const missing = await open('/api/helpdesk/tickets/nosuchticketdocumentid00/events', asCustomer());
    expect(missing.status).toBe(404);
    const badResume = await open(`/api/helpdesk/tickets/${ticket}/events`, { ...asCustomer(), 'last-event-id': '12abc' });
    expect(badResume.status).toBe(400);
    expect(badResume.body.error.message).toContain('Last-Event-ID');
    const anonymous = await open(`/api/helpdesk/tickets/${ticket}/events`, {});
    expect(anonymous.status).toBe(403);
    const foreignTyping = await request(app.server).post(`/api/helpdesk/tickets/${ticket}/typing`).set(asCustomer(stranger)).send({});
    expect(foreignTyping.status).toBe(404);
  });

  it('shows each side the other typing: the customer sees the agent by name', async () => {
    const ticket = await file('Typing');
    const customerSide = await open(`/api/helpdesk/tickets/${ticket}/events`, asCustomer());
    const staffSide = await open(`/helpdesk/tickets/${ticket}/events`, asAgent());

    expect((await request(app.server).post(`/api/helpdesk/tickets/${ticket}/typing`).set(asCustomer()).send({})).status).toBe(204);
    expect(await staffSide.until((frame) => frame.event === 'typing')).toMatchObject({ data: { by: 'customer' } });
    expect((await request(app.server).post(`/helpdesk/tickets/${ticket}/typing`).set(asAgent()).send({})).status).toBe(204);
    expect(await customerSide.until((frame) => frame.event === 'typing')).toMatchObject({ data: { by: 'staff', name: expect.stringContaining('Staff') } });
    // Nobody is shown their own typing.
    expect(customerSide.frames.filter((frame) => frame.event === 'typing')).toHaveLength(1);
    expect(staffSide.frames.filter((frame) => frame.event === 'typing')).toHaveLength(1);
  });
});
