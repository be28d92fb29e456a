import { decodeEvent, encodeEvent, MAX_EVENT_BYTES, type RealtimeEvent } from '../../../server/src/domain/realtime';
import { reconnectDelay } from '../../../server/src/services/realtime/bus';

describe('realtime events as the engines carry them', () => {
  const events: RealtimeEvent[] = [
    { type: 'message', ticket: 'abc123', messageId: 42 },
    { type: 'typing', ticket: 'abc123', by: 'customer', name: null },
    { type: 'typing', ticket: 'abc123', by: 'staff', name: 'Saskia de Vries' },
    { type: 'chat', ticket: 'abc123', state: 'taken', agent: 'Saskia' },
  ];

  it.each(events)('comes back as it was sent: %o', (event) => {
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });

  it('is refused before sending when it is not an event', () => {
    expect(() => encodeEvent({ type: 'message', ticket: '', messageId: 1 })).toThrow();
    expect(() => encodeEvent({ type: 'message', ticket: 'a', messageId: 1.5 })).toThrow();
    expect(() => encodeEvent({ type: 'joined', ticket: 'a' } as unknown as RealtimeEvent)).toThrow();
  });

  it('keeps under the size PostgreSQL carries, counted in bytes, not characters', () => {
    // 200 four-byte characters are 800 bytes: well inside; the limit holds whatever the text.
    const event: RealtimeEvent = { type: 'chat', ticket: 'a'.repeat(64), state: 'ended', agent: '😀'.repeat(200) };
    expect(new TextEncoder().encode(encodeEvent(event)).length).toBeLessThanOrEqual(MAX_EVENT_BYTES);
  });

  it('reads what is no event of ours as nothing', () => {
    expect(decodeEvent('not json')).toBeNull();
    expect(decodeEvent('null')).toBeNull();
    expect(decodeEvent(JSON.stringify({ type: 'message', ticket: 'a', messageId: 1, extra: 1 }))).toBeNull();
    expect(decodeEvent(JSON.stringify({ type: 'typing', ticket: 'a', by: 'robot', name: null }))).toBeNull();
  });

  it('waits longer after each failed reconnect, up to a ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => reconnectDelay(attempt, 500, 15_000))).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000]);
  });
});
