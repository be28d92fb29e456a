import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** Which database the integration run uses: `DB=sqlite` (default), `DB=postgres` or `DB=mysql` (MySQL/MariaDB). */
export const databaseKind = (): 'sqlite' | 'postgres' | 'mysql' =>
  process.env.DB === 'postgres' || process.env.DB === 'mysql' ? process.env.DB : 'sqlite';

export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The machine's PostgreSQL as the tests reach it (PG* variables, else the machine's defaults). */
export const pgAdminConnection = () => ({
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD ?? '',
  database: process.env.PGDATABASE ?? 'test',
});

/** The playground's DATABASE_* variables for a database on a server. */
const serverDatabaseEnv = (
  client: 'postgres' | 'mysql',
  admin: { host: string; port: number; user: string; password: string },
  name: string
): Record<string, string> => ({
  DATABASE_CLIENT: client,
  DATABASE_HOST: admin.host,
  DATABASE_PORT: String(admin.port),
  DATABASE_USERNAME: admin.user,
  DATABASE_PASSWORD: admin.password,
  DATABASE_NAME: name,
  DATABASE_POOL_MIN: '0',
});

/** A brand-new empty database for one Strapi boot: a temp SQLite file or a fresh PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const unique = `${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;

  if (databaseKind() === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpdesk-test-'));
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
      async drop() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  if (databaseKind() === 'mysql') return createMysqlDatabase(`helpdesk_test_${unique}`);

  const admin = pgAdminConnection();
  const name = `helpdesk_test_${unique}`;
  const client = new Client(admin);
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return {
    env: serverDatabaseEnv('postgres', admin, name),
    async drop() {
      const dropper = new Client(admin);
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A fresh MySQL/MariaDB database, reached with the MYSQL_* variables (default root@127.0.0.1:3306, no password). */
async function createMysqlDatabase(name: string): Promise<TestDatabase> {
  // Loaded only here: mysql2 is needed for this database kind alone.
  const mysql = await import('mysql2/promise');
  const admin = {
    host: process.env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(process.env.MYSQL_PORT ?? 3306),
    user: process.env.MYSQL_USER ?? 'root',
    password: process.env.MYSQL_PASSWORD ?? '',
  };
  const connection = await mysql.createConnection(admin);
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  return {
    env: serverDatabaseEnv('mysql', admin, name),
    async drop() {
      const dropper = await mysql.createConnection(admin);
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
    },
  };
}
