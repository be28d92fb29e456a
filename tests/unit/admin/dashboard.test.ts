import {
  HEAT_COLOURS,
  dailyTotals,
  dashboardViewParams,
  formatHours,
  formatChange,
  formatShare,
  heatColour,
  heatLevel,
  heatTextColour,
  periodRange,
  readDashboardView,
  statsApiQuery,
  weekdayNames,
} from '../../../admin/src/utils/dashboard';

const view = (query: string) => readDashboardView(new URLSearchParams(query));

describe('the dashboard view in the URL', () => {
  it('defaults to the last 30 days of every tier, and keeps that address plain', () => {
    expect(view('')).toEqual({ period: '30', tier: undefined });
    expect(dashboardViewParams(view('')).toString()).toBe('');
  });

  it('reads presets, a custom range and a tier, and refuses what the route would not take', () => {
    expect(view('period=7&tier=priority')).toEqual({ period: '7', tier: 'priority' });
    expect(view('period=custom&from=2026-03-01&to=2026-03-31')).toMatchObject({ period: 'custom', from: '2026-03-01', to: '2026-03-31' });
    expect(view('period=12&tier=gold')).toEqual({ period: '30', tier: undefined });
    expect(view('period=custom&from=2026-02-30&to=march')).toMatchObject({ from: undefined, to: undefined });
    // Dates only matter for a custom range.
    expect(view('period=7&from=2026-03-01')).not.toHaveProperty('from');
  });

  it('round-trips through the URL', () => {
    for (const query of ['period=7', 'period=90&tier=standard', 'period=custom&from=2026-03-01&to=2026-03-31&tier=priority']) {
      expect(dashboardViewParams(view(query)).toString()).toBe(query);
    }
  });
});

describe('periodRange', () => {
  const now = new Date('2026-04-10T14:25:00Z');

  it('ends a preset at the next full hour, so the query stays the same within the hour', () => {
    expect(periodRange({ period: '7' }, now)).toEqual({ from: '2026-04-03T15:00:00.000Z', to: '2026-04-10T15:00:00.000Z' });
    expect(periodRange({ period: '30' }, new Date('2026-04-10T14:59:59Z'))).toEqual(periodRange({ period: '30' }, now));
    expect(periodRange({ period: '90' }, new Date('2026-04-10T15:00:00Z'))).toEqual({ from: '2026-01-10T15:00:00.000Z', to: '2026-04-10T15:00:00.000Z' });
  });

  it('runs a custom range from the first local midnight to the one after the last day', () => {
    const range = periodRange({ period: 'custom', from: '2026-03-01', to: '2026-03-31' }, now);
    expect(range).toEqual({ from: new Date(2026, 2, 1).toISOString(), to: new Date(2026, 3, 1).toISOString() });
    // One day is a valid range.
    expect(periodRange({ period: 'custom', from: '2026-03-05', to: '2026-03-05' }, now)).toEqual({ from: new Date(2026, 2, 5).toISOString(), to: new Date(2026, 2, 6).toISOString() });
  });

  it('says what is wrong with a custom range', () => {
    expect(periodRange({ period: 'custom', from: '2026-03-01' }, now)).toEqual({ error: 'missing' });
    expect(periodRange({ period: 'custom', from: '2026-03-02', to: '2026-03-01' }, now)).toEqual({ error: 'order' });
    expect(periodRange({ period: 'custom', from: '2025-01-01', to: '2026-03-01' }, now)).toEqual({ error: 'tooLong' });
    expect(periodRange({ period: 'custom', from: '2025-03-01', to: '2026-02-28' }, now)).not.toHaveProperty('error');
  });

  it('becomes the stats route query', () => {
    expect(statsApiQuery({ from: '2026-04-03T15:00:00.000Z', to: '2026-04-10T15:00:00.000Z' }, 'priority')).toBe(
      'from=2026-04-03T15%3A00%3A00.000Z&to=2026-04-10T15%3A00%3A00.000Z&tier=priority'
    );
    expect(statsApiQuery({ from: 'a', to: 'b' })).toBe('from=a&to=b');
  });
});

describe('the heatmap colour scale', () => {
  it('keeps the lightest step for an empty hour and the darkest for the busiest', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(0, 0)).toBe(0);
    expect(heatColour(0, 10)).toBe(HEAT_COLOURS[0]);
    expect(heatColour(10, 10)).toBe(HEAT_COLOURS[HEAT_COLOURS.length - 1]);
  });

  it('gives any arrival at least the first coloured step, and grows with the count', () => {
    expect(heatLevel(1, 1000)).toBe(1);
    const levels = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => heatLevel(value, 10));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(new Set(levels).size).toBe(HEAT_COLOURS.length - 1);
  });

  it('writes light text on dark cells', () => {
    expect(heatTextColour(10, 10)).toBe('#ffffff');
    expect(heatTextColour(1, 10)).toBe('#32324d');
  });
});

describe('formatting', () => {
  it('shows hours as people read them, a dash for none', () => {
    expect(formatHours(null, 'en')).toBe('—');
    expect(formatHours(0.75, 'en')).toBe('45 min');
    expect(formatHours(2.54, 'en')).toBe('2.5 hr');
    expect(formatHours(26.4, 'en')).toBe('26 hr');
    expect(formatHours(2.54, 'nl')).toBe('2,5 uur');
    expect(formatHours(1.5, 'de')).toBe('1,5 Std.');
  });

  it('shows shares as percentages', () => {
    expect(formatShare(0.8333, 'en')).toBe('83.3%');
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatShare(null, 'en')).toBe('—');
    expect(formatShare(0.5, 'fr')).toMatch(/^50\s%$/);
  });

  it('signs a backlog change', () => {
    expect(formatChange(4, 'en')).toBe('+4');
    expect(formatChange(-2, 'en')).toBe('-2');
    expect(formatChange(0, 'en')).toBe('0');
    expect(formatChange(1200, 'de')).toBe('+1.200');
  });

  it('names weekdays Monday first', () => {
    expect(weekdayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('nl', 'long')[0]).toBe('maandag');
  });
});

describe('dailyTotals', () => {
  const rows = [
    { day: '2026-04-02', tier: 'standard' as const, opened: 2, resolved: 1, firstResponses: 0, onTime: 0 },
    { day: '2026-04-01', tier: 'standard' as const, opened: 1, resolved: 0, firstResponses: 0, onTime: 0 },
    { day: '2026-04-01', tier: 'priority' as const, opened: 3, resolved: 2, firstResponses: 0, onTime: 0 },
  ];

  it('sums the tiers per day, in day order, or keeps one tier', () => {
    expect(dailyTotals(rows)).toEqual([
      { day: '2026-04-01', opened: 4, resolved: 2 },
      { day: '2026-04-02', opened: 2, resolved: 1 },
    ]);
    expect(dailyTotals(rows, 'priority')).toEqual([{ day: '2026-04-01', opened: 3, resolved: 2 }]);
  });
});
