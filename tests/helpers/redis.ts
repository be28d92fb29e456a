import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { freePort } from './ports';

/** The machine's Redis, which `.ci/run` starts when it is not running. */
export const MACHINE_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test run (the three database passes run side by side) shares. */
export const uniqueRedisPrefix = () => `helpdesk-test-${process.pid}-${Date.now().toString(36)}`;

/** Whether a Redis answers PING at `url` (over a plain socket: a client library would leave reconnect timers behind). */
const answersPing = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect(Number(port || 6379), hostname);
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });

/** Resolves once a Redis answers PING at `url`. */
export async function untilRedisAnswers(url: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await answersPing(url))) {
    if (Date.now() - started > timeoutMs) throw new Error(`no Redis answered at ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface PrivateRedis {
  url: string;
  /** Kills the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

/**
 * A Redis server of the test's own, on a free port and keeping nothing on disk, so a test can take
 * it down and bring it back without touching the machine's Redis that other suites use.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  const start = async () => {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await untilRedisAnswers(url);
  };
  const kill = async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, kill, start };
}
