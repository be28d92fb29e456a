import type { Core } from '@strapi/strapi';
import type { RealtimeEvent } from '../../domain/realtime';
import { getPluginConfig } from '../../utils';
import type { RealtimeBus, RealtimeListener } from './bus';
import { createMemoryBus } from './memory-bus';
import { createPostgresBus } from './postgres-bus';
import { createRedisBus } from './redis-bus';

/**
 * Realtime events for the site's instances, over the engine the site already runs: Redis pub/sub
 * when a Redis is configured (`realtime.redis`, else `rateLimits.redis`), LISTEN/NOTIFY on
 * PostgreSQL, or this process alone. Nothing listens until the first subscribe.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let bus: RealtimeBus | null = null;

  const create = (): RealtimeBus => {
    const { realtime, rateLimits } = getPluginConfig(strapi);
    const redis = realtime.redis ?? rateLimits.redis;
    if (redis) return createRedisBus({ url: redis, channel: `${rateLimits.redisKeyPrefix}:realtime`, log: strapi.log });
    if (strapi.db.dialect.client === 'postgres') {
      const knexClient = (strapi.db.connection as any).client;
      return createPostgresBus({
        Client: knexClient.driver.Client,
        connection: knexClient.connectionSettings,
        channel: realtime.channel,
        // Through the site's pool: the listener's own connection may be reconnecting.
        notify: (channel, payload) => strapi.db.connection.raw('SELECT pg_notify(?, ?)', [channel, payload]),
        log: strapi.log,
      });
    }
    return createMemoryBus(strapi.log);
  };

  // Made on first use and started (listening) only by the first subscriber: an instance that only
  // publishes (every message write does) holds no LISTEN connection or Redis subscription for it.
  const current = () => (bus ??= create());

  return {
    /** Which engine carries the events on this site. */
    engine: () => current().engine,

    /**
     * Publishes an event: at once, or inside a transaction once it commits, so no one hears of a
     * write that was rolled back. A failed send is logged, not thrown: the write it tells of stands.
     */
    async publish(event: RealtimeEvent): Promise<void> {
      const engine = current();
      const send = () =>
        engine.publish(event).catch((error: Error) => strapi.log.warn(`[helpdesk] realtime: an event was not sent (${error.message})`));
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(() => void send()));
        return;
      }
      await send();
    },

    /** Listens to every event of the site; resolves once the engine listens. Returns the unsubscribe. */
    async subscribe(listener: RealtimeListener): Promise<() => void> {
      const engine = current();
      const unsubscribe = engine.subscribe(listener);
      await engine.start();
      return unsubscribe;
    },

    async stop() {
      const engine = bus;
      bus = null;
      await engine?.stop();
    },
  };
};
