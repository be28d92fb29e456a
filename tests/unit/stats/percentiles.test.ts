import { countedPercentile, countedSpreadOf, percentile, spreadOf } from '../../../server/src/domain/stats';

describe('percentile (as percentile_cont)', () => {
  it('interpolates between ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('refuses a fraction outside [0, 1]', () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('sorts before taking the spread, rounded to 1/100', () => {
    expect(spreadOf([10, 1, 4, 2, 3])).toEqual({ median: 3, p90: 7.6 });
    expect(spreadOf([])).toEqual({ median: null, p90: null });
  });
});

describe('countedPercentile: percentiles of a GROUP BY answer', () => {
  const expand = (counted: Array<[number, number]>) => counted.flatMap(([value, count]) => Array<number>(count).fill(value)).sort((a, b) => a - b);

  it.each([
    [[[5, 1]]],
    [[[1, 3], [10, 1]]],
    [[[90, 2], [30, 5], [60, 1], [0, 4]]],
    [[[7, 1000], [8, 1]]],
    [[[2.5, 1], [1, 1], [4, 2], [3, 0]]],
  ] as Array<[Array<[number, number]>]>)('gives what percentile gives on the expanded values for %j', (counted) => {
    for (const fraction of [0, 0.1, 0.5, 0.9, 0.99, 1]) {
      expect(countedPercentile(counted, fraction)).toBeCloseTo(percentile(expand(counted), fraction)!, 10);
    }
    expect(countedSpreadOf(counted)).toEqual(spreadOf(expand(counted)));
  });

  it('is null without values', () => {
    expect(countedPercentile([], 0.5)).toBeNull();
    expect(countedPercentile([[4, 0]], 0.5)).toBeNull();
  });
});
