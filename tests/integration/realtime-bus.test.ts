import { Client } from 'pg';
import type { RealtimeEvent } from '../../server/src/domain/realtime';
import type { RealtimeBus, RealtimeListener, Resync } from '../../server/src/services/realtime/bus';
import { createMemoryBus } from '../../server/src/services/realtime/memory-bus';
import { createPostgresBus } from '../../server/src/services/realtime/postgres-bus';
import { createRedisBus } from '../../server/src/services/realtime/redis-bus';
import { databaseKind, pgAdminConnection } from '../helpers/database';
import { MACHINE_REDIS_URL, startPrivateRedis, uniqueRedisPrefix, untilRedisAnswers, type PrivateRedis } from '../helpers/redis';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { waitingList } from '../helpers/waiting-list';

type Heard = RealtimeEvent | Resync;

const quiet = { info: () => {}, warn: () => {} };
/** A channel of this test run alone: the three database passes run side by side on one PostgreSQL and Redis. */
const uniqueChannel = () => `helpdesk_rt_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;

const message = (ticket: string, messageId: number): RealtimeEvent => ({ type: 'message', ticket, messageId });

/** Everything a bus delivers to this process, and a way to wait for what is expected. */
function ear(bus: RealtimeBus) {
  const heard = waitingList<Heard>();
  const listener: RealtimeListener = (event) => heard.push(event);
  return { heard: heard.items, until: heard.until, unsubscribe: bus.subscribe(listener) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the realtime bus', () => {
  it('in one process: a published event reaches every listener, and one no engine could carry is refused', async () => {
    const bus = createMemoryBus(quiet);
    await bus.start();
    const [first, second] = [ear(bus), ear(bus)];
    await bus.publish(message('doc-1', 7));
    await Promise.all([first.until((event) => event.type === 'message'), second.until((event) => event.type === 'message')]);
    second.unsubscribe();
    await bus.publish({ type: 'typing', ticket: 'doc-1', by: 'staff', name: 'Sam' });
    await first.until((event) => event.type === 'typing');
    expect(second.heard).toEqual([message('doc-1', 7)]);

    await expect(bus.publish({ type: 'typing', ticket: 'doc-1', by: 'staff', name: 'x'.repeat(201) })).rejects.toThrow();
    await expect(bus.publish({ type: 'message', ticket: 'doc-1', messageId: -1 } as RealtimeEvent)).rejects.toThrow();
    await expect(bus.publish({ type: 'chat', ticket: 'doc-1', state: 'taken', agent: 'é'.repeat(200) })).resolves.toBeUndefined();
  });

  describe('on PostgreSQL (LISTEN/NOTIFY), two instances on one database', () => {
    let channel: string;
    let buses: RealtimeBus[];

    beforeEach(async () => {
      channel = uniqueChannel();
      buses = [0, 1].map(() => createPostgresBus({ Client: Client as any, connection: pgAdminConnection(), channel, log: quiet, reconnectMs: { min: 50, max: 200 } }));
      await Promise.all(buses.map((bus) => bus.start()));
    });

    afterEach(async () => {
      await Promise.all(buses.map((bus) => bus.stop()));
    });

    it('each hears every event either publishes, once, in the order it was sent', async () => {
      const [a, b] = buses.map(ear);
      for (let n = 1; n <= 20; n += 1) await buses[n % 2].publish(message('doc-2', n));
      for (const listener of [a, b]) await listener.until((event) => event.type === 'message' && event.messageId === 20);
      await pause(200);
      const ids = (listener: typeof a) => listener.heard.map((event) => (event.type === 'message' ? event.messageId : event.type));
      expect(ids(a)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
      expect(ids(b)).toEqual(ids(a));
    });

    it('ignores what another program notifies on the channel', async () => {
      const [a] = buses.map(ear);
      const other = new Client(pgAdminConnection());
      await other.connect();
      await other.query('SELECT pg_notify($1, $2)', [channel, 'not an event']);
      await other.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify({ type: 'message', ticket: 'doc-3', messageId: 1, extra: true })]);
      await other.end();
      await buses[1].publish(message('doc-3', 2));
      await a.until((event) => event.type === 'message');
      expect(a.heard).toEqual([message('doc-3', 2)]);
    });

    it('a listener whose connection the server ends connects again, says resync, and hears what is published next', async () => {
      const [a, b] = buses.map(ear);
      const admin = new Client(pgAdminConnection());
      await admin.connect();
      try {
        // Ends the listening backends of this test's channel (they are the connections with a LISTEN on it).
        const { rows } = await admin.query('SELECT pid FROM pg_stat_activity WHERE query = $1', [`LISTEN ${channel}`]);
        expect(rows.length).toBe(2);
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [`LISTEN ${channel}`]);
      } finally {
        await admin.end();
      }
      // Both listeners were ended; the second publishes on its own connection once it has it back.
      await Promise.all([a, b].map((listener) => listener.until((event) => event.type === 'resync')));
      await buses[1].publish(message('doc-4', 1));
      await a.until((event) => event.type === 'message' && event.messageId === 1);
    });
  });

  describe('on Redis (pub/sub)', () => {
    let redis: PrivateRedis;
    let buses: RealtimeBus[];

    beforeAll(async () => {
      redis = await startPrivateRedis();
    });

    afterAll(async () => {
      await redis?.kill();
    });

    beforeEach(async () => {
      const channel = `${uniqueRedisPrefix()}:realtime`;
      buses = [0, 1].map(() => createRedisBus({ url: redis.url, channel, log: quiet }));
      await Promise.all(buses.map((bus) => bus.start()));
    });

    afterEach(async () => {
      await Promise.all(buses.map((bus) => bus.stop()));
    });

    it('two instances hear each other', async () => {
      const [a, b] = buses.map(ear);
      await buses[0].publish(message('doc-5', 1));
      await buses[1].publish(message('doc-5', 2));
      for (const listener of [a, b]) await listener.until((event) => event.type === 'message' && event.messageId === 2);
      expect(a.heard).toEqual([message('doc-5', 1), message('doc-5', 2)]);
      expect(b.heard).toEqual(a.heard);
    });

    it('after a Redis restart, each subscribes again, says resync, and hears what is published next', async () => {
      const [a] = buses.map(ear);
      await redis.kill();
      await redis.start();
      await a.until((event) => event.type === 'resync', 10_000);
      const send = async () => {
        // The publisher may still be reconnecting: an event sent then is lost, as the bus says it may be.
        await buses[1].publish(message('doc-6', 1)).catch(() => {});
      };
      const deadline = Date.now() + 10_000;
      while (!a.heard.some((event) => event.type === 'message') && Date.now() < deadline) {
        await send();
        await pause(100);
      }
      expect(a.heard.some((event) => event.type === 'message')).toBe(true);
    });
  });

  it('on Redis: started while Redis is down, the bus lets its caller go on, and resyncs once Redis answers', async () => {
    const redis = await startPrivateRedis();
    await redis.kill();
    const bus = createRedisBus({ url: redis.url, channel: `${uniqueRedisPrefix()}:realtime`, log: quiet });
    try {
      const started = Date.now();
      await bus.start();
      expect(Date.now() - started).toBeLessThan(4000);
      const listener = ear(bus);
      await redis.start();
      await listener.until((event) => event.type === 'resync', 10_000);
      const deadline = Date.now() + 10_000;
      while (!listener.heard.some((event) => event.type === 'message') && Date.now() < deadline) {
        await bus.publish(message('doc-8', 1)).catch(() => {});
        await pause(100);
      }
      expect(listener.heard.some((event) => event.type === 'message')).toBe(true);
    } finally {
      await bus.stop();
      await redis.kill();
    }
  });

  describe('as the plugin runs it', () => {
    let app: TestApp;

    beforeAll(async () => {
      await untilRedisAnswers(MACHINE_REDIS_URL);
      app = await bootStrapi({ pluginConfig: { realtime: { channel: uniqueChannel() } } });
    });

    afterAll(async () => {
      await app?.stop();
    });

    const realtime = () => app.strapi.plugin('helpdesk').service('realtime');

    it(`takes the engine the site runs on (${databaseKind()})`, () => {
      expect(realtime().engine()).toBe(databaseKind() === 'postgres' ? 'postgres' : 'memory');
    });

    it('tells of a write inside a transaction once it commits, and never of one rolled back', async () => {
      const heard: Heard[] = [];
      const unsubscribe = await realtime().subscribe((event: Heard) => heard.push(event));
      try {
        await app.strapi.db
          .transaction(async () => {
            await realtime().publish(message('doc-7', 1));
            throw new Error('rolled back');
          })
          .catch(() => {});
        await app.strapi.db.transaction(async () => {
          await realtime().publish(message('doc-7', 2));
          await pause(300);
          expect(heard).toEqual([]);
        });
        const deadline = Date.now() + 5000;
        while (heard.length === 0 && Date.now() < deadline) await pause(20);
        await pause(200);
        expect(heard).toEqual([message('doc-7', 2)]);
      } finally {
        unsubscribe();
      }
    });
  });
});
