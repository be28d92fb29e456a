import { decodeEvent, encodeEvent } from '../../domain/realtime';
import { createFanout, type BusLog, type RealtimeBus } from './bus';

/** One instance: events go round this process, encoded as the engines would carry them. */
export function createMemoryBus(log: BusLog): RealtimeBus {
  const fanout = createFanout(log);
  return {
    engine: 'memory',
    async start() {},
    async publish(event) {
      // Encoded and decoded as a real engine would, so an event that works here works there.
      const delivered = decodeEvent(encodeEvent(event))!;
      setImmediate(() => fanout.deliver(delivered));
    },
    subscribe: fanout.subscribe,
    async stop() {},
  };
}
