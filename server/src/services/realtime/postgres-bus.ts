import { decodeEvent, encodeEvent } from '../../domain/realtime';
import { createFanout, reconnectDelay, type BusLog, type RealtimeBus } from './bus';

/** What the bus uses of node-postgres's `Client`. */
interface PgClient {
  connect(): Promise<unknown>;
  query(sql: string, values?: unknown[]): Promise<unknown>;
  end(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  removeAllListeners(event: string): unknown;
}

export interface PostgresBusOptions {
  /** node-postgres's `Client`: the site's own driver (knex's), so the bus speaks as the site does. */
  Client: new (config: Record<string, unknown>) => PgClient;
  /** How to reach the database: the site's own connection settings. */
  connection: Record<string, unknown> | string;
  /** The NOTIFY channel (a lower-case SQL identifier). */
  channel: string;
  /**
   * Sends a NOTIFY, say through the site's pool (inside a transaction it goes out on commit).
   * Without it the listening connection sends it.
   */
  notify?: (channel: string, payload: string) => Promise<unknown>;
  log: BusLog;
  reconnectMs?: { min: number; max: number };
}

/**
 * Several instances on one PostgreSQL: each listens on its own connection (LISTEN holds one for
 * good, outside the site's pool) and publishes with NOTIFY, which every listener, the sender's
 * included, receives once the sending transaction commits. A lost connection is made again, with
 * growing waits; the listeners are then told to resync.
 */
export function createPostgresBus(options: PostgresBusOptions): RealtimeBus {
  const { channel, log } = options;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`realtime channel "${channel}" must be a lower-case SQL identifier`);
  const { min, max } = options.reconnectMs ?? { min: 500, max: 15_000 };
  const fanout = createFanout(log);

  let client: PgClient | null = null;
  let attempts = 0;
  let everListened = false;
  let stopped = true;
  let retry: NodeJS.Timeout | null = null;
  let starting: Promise<void> | null = null;

  const dropped = (which: PgClient, reason: string) => {
    which.removeAllListeners('notification');
    if (client !== which) return;
    client = null;
    which.end().catch(() => {});
    if (stopped) return;
    log.warn(`[helpdesk] realtime: the PostgreSQL listener lost its connection (${reason}); connecting again`);
    schedule();
  };

  const connect = async () => {
    const next = new options.Client(typeof options.connection === 'string' ? { connectionString: options.connection } : options.connection);
    next.on('error', (error) => dropped(next, error.message));
    next.on('end', () => dropped(next, 'the connection ended'));
    next.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      const event = decodeEvent(message.payload);
      if (event) fanout.deliver(event);
    });
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      if (client === next) client = null;
      next.removeAllListeners('notification');
      next.end().catch(() => {});
      throw error;
    }
    if (stopped) {
      client = null;
      await next.end().catch(() => {});
      return;
    }
    if (everListened) {
      log.info('[helpdesk] realtime: the PostgreSQL listener is back');
      fanout.deliver({ type: 'resync' });
    }
    everListened = true;
    attempts = 0;
  };

  function schedule() {
    if (retry || stopped) return;
    attempts += 1;
    retry = setTimeout(() => {
      retry = null;
      // Quietly: the loss was logged once, and the return will be.
      connect().catch(() => schedule());
    }, reconnectDelay(attempts, min, max));
    retry.unref();
  }

  return {
    engine: 'postgres',
    start() {
      if (!stopped) return starting ?? Promise.resolve();
      stopped = false;
      starting = connect().catch((error) => {
        log.warn(`[helpdesk] realtime: the PostgreSQL listener could not connect (${(error as Error).message}); trying again`);
        schedule();
      });
      return starting;
    },
    async publish(event) {
      const payload = encodeEvent(event);
      if (options.notify) {
        await options.notify(channel, payload);
        return;
      }
      if (!client) throw new Error('the realtime listener is not connected');
      await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    subscribe: fanout.subscribe,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      retry = null;
      await starting;
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners('notification');
        await current.end().catch(() => {});
      }
    },
  };
}
