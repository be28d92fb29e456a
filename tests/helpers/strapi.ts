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
}

export interface TestApp {
  strapi: Core.Strapi;
  /** The Node HTTP server to hand to supertest. */
  server: any;
  stop(): Promise<void>;
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

/** Boots a real Strapi on a fresh database (SQLite or PostgreSQL, see DB) and mounts its routes. */
export async function bootStrapi(options: BootOptions = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const appDir = options.appDir ?? FIXTURE_APP;
  const restoreEnv = withEnv({
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HELPDESK_TEST_PLUGIN_CONFIG: options.pluginConfig === undefined ? undefined : JSON.stringify(options.pluginConfig),
    ...database.env,
    ...options.env,
  });

  let strapi: Core.Strapi | undefined;
  try {
    strapi = await createStrapi({ appDir, distDir: appDir, autoReload: false, serveAdminPanel: false }).load();
    strapi.server.mount();
  } catch (error) {
    restoreEnv();
    await strapi?.destroy().catch(() => undefined);
    await database.drop();
    throw error;
  }

  const booted = strapi;
  return {
    strapi: booted,
    server: booted.server.httpServer,
    async stop() {
      await booted.destroy();
      restoreEnv();
      await database.drop();
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
