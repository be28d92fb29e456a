import { between, mulberry32, pick, zipfPicker, type Random } from '../random';
import { generateQueries } from '../search/queries';
import { places, platforms, topics } from '../search/vocabulary';

/**
 * The soak's traffic: virtual users that each wait for their answer, think, and go on, over the
 * instances in turn (as a load balancer would spread them). Customers type into the FAQ search,
 * file tickets, reply, read and resolve their tickets; staff read the queue, open tickets and answer
 * the first one waiting for an answer. Every response is counted by route and status class; a 5xx
 * or a request that got no answer at all is a failure and is kept with what came back.
 */

export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | 'err';

export interface RouteStats {
  latencies: number[];
  classes: Record<StatusClass, number>;
  /** Status codes other than the route's expected one, e.g. 409: 3. */
  unexpected: Map<number, number>;
}

export interface Failure {
  at: number;
  route: string;
  instance: string;
  status: number | 'network';
  detail: string;
}

export interface Endpoint {
  name: string;
  url: string;
}

const REQUEST_TIMEOUT_MS = 30_000;
const classOf = (status: number): StatusClass => (status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx');

export class Recorder {
  readonly routes = new Map<string, RouteStats>();
  readonly failures: Failure[] = [];
  /** Sample bodies of unexpected 4xx answers, one per route and status. */
  readonly clientErrors = new Map<string, string>();
  private turn = 0;
  constructor(
    private readonly endpoints: Endpoint[],
    private readonly startedAt: () => number
  ) {}

  private stats(route: string): RouteStats {
    let stats = this.routes.get(route);
    if (!stats) {
      stats = { latencies: [], classes: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, err: 0 }, unexpected: new Map() };
      this.routes.set(route, stats);
    }
    return stats;
  }

  /** The next instance in turn. */
  next(): Endpoint {
    const endpoint = this.endpoints[this.turn % this.endpoints.length];
    this.turn += 1;
    return endpoint;
  }

  /**
   * One request to the next instance; returns the status and the parsed body (null when none).
   * `expected` is the status the route answers when all goes well.
   */
  async call(
    route: string,
    method: string,
    path: string,
    options: { token?: string; body?: unknown; expected?: number } = {}
  ): Promise<{ status: number; body: any } | null> {
    const endpoint = this.next();
    const stats = this.stats(route);
    const begin = performance.now();
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${endpoint.url}${path}`, {
        method,
        headers: {
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      stats.latencies.push(performance.now() - begin);
      stats.classes.err += 1;
      this.failures.push({ at: Date.now() - this.startedAt(), route, instance: endpoint.name, status: 'network', detail: String((error as { cause?: unknown })?.cause ?? error) });
      return null;
    }
    stats.latencies.push(performance.now() - begin);
    stats.classes[classOf(status)] += 1;
    const expected = options.expected ?? 200;
    if (status !== expected) stats.unexpected.set(status, (stats.unexpected.get(status) ?? 0) + 1);
    if (status >= 500) {
      this.failures.push({ at: Date.now() - this.startedAt(), route, instance: endpoint.name, status, detail: text.slice(0, 300) });
    } else if (status >= 400 && !this.clientErrors.has(`${route} ${status}`)) {
      this.clientErrors.set(`${route} ${status}`, text.slice(0, 300));
    }
    let body: any = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    return { status, body };
  }
}

export interface SoakCustomer {
  email: string;
  jwt: string;
  /** The customer's tickets this run filed, still open as far as the customer knows. */
  open: string[];
}

export interface SoakStaff {
  email: string;
  token: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pickTopic = zipfPicker(topics);

/** A customer's ticket: a subject and a few sentences about one problem, from the search vocabulary. */
function ticketText(random: Random, serial: number): { subject: string; body: string } {
  const topic = pickTopic(random);
  const noun = pick(random, topic.nouns);
  const problem = pick(random, topic.problems);
  const act = pick(random, topic.actions);
  return {
    subject: `${capitalise(noun)} ${problem} (${serial})`,
    body:
      `Hello, since yesterday my ${noun} ${problem}. I tried to ${act.verb} the ${pick(random, topic.nouns)} in ${pick(random, places)} ` +
      `on ${pick(random, platforms)}, but nothing changed. What should I do?`,
  };
}

function weighted<T extends string>(random: Random, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  let left = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [name, weight] of entries) {
    left -= weight;
    if (left < 0) return name;
  }
  return entries[entries.length - 1][0];
}

/** What a customer does on each turn, by weight; a search is a few requests as the customer types. */
export const CUSTOMER_MIX = { search: 40, file: 14, reply: 14, view: 10, list: 6, resolve: 6, availability: 5 } as const;
export const STAFF_MIX = { queue: 30, reply: 50, view: 20 } as const;

export interface TrafficOptions {
  recorder: Recorder;
  customers: SoakCustomer[];
  staff: SoakStaff[];
  customerUsers: number;
  staffUsers: number;
  /** Think time between two turns of one user, in ms. */
  customerThinkMs: [number, number];
  staffThinkMs: [number, number];
  until: () => boolean;
  seed: number;
}

export interface TrafficCounts {
  filed: string[];
  customerReplies: number;
  staffReplies: number;
  resolved: number;
}

/** Runs the virtual users until `until()` says stop; resolves when every user finished its turn. */
export async function runTraffic(options: TrafficOptions): Promise<TrafficCounts> {
  const { recorder, until } = options;
  const counts: TrafficCounts = { filed: [], customerReplies: 0, staffReplies: 0, resolved: 0 };
  const queries = generateQueries({ count: 2000, seed: options.seed });
  let serial = 0;
  /** Tickets a staff user is answering right now, so two do not answer the same one at once. */
  const answering = new Set<string>();
  let queue: Array<Record<string, any>> = [];
  let queueReadAt = 0;

  const customerUser = async (index: number) => {
    const random = mulberry32(options.seed + 1000 + index);
    const mine = options.customers.filter((_, n) => n % options.customerUsers === index);
    while (!until()) {
      const customer = pick(random, mine);
      const action = weighted(random, CUSTOMER_MIX);
      const auth = { token: customer.jwt };
      const openTicket = customer.open.length > 0 ? pick(random, customer.open) : null;
      if (action === 'search') {
        // Suggest-as-you-type: the query as it grows, a request per pause in typing.
        const q = pick(random, queries);
        const steps = Math.min(q.length, between(random, 1, 3));
        for (let step = 1; step <= steps && !until(); step += 1) {
          const prefix = q.slice(0, Math.max(2, Math.round((q.length * step) / steps)));
          await recorder.call('GET /api/helpdesk/faq/search', 'GET', `/api/helpdesk/faq/search?${new URLSearchParams({ q: prefix, locale: 'en', limit: '5' })}`);
          await sleep(between(random, 80, 250));
        }
      } else if (action === 'file' || (!openTicket && (action === 'reply' || action === 'view' || action === 'resolve'))) {
        serial += 1;
        const answer = await recorder.call('POST /api/helpdesk/tickets', 'POST', '/api/helpdesk/tickets', { ...auth, body: { data: ticketText(random, serial) }, expected: 201 });
        const documentId = answer?.status === 201 ? answer.body?.data?.documentId : undefined;
        if (documentId) {
          customer.open.push(documentId);
          counts.filed.push(documentId);
        }
      } else if (action === 'reply' && openTicket) {
        const answer = await recorder.call('POST /api/helpdesk/tickets/:id/messages', 'POST', `/api/helpdesk/tickets/${openTicket}/messages`, {
          ...auth,
          body: { data: { body: `Thanks. I tried again just now and it still does not work (${between(random, 1, 9999)}).` } },
          expected: 201,
        });
        if (answer?.status === 201) counts.customerReplies += 1;
      } else if (action === 'view' && openTicket) {
        await recorder.call('GET /api/helpdesk/tickets/:id', 'GET', `/api/helpdesk/tickets/${openTicket}`, auth);
      } else if (action === 'resolve' && openTicket) {
        const answer = await recorder.call('POST /api/helpdesk/tickets/:id/resolve', 'POST', `/api/helpdesk/tickets/${openTicket}/resolve`, { ...auth, body: {} });
        if (answer?.status === 200) {
          customer.open.splice(customer.open.indexOf(openTicket), 1);
          counts.resolved += 1;
        }
      } else if (action === 'list') {
        await recorder.call('GET /api/helpdesk/tickets', 'GET', '/api/helpdesk/tickets?page=1&pageSize=10', auth);
      } else {
        await recorder.call('GET /api/helpdesk/availability', 'GET', '/api/helpdesk/availability');
      }
      await sleep(between(random, ...options.customerThinkMs));
    }
  };

  const readQueue = async (token: string) => {
    const answer = await recorder.call('GET /helpdesk/tickets (queue)', 'GET', '/helpdesk/tickets?status=new,open&pageSize=25', { token });
    if (answer?.status === 200 && Array.isArray(answer.body?.data)) {
      queue = answer.body.data;
      queueReadAt = Date.now();
    }
  };

  const staffUser = async (index: number) => {
    const random = mulberry32(options.seed + 2000 + index);
    const member = options.staff[index % options.staff.length];
    while (!until()) {
      // Read each turn: the soak logs staff in again before their admin session runs out.
      const auth = { token: member.token };
      const action = weighted(random, STAFF_MIX);
      if (action === 'queue' || Date.now() - queueReadAt > 5_000) {
        await readQueue(member.token);
      } else if (action === 'reply') {
        // The first ticket of the queue that waits for an answer and nobody is answering.
        const waiting = queue.find((ticket) => (!ticket.firstRespondedAt || ticket.nextResponseDueAt) && !answering.has(ticket.documentId));
        if (!waiting) {
          await readQueue(member.token);
        } else {
          answering.add(waiting.documentId);
          // Reading the ticket before answering it, as staff do.
          await recorder.call('GET /helpdesk/tickets/:id', 'GET', `/helpdesk/tickets/${waiting.documentId}`, auth);
          const answer = await recorder.call('POST /helpdesk/tickets/:id/reply', 'POST', `/helpdesk/tickets/${waiting.documentId}/reply`, {
            ...auth,
            body: { data: { body: `Thank you for your message. Please open ${pick(random, places)} and try once more; tell us what you see.`, minutes: between(random, 1, 15) } },
            expected: 201,
          });
          if (answer?.status === 201) {
            counts.staffReplies += 1;
            waiting.firstRespondedAt = waiting.firstRespondedAt ?? new Date().toISOString();
            waiting.nextResponseDueAt = null;
          }
          answering.delete(waiting.documentId);
        }
      } else {
        const ticket = queue.length > 0 ? pick(random, queue) : null;
        if (ticket) await recorder.call('GET /helpdesk/tickets/:id', 'GET', `/helpdesk/tickets/${ticket.documentId}`, auth);
        else await readQueue(member.token);
      }
      await sleep(between(random, ...options.staffThinkMs));
    }
  };

  await Promise.all([
    ...Array.from({ length: options.customerUsers }, (_, index) => customerUser(index)),
    ...Array.from({ length: options.staffUsers }, (_, index) => staffUser(index)),
  ]);
  return counts;
}

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
