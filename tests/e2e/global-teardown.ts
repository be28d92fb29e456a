import fs from 'node:fs';
import { BASE_URL_ENV, SERVER_STATE_FILE } from './helpers/env';
import type { PlaygroundServer } from './helpers/playground';

/** Stops the playground the global setup started (its whole process group) and deletes its temp database. */
export default async function globalTeardown() {
  const server: PlaygroundServer | undefined = (globalThis as any).__HELPDESK_E2E_SERVER__;
  if (!server) return;
  await server.stop();
  await (globalThis as any).__HELPDESK_E2E_SMTP__?.close();
  (globalThis as any).__HELPDESK_E2E_SMTP__ = undefined;
  await (globalThis as any).__HELPDESK_E2E_STRIPE__?.close();
  (globalThis as any).__HELPDESK_E2E_STRIPE__ = undefined;
  fs.rmSync(SERVER_STATE_FILE, { force: true });
  delete process.env[BASE_URL_ENV];
  (globalThis as any).__HELPDESK_E2E_SERVER__ = undefined;
}
