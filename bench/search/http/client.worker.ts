import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { RequestPlan } from './requests';

/**
 * The HTTP load generator, in a worker thread so that sending requests and reading answers costs the
 * server's event loop nothing (on a 2-core machine the server gets a core of its own). Connections
 * are kept alive, as a browser keeps them.
 */
const { port } = workerData as { port: number };
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** GETs a path; resolves to the number of results in the answer's `data`. */
function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) reject(new Error(`GET ${path} answered ${response.statusCode}: ${body.slice(0, 300)}`));
          else resolve((JSON.parse(body).data as unknown[]).length);
        });
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** One query: its requests sent together; resolves to the results they found together. */
const run = async (plan: RequestPlan) => (await Promise.all(plan.map(get))).reduce((sum, count) => sum + count, 0);

/** One query after the other: each one's duration and result count. */
async function sequential(plans: RequestPlan[]) {
  const durations: number[] = [];
  const results: number[] = [];
  for (const plan of plans) {
    const start = performance.now();
    results.push(await run(plan));
    durations.push(performance.now() - start);
  }
  return { durations, results };
}

/** `total` queries, `clients` of them in flight at any time, going round the plans. */
async function throughput(plans: RequestPlan[], clients: number, total: number) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const plan = plans[next % plans.length];
        next += 1;
        await run(plan);
      }
    }),
  );
  return { elapsedMs: performance.now() - start };
}

parentPort!.on('message', async ({ id, kind, args }: { id: number; kind: 'sequential' | 'throughput'; args: any[] }) => {
  try {
    const result = kind === 'sequential' ? await sequential(args[0]) : await throughput(args[0], args[1], args[2]);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
