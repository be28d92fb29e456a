import Redis from 'ioredis';
import { decodeEvent, encodeEvent } from '../../domain/realtime';
import { createFanout, type BusLog, type RealtimeBus } from './bus';

export interface RedisBusOptions {
  url: string;
  /** The pub/sub channel; the key prefix of the site's Redis keeps sites on one Redis apart. */
  channel: string;
  log: BusLog;
}

/**
 * Several instances on one Redis: pub/sub, on a connection of its own for subscribing (a
 * subscribed Redis connection can do nothing else). ioredis reconnects and subscribes again by
 * itself; the listeners are told to resync when it has.
 */
/** How long start() waits for Redis before it lets its callers go on without it. */
const START_WAIT_MS = 2000;

export function createRedisBus({ url, channel, log }: RedisBusOptions): RealtimeBus {
  const fanout = createFanout(log);
  const retryStrategy = (attempt: number) => Math.min(attempt * 200, 2000);
  let subscriber: Redis | null = null;
  let publisher: Redis | null = null;
  let readyBefore = false;
  let down = false;
  let starting: Promise<unknown> | null = null;
  /** Set when start() stopped waiting for an unreachable Redis: its first answer then means a resync. */
  let startedWithoutRedis = false;

  return {
    engine: 'redis',
    async start() {
      if (starting) {
        await Promise.race([starting, new Promise((resolve) => setTimeout(resolve, START_WAIT_MS).unref())]);
        return;
      }
      subscriber = new Redis(url, { retryStrategy, maxRetriesPerRequest: null });
      publisher = new Redis(url, { retryStrategy, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
      for (const connection of [subscriber, publisher]) connection.on('error', () => {});
      subscriber.on('message', (from: string, payload: string) => {
        if (from !== channel) return;
        const event = decodeEvent(payload);
        if (event) fanout.deliver(event);
      });
      subscriber.on('close', () => {
        if (down || !readyBefore) return;
        down = true;
        log.warn('[helpdesk] realtime: Redis is unreachable; reconnecting');
      });
      subscriber.on('ready', () => {
        if ((readyBefore && down) || (!readyBefore && startedWithoutRedis)) {
          log.info('[helpdesk] realtime: Redis is back');
          fanout.deliver({ type: 'resync' });
        }
        down = false;
        readyBefore = true;
      });
      starting = subscriber.subscribe(channel).catch(() => {});
      // A stream is not kept waiting for a Redis that is down: it opens, and resyncs once Redis answers.
      let waited: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<'gave up'>((resolve) => {
        waited = setTimeout(() => resolve('gave up'), START_WAIT_MS);
      });
      if ((await Promise.race([starting, gaveUp])) === 'gave up') {
        startedWithoutRedis = true;
        log.warn('[helpdesk] realtime: Redis is unreachable; live events wait until it answers');
      }
      clearTimeout(waited);
    },
    async publish(event) {
      if (!publisher) throw new Error('the realtime bus is not started');
      await publisher.publish(channel, encodeEvent(event));
    },
    subscribe: fanout.subscribe,
    async stop() {
      const connections = [subscriber, publisher].filter((connection): connection is Redis => connection !== null);
      subscriber = null;
      publisher = null;
      starting = null;
      await Promise.all(connections.map((connection) => connection.quit().catch(() => connection.disconnect())));
    },
  };
}
