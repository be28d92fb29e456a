import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getPluginConfig } from '../utils';

export type RateLimitBucket = 'createTicket' | 'reply' | 'search';

/** How long a Redis command may take before the request is counted in memory instead. */
const REDIS_COMMAND_TIMEOUT_MS = 500;

/** The URL without its password, for the log. */
const shownUrl = (url: string) => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured Redis';
  }
};

/**
 * The rate limiters of `config.rateLimits`. With `rateLimits.redis` (a URL) the counters live in
 * Redis, so every instance of the site counts against the same limit; without it each instance
 * counts in its own memory.
 *
 * Redis being down never refuses a request: each limiter then counts in this instance's memory
 * (rate-limiter-flexible's insurance limiter) and the log says so once, and again once Redis is
 * back. Commands are not queued while the connection is down, so a request does not wait for it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const limiters = new Map<RateLimitBucket, RateLimiterAbstract>();
  let client: Redis | null = null;
  let unreachable = false;

  const redisClient = (url: string) => {
    if (client) return client;
    client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      // Keep trying, at most every 2 s: counters are shared again as soon as Redis answers.
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    const lost = (reason: string) => {
      if (unreachable) return;
      unreachable = true;
      strapi.log.warn(
        `helpdesk: rate limits: Redis at ${shownUrl(url)} is unreachable (${reason}); ` +
          "counting in this instance's memory until it is back",
      );
    };
    // A connection that never came up reports an error; one that was up reports its close first.
    client.on('error', (error: Error & { code?: string }) => lost(error.code ?? error.message));
    client.on('close', () => lost('connection closed'));
    client.on('ready', () => {
      if (!unreachable) return;
      unreachable = false;
      strapi.log.info(`helpdesk: rate limits: Redis at ${shownUrl(url)} is back; counters are shared again`);
    });
    return client;
  };

  const create = (bucket: RateLimitBucket): RateLimiterAbstract => {
    const config = getPluginConfig(strapi).rateLimits;
    const { points, durationSeconds } = config[bucket];
    const memory = new RateLimiterMemory({ keyPrefix: `helpdesk-${bucket}`, points, duration: durationSeconds });
    if (!config.redis) return memory;
    return new RateLimiterRedis({
      storeClient: redisClient(config.redis),
      keyPrefix: `${config.redisKeyPrefix}:${bucket}`,
      points,
      duration: durationSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };

  return {
    /** The limiter of a bucket (one per bucket and instance). */
    limiter(bucket: RateLimitBucket): RateLimiterAbstract {
      let limiter = limiters.get(bucket);
      if (!limiter) {
        limiter = create(bucket);
        limiters.set(bucket, limiter);
      }
      return limiter;
    },

    /** Where the counters are kept now: `memory` (no Redis configured), `redis`, or `memory-fallback` while Redis is unreachable. */
    store(): 'memory' | 'redis' | 'memory-fallback' {
      if (!getPluginConfig(strapi).rateLimits.redis) return 'memory';
      return client?.status === 'ready' ? 'redis' : 'memory-fallback';
    },

    /** Closes the Redis connection (at shutdown). */
    async stop(): Promise<void> {
      const closing = client;
      client = null;
      if (!closing) return;
      // Closing is not an outage.
      closing.removeAllListeners();
      closing.on('error', () => undefined);
      await closing.quit().catch(() => closing.disconnect());
    },
  };
};
