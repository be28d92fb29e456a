import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { HelpdeskConfig } from '../config/schema';
import { getPluginConfig } from '../utils';

type Bucket = keyof HelpdeskConfig['rateLimits'];

/**
 * Rate limits (`config.rateLimits`), keyed on the authenticated user — never on anything the
 * request body says — or, on public routes, on the caller's address; answered with 429 and
 * `Retry-After`. Counters live in this instance's memory: with several instances each counts on
 * its own.
 */
export default (options: { bucket: Bucket }, { strapi }: { strapi: Core.Strapi }) => {
  const { points, durationSeconds } = getPluginConfig(strapi).rateLimits[options.bucket];
  const limiter = new RateLimiterMemory({ keyPrefix: `helpdesk-${options.bucket}`, points, duration: durationSeconds });

  return async (ctx: any, next: () => Promise<unknown>) => {
    const userId = ctx.state?.user?.id;
    const key = userId ? `user:${userId}` : `address:${ctx.request.ip}`;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      ctx.set('Retry-After', String(retryAfter));
      throw new errors.RateLimitError(`Too many requests: try again in ${retryAfter} seconds`, { retryAfter });
    }
    return next();
  };
};
