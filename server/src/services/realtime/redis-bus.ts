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

  /**
   * Publishing needs no subscription: its connection is made on the first publish, which waits for
   * it; while Redis is down a publish fails at the next failed reconnect (no retries), not later.
   */
  const publisherClient = () => {
    if (!publisher) {
      publisher = new Redis(url, { retryStrategy, maxRetriesPerRequest: 0 });
      publisher.on('error', () => {});
    }
    return publisher;
  };

  /** Whether `promise` settles within `ms`. */
  const settlesWithin = (promise: Promise<unknown>, ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      timer.unref();
      void promise.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });

  return {
    engine: 'redis',
    async start() {
      if (!starting) {
        subscriber = new Redis(url, { retryStrategy, maxRetriesPerRequest: null });
        subscriber.on('error', () => {});
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
      }
      // A stream is not kept waiting for a Redis that is down: it opens, and resyncs once Redis answers.
      if (!(await settlesWithin(starting, START_WAIT_MS)) && !startedWithoutRedis) {
        startedWithoutRedis = true;
        log.warn('[helpdesk] realtime: Redis is unreachable; live events wait until it answers');
      }
    },
    async publish(event) {
      await publisherClient().publish(channel, encodeEvent(event));
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
