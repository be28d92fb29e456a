/**
 * Server-Sent Events framing (the WHATWG "event stream" format), pure. A frame's data is JSON on
 * one line, so no payload can break the framing; an id lets a reconnecting client say where it was.
 */
export function sseFrame(frame: { event: string; data: unknown; id?: number }): string {
  const lines = [`event: ${frame.event}`];
  if (frame.id !== undefined) lines.push(`id: ${frame.id}`);
  lines.push(`data: ${JSON.stringify(frame.data)}`);
  return `${lines.join('\n')}\n\n`;
}

/** A comment line: keeps proxies from closing a quiet stream, and shows nothing to the client. */
export const SSE_KEEPALIVE = ': keepalive\n\n';

/** How long a browser waits before it reconnects a dropped stream, said at the start of each. */
export const SSE_RETRY_MS = 2000;

/**
 * The id a reconnecting client last received (`Last-Event-ID`): 0 when it sends none (a first
 * connect), a message id (a row id: 1 to 10 digits), or null for anything else, which the route
 * refuses.
 */
export function parseLastEventId(value: unknown): number | null {
  if (value === undefined || value === '') return 0;
  return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}
