import request from 'supertest';
import { databaseKind } from '../helpers/database';
import { openEventStream, type EventStream } from '../helpers/event-stream';
import { startOtherInstance, type OtherInstance } from '../helpers/other-instance';
import { MACHINE_REDIS_URL, uniqueRedisPrefix, untilRedisAnswers } from '../helpers/redis';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createCustomer, createStaff, type Customer, type StaffMember } from '../helpers/users';

/**
 * Two instances of one site: a stream open on one shows what is written through the other. On
 * PostgreSQL the events travel by LISTEN/NOTIFY (no Redis configured); on the other databases by
 * Redis pub/sub, the engine a site there would set up for several instances.
 */
const engine = databaseKind() === 'postgres' ? 'postgres' : 'redis';

describe(`live threads across two instances (${engine})`, () => {
  let app: TestApp;
  let other: OtherInstance;
  let customer: Customer;
  let agent: StaffMember;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    const pluginConfig =
      engine === 'redis' ? { realtime: { redis: MACHINE_REDIS_URL }, rateLimits: { redisKeyPrefix: uniqueRedisPrefix() } } : {};
    if (engine === 'redis') await untilRedisAnswers(MACHINE_REDIS_URL);
    app = await bootStrapi({ pluginConfig });
    other = await startOtherInstance(app.database, pluginConfig);
    customer = await createCustomer(app.strapi);
    agent = await createStaff(app.strapi, app.server, { permissions: ['plugin::helpdesk.queue.read', 'plugin::helpdesk.tickets.reply'] });
  });

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await other?.stop();
    await app?.stop();
  });

  it('carries a staff answer written on one instance to the customer streaming from the other within a second, and typing back', async () => {
    expect(app.strapi.plugin('helpdesk').service('realtime').engine()).toBe(engine);
    const filed = await request(other.url)
      .post('/api/helpdesk/tickets')
      .set('Authorization', `Bearer ${customer.jwt}`)
      .send({ data: { subject: 'Two servers', body: 'Which one answers me?' } });
    expect(filed.status).toBe(201);
    const ticket = filed.body.data.documentId as string;

    const customerSide = await openEventStream(`${other.url}/api/helpdesk/tickets/${ticket}/events`, { authorization: `Bearer ${customer.jwt}` });
    const staffSide = await openEventStream(`http://127.0.0.1:${app.server.address().port}/helpdesk/tickets/${ticket}/events`, {
      authorization: `Bearer ${agent.token}`,
    });
    streams.push(customerSide, staffSide);
    expect([customerSide.status, staffSide.status]).toEqual([200, 200]);
    // Both are listening once the retry line is in: give the other process's subscription a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const answered = await request(app.server).post(`/helpdesk/tickets/${ticket}/reply`).set('Authorization', `Bearer ${agent.token}`).send({ data: { body: 'This one does.' } });
    expect(answered.status).toBe(201);
    // From the moment the answer is written (its request answered) to the moment the other instance's customer has it.
    const sent = Date.now();
    await customerSide.until((frame) => frame.event === 'message' && frame.data.body === 'This one does.', 3000);
    expect(Date.now() - sent).toBeLessThan(1000);

    const typed = await request(other.url).post(`/api/helpdesk/tickets/${ticket}/typing`).set('Authorization', `Bearer ${customer.jwt}`).send({});
    expect(typed.status).toBe(204);
    await staffSide.until((frame) => frame.event === 'typing' && frame.data.by === 'customer', 3000);

    const replied = await request(other.url)
      .post(`/api/helpdesk/tickets/${ticket}/messages`)
      .set('Authorization', `Bearer ${customer.jwt}`)
      .send({ data: { body: 'Thanks!' } });
    expect(replied.status).toBe(201);
    await staffSide.until((frame) => frame.event === 'message' && frame.data.body === 'Thanks!', 3000);
    await customerSide.until((frame) => frame.event === 'message' && frame.data.body === 'Thanks!', 3000);
    expect(customerSide.frames.filter((frame) => frame.event === 'message').map((frame) => frame.data.body)).toEqual(['This one does.', 'Thanks!']);
  });
});
