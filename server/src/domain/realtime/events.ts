import { z } from 'zod';

/**
 * What travels between instances in real time: small facts about a ticket, never its content.
 * A message event names the message; each instance reads it from the database before it streams
 * it, so what a client receives is what was committed, whatever the engine carries.
 */
const ticketId = z.string().min(1).max(64);

export const realtimeEventSchema = z.discriminatedUnion('type', [
  /** A message was written to the ticket's thread (its id is the stream's event id). */
  z.object({ type: z.literal('message'), ticket: ticketId, messageId: z.number().int().positive() }).strict(),
  /** Someone is typing in the ticket: the customer, or a named agent. */
  z.object({ type: z.literal('typing'), ticket: ticketId, by: z.enum(['customer', 'staff']), name: z.string().max(200).nullable() }).strict(),
  /** A chat's state changed: waiting for an agent, taken by one, or ended. */
  z
    .object({ type: z.literal('chat'), ticket: ticketId, state: z.enum(['waiting', 'taken', 'ended']), agent: z.string().max(200).nullable() })
    .strict(),
]);

export type RealtimeEvent = z.infer<typeof realtimeEventSchema>;

/**
 * PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; every engine keeps to it, so an event
 * that one engine carries, all do.
 */
export const MAX_EVENT_BYTES = 7900;

/** The event as the engines carry it. Throws on an event no engine could carry. */
export function encodeEvent(event: RealtimeEvent): string {
  const encoded = JSON.stringify(realtimeEventSchema.parse(event));
  if (new TextEncoder().encode(encoded).length > MAX_EVENT_BYTES) throw new RangeError(`a realtime event may take at most ${MAX_EVENT_BYTES} bytes`);
  return encoded;
}

/** The event an engine delivered, or null for anything that is not one (another program's message on the channel). */
export function decodeEvent(payload: string): RealtimeEvent | null {
  try {
    const parsed = realtimeEventSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
