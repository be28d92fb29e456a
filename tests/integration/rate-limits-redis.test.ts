import request from 'supertest';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { startOtherInstance, type OtherInstance } from '../helpers/other-instance';
import { MACHINE_REDIS_URL, startPrivateRedis, uniqueRedisPrefix, untilRedisAnswers, type PrivateRedis } from '../helpers/redis';

/** Searches allowed per address in the window of these tests. */
const SEARCHES = 3;

const rateLimitsOn = (redis: string) => ({
  rateLimits: { redis, redisKeyPrefix: uniqueRedisPrefix(), search: { points: SEARCHES, durationSeconds: 600 } },
});

const search = (target: TestApp['server'] | string) => request(target).get('/api/helpdesk/faq/search').query({ q: 'invoice' });

/** Polls until the instance counts in `store` (the Redis connection is made in the background). */
async function untilStore(app: TestApp, store: string) {
  const rateLimits = app.strapi.plugin('helpdesk').service('rate-limits');
  const started = Date.now();
  while (rateLimits.store() !== store) {
    if (Date.now() - started > 10_000) throw new Error(`rate limits did not reach "${store}" (now "${rateLimits.store()}")`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('rate limits shared on Redis', () => {
  describe('two instances on one database and the machine\'s Redis', () => {
    let app: TestApp;
    let other: OtherInstance;

    beforeAll(async () => {
      await untilRedisAnswers(MACHINE_REDIS_URL);
      const pluginConfig = rateLimitsOn(MACHINE_REDIS_URL);
      app = await bootStrapi({ pluginConfig });
      other = await startOtherInstance(app.database, pluginConfig);
      await untilStore(app, 'redis');
    });

    afterAll(async () => {
      await other?.stop();
      await app?.stop();
    });

    it('counts a visitor\'s searches on both instances against one limit', async () => {
      // Counted in each instance's memory, this visitor could search SEARCHES times on each.
      expect((await search(app.server)).status).toBe(200);
      expect((await search(other.url)).status).toBe(200);
      expect((await search(app.server)).status).toBe(200);

      const onOther = await search(other.url);
      expect(onOther.status).toBe(429);
      expect(Number(onOther.headers['retry-after'])).toBeGreaterThan(500);
      expect((await search(app.server)).status).toBe(429);
    });
  });

  describe('when Redis goes away', () => {
    let redis: PrivateRedis;
    let app: TestApp;
    const warnings: string[] = [];
    const notes: string[] = [];

    beforeAll(async () => {
      redis = await startPrivateRedis();
      app = await bootStrapi({ pluginConfig: rateLimitsOn(redis.url) });
      const { log } = app.strapi;
      const warn = log.warn.bind(log);
      const info = log.info.bind(log);
      (log as any).warn = (message: string, ...rest: unknown[]) => (warnings.push(String(message)), warn(message, ...rest));
      (log as any).info = (message: string, ...rest: unknown[]) => (notes.push(String(message)), info(message, ...rest));
      await untilStore(app, 'redis');
    });

    afterAll(async () => {
      await app?.stop();
      await redis?.kill();
    });

    it('goes on answering, counts in memory and says so once, then shares the counters again once Redis is back', async () => {
      expect((await search(app.server)).status).toBe(200);
      expect((await search(app.server)).status).toBe(200);

      await redis.kill();
      await untilStore(app, 'memory-fallback');
      // Not refused because Redis is down: the memory counter starts from nothing and still limits.
      const whileDown = [];
      for (let n = 0; n <= SEARCHES; n += 1) whileDown.push((await search(app.server)).status);
      expect(whileDown).toEqual([...Array(SEARCHES).fill(200), 429]);
      const outage = warnings.filter((message) => message.includes('rate limits: Redis at'));
      expect(outage).toHaveLength(1);
      expect(outage[0]).toContain('unreachable');

      // Back empty (it keeps nothing on disk): the counters in Redis start again.
      await redis.start();
      await untilStore(app, 'redis');
      expect(notes.filter((message) => message.includes('counters are shared again'))).toHaveLength(1);
      const afterwards = [];
      for (let n = 0; n <= SEARCHES; n += 1) afterwards.push((await search(app.server)).status);
      expect(afterwards).toEqual([...Array(SEARCHES).fill(200), 429]);
    });
  });
});
