import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestDatabase } from '../../tests/helpers/database';
import { FIXTURE_APP, instanceEnv } from '../../tests/helpers/strapi';

/**
 * A Strapi instance of the fixture app in a process of its own (tests/helpers/instance-process.js,
 * as `startOtherInstance` starts it), with what the soak needs besides: its pid, to read its
 * resident memory, its output in a log file rather than on the report's screen, and a way to notice
 * that it died during the run.
 */
export interface SoakInstance {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  /** Resolves with the exit code (or signal) when the process ends, whenever that is. */
  exited: Promise<string>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Asks Strapi to shut down (destroy, then exit); SIGKILL after 20 s. */
  stop(): Promise<void>;
}

const INSTANCE_PROCESS = path.resolve(__dirname, '..', '..', 'tests', 'helpers', 'instance-process.js');

export function startInstance(
  name: string,
  database: TestDatabase,
  pluginConfig: unknown,
  options: { env?: Record<string, string>; logDir: string }
): Promise<SoakInstance> {
  const logFile = path.join(options.logDir, `instance-${name}.log`);
  const log = fs.openSync(logFile, 'a');
  const child: ChildProcess = fork(INSTANCE_PROCESS, [], {
    env: { ...process.env, ...instanceEnv(database, pluginConfig), HELPDESK_INSTANCE_APP: FIXTURE_APP, ...options.env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  fs.closeSync(log);
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`))
  );
  const alive = () => child.exitCode === null && child.signalCode === null;
  return new Promise((resolve, reject) => {
    const early = (code: number | null) => reject(new Error(`instance ${name} exited with code ${code} before it listened; see ${logFile}`));
    child.once('exit', early);
    child.once('message', (message: { port: number }) => {
      child.off('exit', early);
      resolve({
        name,
        url: `http://127.0.0.1:${message.port}`,
        pid: child.pid as number,
        logFile,
        exited,
        alive,
        async stop() {
          if (!alive()) return;
          child.send('stop');
          const killed = setTimeout(() => child.kill('SIGKILL'), 20_000);
          await exited;
          clearTimeout(killed);
        },
      });
    });
  });
}

/** The resident set size of a process in bytes (VmRSS of /proc/<pid>/status), or null once it is gone. */
export function residentBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time a process has used so far, in ms (utime + stime of /proc/<pid>/stat), or null once it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces: state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

export interface RssSample {
  /** Milliseconds since the traffic started (negative before). */
  at: number;
  bytes: number;
}

/** Samples each instance's RSS every `intervalMs` until stopped. */
export function sampleRss(instances: SoakInstance[], startedAt: () => number, intervalMs: number) {
  const samples = new Map<string, RssSample[]>(instances.map((instance) => [instance.name, []]));
  const take = () => {
    const at = Date.now() - startedAt();
    for (const instance of instances) {
      const bytes = residentBytes(instance.pid);
      if (bytes !== null) samples.get(instance.name)!.push({ at, bytes });
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    take,
    stop() {
      clearInterval(timer);
    },
  };
}

/** Counts the lines of a log file that look like errors, and returns the first few. */
export function logErrors(logFile: string): { count: number; first: string[] } {
  let text = '';
  try {
    text = fs.readFileSync(logFile, 'utf8');
  } catch {
    return { count: 0, first: [] };
  }
  const lines = text.split('\n').filter((line) => /\berror\b/i.test(line));
  return { count: lines.length, first: lines.slice(0, 3) };
}
