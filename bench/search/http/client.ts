import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RequestPlan } from './requests';

/** The main thread's handle on the load-generator worker (client.worker.ts). */
export interface HttpClient {
  sequential(plans: RequestPlan[]): Promise<{ durations: number[]; results: number[] }>;
  throughput(plans: RequestPlan[], clients: number, total: number): Promise<{ elapsedMs: number }>;
  close(): Promise<void>;
}

const REGISTER = path.resolve(__dirname, '..', '..', 'register.js');
const WORKER = path.resolve(__dirname, 'client.worker.ts');

export function startHttpClient(port: number): HttpClient {
  // The worker is TypeScript too: it loads the same compile hook first.
  const worker = new Worker(`require(${JSON.stringify(REGISTER)}); require(${JSON.stringify(WORKER)});`, { eval: true, workerData: { port } });
  const pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  worker.on('message', ({ id, result, error }) => {
    const call = pending.get(id)!;
    pending.delete(id);
    if (error) call.reject(new Error(error));
    else call.resolve(result);
  });
  worker.on('error', (error) => pending.forEach((call) => call.reject(error)));

  const call = (kind: string, ...args: unknown[]) =>
    new Promise<any>((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { resolve, reject });
      worker.postMessage({ id: nextId, kind, args });
    });

  return {
    sequential: (plans) => call('sequential', plans),
    throughput: (plans, clients, total) => call('throughput', plans, clients, total),
    close: async () => {
      await worker.terminate();
    },
  };
}
