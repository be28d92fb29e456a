import {
  addDate,
  addInterval,
  byDate,
  centsToDisplay,
  displayToCents,
  errorAt,
  isLocalDate,
  removeInterval,
  sameValue,
  setIn,
  settingsFieldErrors,
  timeZoneList,
  unplacedErrors,
  updateInterval,
  utcOffset,
} from '../../../admin/src/utils/settings';

const refusal = (errors: { path: string; message: string }[]) => ({
  message: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
  response: { data: { error: { status: 400, name: 'ValidationError', message: '…', details: { errors } } } },
});

describe('server errors by settings field', () => {
  it('keys each problem by its path after body.data.', () => {
    expect(
      settingsFieldErrors(
        refusal([
          { path: 'body.data.sla.tiers.standard.calendar.weekly.6.0.end', message: 'end must be after start' },
          { path: 'body.data.credits.packs.1.priceCents', message: 'Number must be greater than or equal to 50' },
        ])
      )
    ).toEqual({
      'sla.tiers.standard.calendar.weekly.6.0.end': 'end must be after start',
      'credits.packs.1.priceCents': 'Number must be greater than or equal to 50',
    });
  });

  it('falls back to the message when the details are missing, and keeps the first problem of a field', () => {
    expect(settingsFieldErrors({ message: 'body.data.fairUse.penaltyFrom: too small; body.data.fairUse.penaltyFrom: other' })).toEqual({ 'fairUse.penaltyFrom': 'too small' });
    expect(settingsFieldErrors(new Error('Network down'))).toEqual({});
    expect(settingsFieldErrors(null)).toEqual({});
  });

  it('finds an error at a field or below it, and lists those no input shows', () => {
    const errors = { 'sla.staffedHours.weekly.6.0.end': 'end must be after start', 'sla.x': 'odd' };
    expect(errorAt(errors, 'sla.staffedHours.weekly.6.0')).toBe('end must be after start');
    expect(errorAt(errors, 'sla.staffedHours.weekly.6', true)).toBeUndefined();
    expect(unplacedErrors(errors, (path) => path.startsWith('sla.staffedHours'))).toEqual(['sla.x: odd']);
  });
});

describe('editing opening intervals', () => {
  it('opens an empty day 09:00–17:00 and adds later hours after the last interval, within the day', () => {
    expect(addInterval([])).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(addInterval([{ start: '09:00', end: '12:00' }])).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '15:00' },
    ]);
    expect(addInterval([{ start: '09:00', end: '23:30' }])[1]).toEqual({ start: '22:00', end: '24:00' });
  });

  it('removes and changes one interval without touching the others', () => {
    const day = [
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    expect(removeInterval(day, 0)).toEqual([{ start: '13:00', end: '17:00' }]);
    expect(updateInterval(day, 1, { end: '18:00' })).toEqual([day[0], { start: '13:00', end: '18:00' }]);
    expect(day[1].end).toBe('17:00');
  });

  it('sets a nested value without changing the original', () => {
    const settings = { tiers: { standard: { calendar: { weekly: { '6': [] as unknown[] } } } }, preBreachRatio: 0.75 };
    const next = setIn(settings, ['tiers', 'standard', 'calendar', 'weekly', '6'], [{ start: '10:00', end: '14:00' }]);
    expect(next.tiers.standard.calendar.weekly['6']).toEqual([{ start: '10:00', end: '14:00' }]);
    expect(settings.tiers.standard.calendar.weekly['6']).toEqual([]);
    expect(setIn([1, 2, 3], [1], 9)).toEqual([1, 9, 3]);
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('prices in cents as staff type them', () => {
  it('shows cents with two decimals in the admin\'s locale', () => {
    expect(centsToDisplay(1250)).toBe('12.50');
    expect(centsToDisplay(1250, 'nl')).toBe('12,50');
    expect(centsToDisplay(123456, 'de')).toBe('1234,56');
  });

  it('reads amounts with a point or a comma, and refuses what is not one', () => {
    expect(displayToCents('12.50')).toBe(1250);
    expect(displayToCents('12,5')).toBe(1250);
    expect(displayToCents(' 49 ')).toBe(4900);
    expect(displayToCents('0.07')).toBe(7);
    for (const bad of ['', '12.505', '-3', 'twelve', '1.2.3']) expect(displayToCents(bad)).toBeNull();
  });
});

describe('lists of dates', () => {
  it('knows a real date from what only looks like one', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
    expect(isLocalDate('')).toBe(false);
    expect(isLocalDate('15-06-2027')).toBe(false);
  });

  it('adds a date in date order, refusing one already listed or none at all', () => {
    expect(addDate(['2027-06-15', '2027-12-31'], '2027-01-02')).toEqual({ dates: ['2027-01-02', '2027-06-15', '2027-12-31'] });
    expect(addDate(['2027-06-15'], ' 2027-06-15 ')).toEqual({ problem: 'duplicate' });
    expect(addDate([], '')).toEqual({ problem: 'invalid' });
    // A day gone by is allowed (and shown as past).
    expect(addDate([], '2001-01-01')).toEqual({ dates: ['2001-01-01'] });
  });

  it('shows a stored list in date order, each date keeping its index for the server’s errors', () => {
    expect(byDate(['2027-12-31', '2027-01-02', '2027-06-15'])).toEqual([1, 2, 0]);
  });
});

describe('time zones', () => {
  it('lists the browser’s zones with the one in use, sorted', () => {
    const zones = timeZoneList(['Etc/GMT+5']);
    expect(zones).toContain('Europe/Amsterdam');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Etc/GMT+5');
    expect(zones).toEqual([...zones].sort((a, b) => a.localeCompare(b)));
  });

  it('names a zone’s offset at an instant', () => {
    expect(utcOffset('Europe/Amsterdam', new Date('2027-05-01T10:00:00Z'))).toBe('UTC+02:00');
    expect(utcOffset('Europe/Amsterdam', new Date('2027-01-01T10:00:00Z'))).toBe('UTC+01:00');
    expect(utcOffset('UTC', new Date('2027-01-01T10:00:00Z'))).toBe('UTC');
    expect(utcOffset('Not/AZone')).toBe('');
  });
});
