import { durationParts, formatDuration } from '../../../admin/src/utils/duration';
import { slaMarker, slaState } from '../../../admin/src/utils/sla';
import type { QueueTicket } from '../../../admin/src/api/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const now = Date.parse('2026-12-01T10:00:00Z');

const row = (overrides: Partial<QueueTicket>): QueueTicket =>
  ({
    dueAt: null,
    pausedAt: null,
    preBreachedAt: null,
    breachedAt: null,
    queueOrder: { key: null, done: false, tier: 'standard', penalized: false, dueAt: null, createdAt: '2026-12-01T08:00:00Z' },
    ...overrides,
  }) as QueueTicket;

describe('the SLA countdown of a queue row', () => {
  it('counts down to the due instant, and past it as overdue', () => {
    expect(slaState(row({ dueAt: new Date(now + 2 * HOUR + 10 * MINUTE).toISOString() }), now)).toEqual({ kind: 'due', ms: 2 * HOUR + 10 * MINUTE });
    expect(slaState(row({ dueAt: new Date(now - 35 * MINUTE).toISOString() }), now)).toEqual({ kind: 'overdue', ms: 35 * MINUTE });
  });

  it('is paused while the ticket waits on the customer, and empty once the ticket is done or owes nothing', () => {
    expect(slaState(row({ pausedAt: '2026-12-01T09:00:00Z' }), now)).toEqual({ kind: 'paused' });
    expect(slaState(row({ dueAt: null }), now)).toEqual({ kind: 'none' });
    const done = row({ dueAt: new Date(now - HOUR).toISOString() });
    done.queueOrder.done = true;
    expect(slaState(done, now)).toEqual({ kind: 'none' });
  });

  it('marks a breach over the pre-breach warning that came before it', () => {
    expect(slaMarker(row({}))).toBeNull();
    expect(slaMarker(row({ preBreachedAt: '2026-12-01T09:00:00Z' }))).toBe('atRisk');
    expect(slaMarker(row({ preBreachedAt: '2026-12-01T09:00:00Z', breachedAt: '2026-12-01T09:30:00Z' }))).toBe('breached');
  });
});

describe('durations as staff read them', () => {
  it('keeps the two largest units and rounds up to the minute', () => {
    expect(durationParts(2 * HOUR + 10 * MINUTE)).toEqual({ days: 0, hours: 2, minutes: 10 });
    expect(durationParts(2 * HOUR + 9 * MINUTE + 1000)).toEqual({ days: 0, hours: 2, minutes: 10 });
    expect(durationParts(3 * 24 * HOUR + 4 * HOUR + 30 * MINUTE)).toEqual({ days: 3, hours: 4, minutes: 0 });
    // Never "0 min" while time is left.
    expect(durationParts(5000)).toEqual({ days: 0, hours: 0, minutes: 1 });
  });

  it('names the units in the reader\'s language', () => {
    expect(formatDuration(2 * HOUR + 10 * MINUTE, 'en')).toBe('2 hr 10 min');
    expect(formatDuration(35 * MINUTE, 'en')).toBe('35 min');
    expect(formatDuration(2 * HOUR + 10 * MINUTE, 'nl')).toBe('2 uur 10 min');
    // French puts a no-break space between number and unit.
    expect(formatDuration(2 * HOUR, 'fr').replace(/\s/g, ' ')).toBe('2 h');
  });
});
