import type { RealtimeEvent } from '../../domain/realtime';

/**
 * Said to this instance's listeners alone, never carried: the engine lost its connection and has it
 * back, so events may have been missed; a stream reads what it shows from the database again.
 */
export type Resync = { type: 'resync' };

export type RealtimeListener = (event: RealtimeEvent | Resync) => void;

/**
 * Carries realtime events to every instance of the site, this one included, over an engine that
 * already does so (PostgreSQL's LISTEN/NOTIFY, Redis pub/sub), or within the process for a single
 * instance. What is published while an engine is unreachable is lost; that is what Resync is for.
 */
export interface RealtimeBus {
  readonly engine: 'memory' | 'postgres' | 'redis';
  /** Resolves once the engine listens (it keeps retrying in the background when it cannot yet). */
  start(): Promise<void>;
  publish(event: RealtimeEvent): Promise<void>;
  /** Returns the unsubscribe. */
  subscribe(listener: RealtimeListener): () => void;
  stop(): Promise<void>;
}

export interface BusLog {
  info(message: string): void;
  warn(message: string): void;
}

/** The instance's own listeners; a listener that throws does not keep the others from hearing. */
export function createFanout(log: BusLog) {
  const listeners = new Set<RealtimeListener>();
  const deliver = (event: RealtimeEvent | Resync) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        log.warn(`[helpdesk] a realtime listener failed: ${(error as Error).message}`);
      }
    }
  };
  return {
    subscribe(listener: RealtimeListener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    deliver,
    get size() {
      return listeners.size;
    },
  };
}

/** Waits before reconnect attempt `attempt` (1, 2, …): doubling from `minMs`, at most `maxMs`. */
export const reconnectDelay = (attempt: number, minMs: number, maxMs: number) => Math.min(minMs * 2 ** Math.max(0, attempt - 1), maxMs);
