import type { Core } from '@strapi/strapi';
import { isConnectionError } from '../domain/database/connection-errors';

/**
 * Whether the database can be reached, as the plugin last saw it: every query that fails for want of
 * a connection, and every connection the pool cannot open, marks it down; the next query that
 * succeeds, or connection that opens, marks it up again. Nothing is probed: the pool reconnects by
 * itself on the next query once the database is back, so the plugin's jobs (sweeper, outbox, search
 * feed) resume on their next run and requests need no Strapi restart.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let down = false;
  let watching = false;

  const markDown = (error: unknown) => {
    if (down) return;
    down = true;
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    strapi.log.warn(`helpdesk: the database is unreachable (${String(code ?? message ?? 'no connection')}); the plugin's routes answer 503 until it is back`);
  };
  const markUp = () => {
    if (!down) return;
    down = false;
    strapi.log.info('helpdesk: the database is reachable again');
  };

  return {
    /** Follows the queries and the connection pool (at bootstrap, once the database is set up). */
    watch(): void {
      if (watching) return;
      watching = true;
      const knex = strapi.db.connection as any;
      knex.on('query-error', (error: unknown) => {
        if (isConnectionError(error)) markDown(error);
      });
      knex.on('query-response', markUp);
      const pool = knex.client?.pool;
      pool?.on?.('createFail', (_eventId: unknown, error: unknown) => markDown(error));
      pool?.on?.('createSuccess', markUp);
    },

    isDown: () => down,
  };
};
