import fs from 'node:fs';
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

export const FIXTURE_APP = path.resolve(__dirname, '..', 'fixtures', 'app');
export const PLAYGROUND_APP = path.resolve(__dirname, '..', '..', 'playground');

export interface BootOptions {
  /** The app to boot: the test fixture (default) or the playground. */
  appDir?: string;
  /** The helpdesk plugin config the fixture app passes to the plugin. */
  pluginConfig?: unknown;
  /** Extra environment for this boot (restored afterwards). */
  env?: Record<string, string>;
  /** Boot on this database instead of a fresh one, e.g. to restart on the same data. */
  database?: TestDatabase;
}

export interface TestApp {
  strapi: Core.Strapi;
  /** The Node HTTP server to hand to supertest. */
  server: any;
  database: TestDatabase;
  /** Shuts Strapi down and drops the database unless asked to keep it for another boot. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

const withEnv = (values: Record<string, string | undefined>) => {
  const previous: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    previous[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => withEnv(previous);
};

/** The environment a test instance of the fixture app boots with, in this process or another. */
export const instanceEnv = (database: TestDatabase, pluginConfig?: unknown): Record<string, string | undefined> => ({
  NODE_ENV: 'test',
  LOG_LEVEL: process.env.HELPDESK_TEST_LOG ?? 'warn',
  STRAPI_TELEMETRY_DISABLED: 'true',
  HELPDESK_TEST_PLUGIN_CONFIG: pluginConfig === undefined ? undefined : JSON.stringify(pluginConfig),
  ...database.env,
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until no query runs or waits for a connection, for a few checks in a row. Strapi emits its
 * entry events after each write without awaiting them (a deep populate, then the event hub); shutting
 * down under them leaves queries waiting on a pool that is gone, which fail a minute later.
 */
async function waitForIdleDatabase(strapi: Core.Strapi, { quietChecks = 5, intervalMs = 20, timeoutMs = 10_000 } = {}) {
  const pool = (strapi.db?.connection as any)?.client?.pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates();
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < quietChecks && Date.now() < deadline) {
    await pause(intervalMs);
    quiet = busy() === 0 ? quiet + 1 : 0;
  }
}

/** Boots a real Strapi on a fresh database (SQLite or PostgreSQL, see DB) and mounts its routes. */
export async function bootStrapi(options: BootOptions = {}): Promise<TestApp> {
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  const appDir = options.appDir ?? FIXTURE_APP;
  // The local upload provider refuses to start without its folder, which git does not keep when empty.
  fs.mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  const restoreEnv = withEnv({ ...instanceEnv(database, options.pluginConfig), ...options.env });

  let strapi: Core.Strapi | undefined;
  try {
    // Kept before loading, so a boot that fails half-way is still shut down (its pool and timers closed).
    strapi = createStrapi({ appDir, distDir: appDir, autoReload: false, serveAdminPanel: false });
    await strapi.load();
    strapi.server.mount();
    // Listen once on a free port: supertest would otherwise open and close a listener per request,
    // which breaks down under many concurrent requests.
    const { httpServer } = strapi.server;
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve()));
  } catch (error) {
    restoreEnv();
    await strapi?.destroy().catch(() => undefined);
    if (!options.database) await database.drop();
    throw error;
  }

  const booted = strapi;
  return {
    strapi: booted,
    server: booted.server.httpServer,
    database,
    async stop({ keepDatabase = false } = {}) {
      await waitForIdleDatabase(booted);
      await booted.destroy();
      const { httpServer } = booted.server;
      if (httpServer.listening) await new Promise((resolve) => httpServer.close(resolve));
      restoreEnv();
      if (!keepDatabase) await database.drop();
    },
  };
}

/**
 * Tries to boot with a config and returns the error that stopped the boot (or null). The database
 * is dropped either way.
 */
export async function bootError(options: BootOptions): Promise<Error | null> {
  try {
    const app = await bootStrapi(options);
    await app.stop();
    return null;
  } catch (error) {
    return error as Error;
  }
}
