import { calendarsFor, defaultSlaSettings } from '../../../server/src/domain/sla';
import { responseTimes } from '../../../server/src/domain/stats';

const calendars = calendarsFor(defaultSlaSettings());
const ticket = (tier: 'standard' | 'priority', createdAt: string, firstRespondedAt: string) => ({
  tier,
  createdAt: new Date(createdAt),
  firstRespondedAt: new Date(firstRespondedAt),
});
const ofTier = (t: { tier: 'standard' | 'priority' }) => calendars.tiers[t.tier];

describe('responseTimes', () => {
  it('counts calendar hours and the opening hours of the ticket tier between filing and answer', () => {
    const times = responseTimes(
      [
        // Friday 16:00 → Monday 10:00 standard: 1 h Friday + 3 h Saturday + 1 h Monday.
        ticket('standard', '2026-03-06T16:00:00+01:00', '2026-03-09T10:00:00+01:00'),
        // The same for priority, open on Sunday too: 1 + 8 + 8 + 1.
        ticket('priority', '2026-03-06T16:00:00+01:00', '2026-03-09T10:00:00+01:00'),
        ticket('standard', '2026-03-10T09:00:00+01:00', '2026-03-10T11:30:00+01:00'),
      ],
      ofTier
    );
    expect(times.count).toBe(3);
    expect(times.calendarHours).toEqual({ median: 66, p90: 66 });
    expect(times.businessHours).toEqual({ median: 5, p90: 15.4 });
  });

  it('skips a holiday on the standard calendar, not on priority (King\'s Day 2026-04-27)', () => {
    const created = '2026-04-24T16:00:00+02:00';
    const answered = '2026-04-28T10:00:00+02:00';
    expect(responseTimes([ticket('standard', created, answered)], ofTier).businessHours.median).toBe(1 + 3 + 1);
    expect(responseTimes([ticket('priority', created, answered)], ofTier).businessHours.median).toBe(1 + 8 + 8 + 8 + 1);
  });

  it('measures hours across the DST change in real hours (2026-03-29 in Amsterdam)', () => {
    const times = responseTimes([ticket('priority', '2026-03-28T16:00:00+01:00', '2026-03-30T10:00:00+02:00')], ofTier);
    expect(times.calendarHours.median).toBe(41);
    expect(times.businessHours.median).toBe(1 + 8 + 1);
  });

  it('has no spread without tickets, and counts an answer before filing as zero', () => {
    expect(responseTimes([], ofTier).calendarHours).toEqual({ median: null, p90: null });
    const backwards = responseTimes([ticket('standard', '2026-03-10T11:00:00Z', '2026-03-10T10:00:00Z')], ofTier);
    expect(backwards.calendarHours.median).toBe(0);
    expect(backwards.businessHours.median).toBe(0);
  });
});
