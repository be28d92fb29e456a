import {
  consecutiveRuns,
  countedMinutes,
  decodeTally,
  emptyTally,
  encodeTally,
  mergeTallies,
  splitByDay,
  tallyOfTiers,
  tallySpans,
  topDeflections,
  utcDayOf,
  type Tally,
} from '../../../server/src/domain/stats';

const day = (iso: string) => utcDayOf(new Date(iso));
const hour = (iso: string) => Date.parse(iso) / 3_600_000;

/** Two days of everything the dashboard counts, in both tiers. */
const twoDays = (): Tally => ({
  opened: [
    { tier: 'standard', hour: hour('2026-04-01T09:00:00Z'), count: 3 },
    { tier: 'priority', hour: hour('2026-04-02T23:00:00Z'), count: 1 },
  ],
  resolved: [{ tier: 'standard', hour: hour('2026-04-02T10:00:00Z'), count: 2 }],
  firstResponses: [{ tier: 'standard', hour: hour('2026-04-01T10:00:00Z'), count: 3, onTime: 2, breached: 1 }],
  storedMinutes: [
    { day: day('2026-04-01T00:00:00Z'), tier: 'standard', measure: 'calendar', minutes: 60, count: 2 },
    { day: day('2026-04-01T00:00:00Z'), tier: 'standard', measure: 'business', minutes: 30, count: 2 },
    { day: day('2026-04-02T00:00:00Z'), tier: 'priority', measure: 'calendar', minutes: 60, count: 1 },
  ],
  unstamped: [{ tier: 'priority', createdAt: new Date('2026-04-01T20:00:00Z'), firstRespondedAt: new Date('2026-04-02T08:00:00Z') }],
  nextResponses: [{ day: day('2026-04-02T00:00:00Z'), tier: 'standard', count: 2, onTime: 1, breached: 1 }],
  nextBreaches: [{ day: day('2026-04-01T00:00:00Z'), tier: 'priority', count: 1 }],
  deflections: [
    { day: day('2026-04-01T00:00:00Z'), source: 'faq', documentId: 'b', count: 2 },
    { day: day('2026-04-02T00:00:00Z'), source: 'faq', documentId: 'a', count: 2 },
  ],
  credits: [{ hour: hour('2026-04-02T12:00:00Z'), sold: 10, used: 3 }],
});

describe('tallies of spans and days', () => {
  it('keeps whole UTC days that ended before the cut and reads the edges from the tickets', () => {
    const spans = tallySpans(new Date('2026-03-22T23:00:00Z'), new Date('2026-04-29T22:00:00Z'), new Date('2026-05-10T11:00:00Z'));
    expect(spans.days).toEqual({ firstDay: day('2026-03-23T00:00:00Z'), endDay: day('2026-04-29T00:00:00Z') });
    expect(spans.raw).toEqual([
      { from: new Date('2026-03-22T23:00:00Z'), to: new Date('2026-03-23T00:00:00Z') },
      { from: new Date('2026-04-29T00:00:00Z'), to: new Date('2026-04-29T22:00:00Z') },
    ]);
  });

  it('keeps no day that has not ended before the cut, so today is always counted afresh', () => {
    const from = new Date('2026-05-08T22:00:00Z');
    const to = new Date('2026-05-10T22:00:00Z');
    const spans = tallySpans(from, to, new Date('2026-05-10T11:00:00Z'));
    expect(spans.days).toEqual({ firstDay: day('2026-05-09T00:00:00Z'), endDay: day('2026-05-10T00:00:00Z') });
    expect(spans.raw).toEqual([
      { from, to: new Date('2026-05-09T00:00:00Z') },
      { from: new Date('2026-05-10T00:00:00Z'), to },
    ]);
    expect(tallySpans(from, to, new Date('2026-05-09T12:00:00Z'))).toEqual({ days: null, raw: [{ from, to }] });
  });

  it('groups days into consecutive runs', () => {
    expect(consecutiveRuns([5, 3, 4, 9, 7, 8, 12, 4])).toEqual([
      [3, 6],
      [7, 10],
      [12, 13],
    ]);
    expect(consecutiveRuns([])).toEqual([]);
  });

  it('cuts a span into its days and adds them up again', () => {
    const tally = twoDays();
    const [first, second] = [day('2026-04-01T00:00:00Z'), day('2026-04-02T00:00:00Z')];
    const byDay = splitByDay(tally, [first, second, second + 1]);
    expect(byDay.get(first)!.opened).toEqual([tally.opened[0]]);
    expect(byDay.get(second)!.opened).toEqual([tally.opened[1]]);
    // The unstamped answer counts on the day it was answered, not filed.
    expect(byDay.get(second)!.unstamped).toEqual(tally.unstamped);
    expect(byDay.get(second + 1)).toEqual(emptyTally());
    const again = mergeTallies([...byDay.values()]);
    for (const key of Object.keys(tally) as Array<keyof Tally>) expect(new Set<unknown>(again[key])).toEqual(new Set<unknown>(tally[key]));
  });

  it('refuses a row outside the days it splits into', () => {
    expect(() => splitByDay(twoDays(), [day('2026-04-01T00:00:00Z')])).toThrow(/outside the days split/);
  });

  it('stores a day and reads it back as it was', () => {
    const tally = twoDays();
    const second = day('2026-04-02T00:00:00Z');
    const ofDay = splitByDay(tally, [second - 1, second]).get(second)!;
    expect(decodeTally(encodeTally(ofDay), second)).toEqual(ofDay);
  });

  it('recomputes a stored day it cannot read', () => {
    expect(decodeTally(null, 1)).toBeNull();
    expect(decodeTally('not json', 1)).toBeNull();
    expect(decodeTally(JSON.stringify({ v: 0, o: [] }), 1)).toBeNull();
  });

  it('narrows to tiers, leaving deflections and credits, which belong to none', () => {
    const priority = tallyOfTiers(twoDays(), ['priority']);
    expect(priority.opened.map((r) => r.count)).toEqual([1]);
    expect(priority.resolved).toEqual([]);
    expect(priority.unstamped).toHaveLength(1);
    expect(priority.deflections).toHaveLength(2);
    expect(priority.credits).toHaveLength(1);
  });

  it('adds the stamped minutes of several days per value', () => {
    const rows = [...twoDays().storedMinutes, { day: 1, tier: 'priority' as const, measure: 'calendar' as const, minutes: 90, count: 4 }];
    expect(countedMinutes(rows, 'calendar').sort((a, b) => a[0] - b[0])).toEqual([
      [60, 3],
      [90, 4],
    ]);
    expect(countedMinutes(rows, 'business')).toEqual([[30, 2]]);
  });

  it('ranks the answers that deflected most over the days, ties by source and id', () => {
    const rows = [
      ...twoDays().deflections,
      { day: 1, source: 'api::doc.doc', documentId: 'z', count: 2 },
      { day: 2, source: 'faq', documentId: 'a', count: 1 },
    ];
    expect(topDeflections(rows, 2)).toEqual([
      { source: 'faq', documentId: 'a', count: 3 },
      { source: 'api::doc.doc', documentId: 'z', count: 2 },
    ]);
    expect(topDeflections(rows, 10).map((r) => r.documentId)).toEqual(['a', 'z', 'b']);
  });
});
