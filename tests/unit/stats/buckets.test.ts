import { localDay, localDaysBetween, localIsoWeek, toCsv, weekdayHourGrid } from '../../../server/src/domain/stats';

const hourOf = (iso: string) => Date.parse(iso) / 3_600_000;
const AMS = 'Europe/Amsterdam';

describe('hour buckets in a time zone', () => {
  it('places each UTC hour at its own offset across the DST change', () => {
    const grid = weekdayHourGrid(
      [
        { hour: hourOf('2026-03-27T09:00:00Z'), count: 2 }, // Friday 10:00 CET
        { hour: hourOf('2026-03-30T09:00:00Z'), count: 3 }, // Monday 11:00 CEST
        { hour: hourOf('2026-03-29T23:00:00Z'), count: 1 }, // Monday 01:00 CEST
        { hour: hourOf('2026-03-30T09:00:00Z') + 168, count: 4 }, // the next Monday, same hour
      ],
      AMS
    );
    expect(grid[4][10]).toBe(2);
    expect(grid[0][11]).toBe(7);
    expect(grid[0][1]).toBe(1);
    expect(grid.flat().reduce((a, b) => a + b)).toBe(10);
  });

  it('names local days and ISO weeks', () => {
    expect(localDay(hourOf('2026-03-29T22:00:00Z'), AMS)).toBe('2026-03-30');
    expect(localDay(hourOf('2026-03-29T21:00:00Z'), AMS)).toBe('2026-03-29');
    expect(localIsoWeek(hourOf('2026-03-29T21:00:00Z'), AMS)).toBe('2026-W13');
    expect(localIsoWeek(hourOf('2026-03-29T22:00:00Z'), AMS)).toBe('2026-W14');
    expect(localIsoWeek(hourOf('2027-01-01T12:00:00Z'), AMS)).toBe('2026-W53');
  });

  it('lists the local days of a half-open period', () => {
    expect(localDaysBetween(new Date('2026-03-28T23:00:00Z'), new Date('2026-03-30T22:00:00Z'), AMS)).toEqual([
      '2026-03-29',
      '2026-03-30',
    ]);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x,y', 1], ['say "hi"', null]])).toBe('a,b\r\n"x,y",1\r\n"say ""hi""",\r\n');
  });
});
