import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitBucket } from '../services/rate-limits';
import { getPluginService } from '../utils';

/**
 * Rate limits (`config.rateLimits`), keyed on the authenticated user — never on anything the
 * request body says — or, on public routes, on the caller's address; answered with 429 and
 * `Retry-After`. The counters are shared by every instance when `rateLimits.redis` is set (see
 * `services/rate-limits.ts`), and kept in this instance's memory otherwise.
 */
export default (options: { bucket: RateLimitBucket }, { strapi }: { strapi: Core.Strapi }) => {
  const limiter = getPluginService(strapi, 'rate-limits').limiter(options.bucket);

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
