import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestDatabase } from './database';
import { freePort } from './ports';

/** The newest PostgreSQL server installed from Debian's packages. */
const binDir = () => {
  const versions = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  return path.join('/usr/lib/postgresql', versions[versions.length - 1], 'bin');
};

export interface PrivatePostgres {
  database: TestDatabase;
  /** Stops the server at once (`pg_ctl stop -m immediate`: no checkpoint, as a crash). */
  stop(): void;
  start(): void;
  /** Stops it for good and removes its files. */
  remove(): void;
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a temp folder, on a free port), so a test can
 * stop and start the database under a running Strapi without touching the server other suites use.
 * PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpdesk-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(binDir(), command), asRoot ? ['-u', 'postgres', '--', path.join(binDir(), command), ...args] : args, { stdio: 'pipe' });
  const port = await freePort();
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  start();

  const admin = { host: '127.0.0.1', port, user: 'postgres', password: '', database: 'postgres' };
  const client = new Client(admin);
  await client.connect();
  await client.query('CREATE DATABASE helpdesk');
  await client.end();
  return {
    database: {
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: admin.host,
        DATABASE_PORT: String(port),
        DATABASE_USERNAME: admin.user,
        DATABASE_PASSWORD: '',
        DATABASE_NAME: 'helpdesk',
        DATABASE_POOL_MIN: '0',
      },
      // The cluster goes with `remove`.
      drop: async () => undefined,
    },
    stop,
    start,
    remove() {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
