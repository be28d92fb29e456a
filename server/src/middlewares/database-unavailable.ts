import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../permissions';
import { getPluginService } from '../utils';

/** Seconds a client is told to wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

/**
 * While the database cannot be reached, the plugin's routes answer 503 with a clear error instead of
 * whatever the failure became on its way out: a 500 from the handler, or a 401 from a login check
 * that could not read the user. Registered in front of Strapi's own middlewares, so the response
 * keeps what they add (CORS and security headers); the route itself still runs and fails fast,
 * as the pool refuses at once when the database is down.
 */
export function registerDatabaseUnavailable(strapi: Core.Strapi): void {
  const apiPrefix = String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/$/, '');
  const prefixes = [`${apiPrefix}/${PLUGIN_ID}/`, `/${PLUGIN_ID}/`];

  strapi.server.use(async (ctx: any, next: () => Promise<unknown>) => {
    if (!prefixes.some((prefix) => ctx.path.startsWith(prefix))) return next();
    await next();
    if (ctx.status < 400 || !getPluginService(strapi, 'database-health').isDown()) return;
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.body = {
      data: null,
      error: {
        status: 503,
        name: 'ServiceUnavailableError',
        message: `The helpdesk cannot reach its database: try again in ${RETRY_AFTER_SECONDS} seconds`,
        details: { retryAfter: RETRY_AFTER_SECONDS },
      },
    };
  });
}
