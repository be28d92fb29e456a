import { percentile, spreadOf } from '../../../server/src/domain/stats';

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
