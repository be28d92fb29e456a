import { GAP_TTL_MS, MAX_GAPS, advance, pending, startAt } from '../../../server/src/domain/search/feed-cursor';

describe('search change feed cursor', () => {
  it('moves past what it read', () => {
    const cursor = advance(startAt(4), [5, 6, 7], 0);
    expect(pending(cursor)).toEqual({ after: 7, gapIds: [] });
  });

  it('asks again for an id that a slower transaction had not committed yet, and stops once it arrives', () => {
    const withGap = advance(startAt(4), [5, 7], 0);
    expect(pending(withGap)).toEqual({ after: 7, gapIds: [6] });
    const filled = advance(withGap, [6, 8], 1000);
    expect(pending(filled)).toEqual({ after: 8, gapIds: [] });
  });

  it('gives up on a gap that never fills (a rolled-back write)', () => {
    const withGap = advance(startAt(0), [2], 0);
    expect(pending(advance(withGap, [], GAP_TTL_MS)).gapIds).toEqual([1]);
    expect(pending(advance(withGap, [], GAP_TTL_MS + 1)).gapIds).toEqual([]);
  });

  it('stays put when nothing new was read', () => {
    const cursor = advance(startAt(9), [], 0);
    expect(pending(cursor)).toEqual({ after: 9, gapIds: [] });
  });

  it('does not track an enormous id jump id by id', () => {
    const cursor = advance(startAt(0), [1_000_000], 0);
    expect(pending(cursor).after).toBe(1_000_000);
    expect(pending(cursor).gapIds).toHaveLength(MAX_GAPS);
  });
});
