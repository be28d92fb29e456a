import { fork } from 'node:child_process';
import path from 'node:path';
import { FIXTURE_APP, instanceEnv } from './strapi';
import type { TestDatabase } from './database';

export interface OtherInstance {
  /** Base URL of its HTTP server, e.g. http://127.0.0.1:40123 */
  url: string;
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL), as a crash or an out-of-memory kill would: nothing is cleaned up. */
  kill(): Promise<void>;
}

/**
 * Boots the fixture app in a separate process on the same database as a test's own instance, so a
 * test sees what one Strapi instance learns from another through the database alone. (Two Strapi
 * instances cannot share one process: Strapi keeps itself in a global.)
 */
export function startOtherInstance(database: TestDatabase, pluginConfig: unknown = {}): Promise<OtherInstance> {
  const child = fork(path.join(__dirname, 'instance-process.js'), [], {
    env: { ...process.env, ...instanceEnv(database, pluginConfig), HELPDESK_INSTANCE_APP: FIXTURE_APP },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the other instance exited with code ${code} before it listened`)));
    child.once('message', (message: { port: number }) => {
      resolve({
        url: `http://127.0.0.1:${message.port}`,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.send('stop');
          const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(killed);
        },
      });
    });
  });
}
