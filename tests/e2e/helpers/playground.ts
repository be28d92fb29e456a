import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Building and serving the playground the way a site does it: the plugin's `dist/`, the admin panel
 * built by `strapi build`, then `strapi start` in a process of its own (its own process group, so
 * stopping it ends everything it started).
 */

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const PLAYGROUND_DIR = path.join(REPO_ROOT, 'playground');
/** Git-ignored scratch space of the tests: logs, the running server's address, screenshots. */
export const TESTS_TMP_DIR = path.join(REPO_ROOT, 'tests', '.tmp');
// The `strapi` command the playground's npm scripts run (its package exports do not list bin/).
const STRAPI_BIN = path.join(path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [PLAYGROUND_DIR] })), 'bin', 'strapi.js');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last lines of a log file, for error messages. */
export function logTail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs a command with its output going to a log file; rejects with the log's tail on failure. */
function run(command: string, args: string[], options: { cwd: string; logFile: string }): Promise<number> {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, 'w');
  const started = performance.now();
  return new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', log, log], env: { ...process.env, BROWSER: 'none' } });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      fs.closeSync(log);
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); log ${options.logFile}:\n${logTail(options.logFile)}`));
    });
  });
}

const pluginBuilt = () =>
  ['dist/server/index.js', 'dist/admin/index.js', 'dist/widget/loader.js'].every((file) => fs.existsSync(path.join(REPO_ROOT, file)));

/** Builds the plugin (`npm run build`) unless `dist/` is there already. Returns the time taken, or null. */
export async function ensurePluginBuilt(logDir: string): Promise<number | null> {
  if (pluginBuilt()) return null;
  return run('npm', ['run', 'build'], { cwd: REPO_ROOT, logFile: path.join(logDir, 'plugin-build.log') });
}

/**
 * A tsconfig.json in a folder above the playground, if any. Strapi's CLI (5.54) looks for the app's
 * tsconfig.json with TypeScript's findConfigFile, which walks up the parent folders: `strapi build`
 * and `strapi develop` then take the plain-JavaScript playground for a TypeScript app and stop at
 * "Compiling TS" (`strapi start` looks in the app folder only).
 */
function ancestorTsconfig(): string | null {
  let dir = path.dirname(PLAYGROUND_DIR);
  for (;;) {
    const candidate = path.join(dir, 'tsconfig.json');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Builds the playground's admin panel into playground/build (`strapi build`). Returns the time taken. */
export async function buildPlaygroundAdmin(logDir: string): Promise<number> {
  try {
    return await run('npm', ['run', 'build', '--workspace', 'playground'], { cwd: REPO_ROOT, logFile: path.join(logDir, 'admin-build.log') });
  } catch (error) {
    const tsconfig = fs.existsSync(path.join(PLAYGROUND_DIR, 'tsconfig.json')) ? null : ancestorTsconfig();
    if (!tsconfig) throw error;
    throw new Error(
      `${(error as Error).message}\nLikely cause: Strapi's CLI finds ${tsconfig} (it looks for tsconfig.json in the parent folders too) ` +
        'and builds the JavaScript playground as a TypeScript app. No tsconfig.json may sit in a folder above playground/.'
    );
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** Seed the demo data on the empty database (HELPDESK_SEED). */
  seed: boolean;
  /** DATABASE_* variables of an existing database; without them a fresh temp SQLite file is made (and deleted on stop). */
  databaseEnv?: Record<string, string>;
  /** Where Strapi's output goes. */
  logFile: string;
  /** More environment for the server. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

export interface PlaygroundServer {
  baseUrl: string;
  port: number;
  pid: number;
  logFile: string;
  /** The temp SQLite file this server owns, if it made one. */
  databaseFile: string | null;
  /** How long from spawning until it answered. */
  bootMs: number;
  /** Kills the server's whole process group and deletes the temp database it made. */
  stop(): Promise<void>;
  /** The same, synchronously and without waiting: for process exit hooks. */
  killNow(): void;
}

const isAlive = (child: ChildProcess) => child.pid !== undefined && child.exitCode === null && child.signalCode === null;

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-(child.pid as number), signal);
  } catch {
    // the group is gone already
  }
}

/**
 * `strapi start` of the playground (serving the admin panel playground/build holds) on a free port of
 * 127.0.0.1, with the SLA sweeper off. Resolves once the server answers and serves the admin panel.
 */
export async function startPlayground(options: StartOptions): Promise<PlaygroundServer> {
  const port = await freePort();
  const tempDir = options.databaseEnv ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'helpdesk-e2e-'));
  const databaseFile = tempDir ? path.join(tempDir, 'data.db') : null;
  const databaseEnv = options.databaseEnv ?? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: databaseFile as string };
  fs.mkdirSync(path.join(PLAYGROUND_DIR, 'public', 'uploads'), { recursive: true });
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, 'w');

  const env: Record<string, string | undefined> = {
    ...process.env,
    // What `npm start` in the playground runs with (Jest would pass its own NODE_ENV=test on).
    NODE_ENV: 'development',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Checkout sends the customer back to the origin the browser opened (sessionStorage is per origin).
    HELPDESK_PLAYGROUND_URL: `http://127.0.0.1:${port}`,
    HELPDESK_SEED: options.seed ? 'true' : 'false',
    HELPDESK_SLA_SWEEPER: 'false',
    // Specs log in (admin and customers) far more often than Strapi's 5 logins per 5 minutes allow.
    HELPDESK_LOGIN_RATE_LIMIT: 'false',
    ...databaseEnv,
    ...options.env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: PLAYGROUND_DIR,
    env,
    detached: true, // its own process group, so the whole tree can be ended at once
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let spawnError: Error | null = null;
  child.once('error', (error) => {
    spawnError = error;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const removeDatabase = () => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
  const killNow = () => {
    if (isAlive(child)) killGroup(child, 'SIGKILL');
    removeDatabase();
  };
  const stop = async () => {
    if (isAlive(child)) {
      killGroup(child, 'SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), 10_000);
      });
      const outcome = await Promise.race([exited.then(() => 'exited'), timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        killGroup(child, 'SIGKILL');
        await exited;
      }
    }
    // Anything it left running in its group goes too.
    killGroup(child, 'SIGKILL');
    removeDatabase();
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  try {
    for (;;) {
      if (spawnError) throw spawnError;
      if (!isAlive(child)) throw new Error(`strapi start exited (${child.signalCode ?? `code ${child.exitCode}`}) before it answered`);
      if (Date.now() > deadline) throw new Error(`strapi start did not answer on ${baseUrl} within ${seconds(options.readyTimeoutMs ?? 180_000)}`);
      const health = await fetch(`${baseUrl}/_health`).catch(() => null);
      if (health?.status === 204) break;
      await pause(250);
    }
    const admin = await fetch(`${baseUrl}/admin`);
    const html = await admin.text();
    if (admin.status !== 200 || !html.includes('id="strapi"')) {
      throw new Error(`${baseUrl}/admin does not serve the admin panel (${admin.status}): was playground/build built?`);
    }
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nlog ${options.logFile}:\n${logTail(options.logFile)}`);
  }

  return { baseUrl, port, pid: child.pid as number, logFile: options.logFile, databaseFile, bootMs: performance.now() - started, stop, killNow };
}

export { seconds };
