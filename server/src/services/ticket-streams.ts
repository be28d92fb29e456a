import { PassThrough } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { SSE_KEEPALIVE, SSE_RETRY_MS, sseFrame } from '../domain/realtime';
import { getPluginService } from '../utils';

/** Messages read per query while a stream catches up. */
const CATCH_UP_PAGE = 100;
const KEEPALIVE_MS = 15_000;

/** One side's view of a ticket's live thread. */
export interface StreamSource {
  /** The ticket the stream follows. */
  documentId: string;
  /** The thread's messages after message `afterId`, in the order written, as this side sees them. */
  messagesAfter(afterId: number, limit: number): Promise<Array<{ id: number } & Record<string, unknown>>>;
  /** Whose typing this side is shown: the other side's. */
  typingOf: 'customer' | 'staff';
}

/**
 * A ticket's thread as Server-Sent Events: `message` events (each with the message's id as the
 * event id) from just after the client's `Last-Event-ID`, then each new one as it is written on any
 * instance; `typing` and `chat` events as they happen. The realtime bus only says that something
 * was written: the messages themselves are read from the database, so a stream shows what was
 * committed, in order, once each, and after a lost bus connection it reads again what it missed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The open streams' close functions: a shutdown ends them, so no client waits on a server that is gone. */
  const closers = new Set<() => void>();

  return {
    /** Streams currently open on this instance. */
    openStreams: () => closers.size,

    /** Ends every open stream (the plugin's shutdown); clients reconnect to another instance. */
    closeAll() {
      for (const close of [...closers]) close();
    },

    async open(ctx: any, source: StreamSource, lastEventId: number): Promise<void> {
      const stream = new PassThrough();
      let last = lastEventId;
      let closed = false;
      const write = (chunk: string) => {
        if (!closed) stream.write(chunk);
      };

      // One catch-up at a time, each after the one before: two at once would send a message twice.
      let reading: Promise<void> = Promise.resolve();
      const catchUp = () => {
        reading = reading
          .then(async () => {
            while (!closed) {
              const messages = await source.messagesAfter(last, CATCH_UP_PAGE);
              for (const message of messages) {
                write(sseFrame({ event: 'message', id: message.id, data: message }));
                last = message.id;
              }
              if (messages.length < CATCH_UP_PAGE) return;
            }
          })
          .catch((error: Error) => {
            strapi.log.warn(`[helpdesk] a ticket stream could not read its messages: ${error.message}`);
          });
        return reading;
      };

      // Listening first, then reading: a message written in between is heard, not missed.
      const unsubscribe = await getPluginService(strapi, 'realtime').subscribe((event) => {
        if (event.type === 'resync') {
          void catchUp();
          return;
        }
        if (event.ticket !== source.documentId) return;
        if (event.type === 'message') {
          if (event.messageId > last) void catchUp();
        } else if (event.type === 'typing') {
          if (event.by === source.typingOf) write(sseFrame({ event: 'typing', data: { by: event.by, name: event.name } }));
        } else {
          write(sseFrame({ event: 'chat', data: { state: event.state, agent: event.agent } }));
        }
      });
      const keepalive = setInterval(() => write(SSE_KEEPALIVE), KEEPALIVE_MS);
      keepalive.unref();
      const close = () => {
        if (closed) return;
        closed = true;
        closers.delete(close);
        clearInterval(keepalive);
        unsubscribe();
        stream.end();
      };
      closers.add(close);
      ctx.res.once('close', close);

      // A stream stays open: no socket timeout, and nothing on the way may buffer it.
      ctx.req.socket.setTimeout(0);
      ctx.req.socket.setNoDelay(true);
      ctx.req.socket.setKeepAlive(true);
      ctx.set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' });
      ctx.status = 200;
      ctx.body = stream;
      write(`retry: ${SSE_RETRY_MS}\n\n`);
      await catchUp();
    },
  };
};
