import { changeQueueView, nextSort, queueApiQuery, queueViewParams, readQueueView, withoutFilters } from '../../../admin/src/utils/queue-view';
import { formatFileSize } from '../../../admin/src/utils/file-size';

describe('the queue view in the URL', () => {
  it('reads back what it wrote, so a bookmarked view opens as it was left', () => {
    const view = readQueueView(new URLSearchParams('status=open&tier=priority&assignee=me&breached=true&dueWithin=60&customer=alice%40example.com&q=price&sort=createdAt:desc&page=3'));
    expect(view).toEqual({
      status: 'open',
      tier: 'priority',
      assignee: 'me',
      breached: true,
      dueWithin: 60,
      customer: 'alice@example.com',
      q: 'price',
      sort: 'createdAt:desc',
      page: 3,
    });
    expect(readQueueView(queueViewParams(view))).toEqual(view);
  });

  it('leaves the plain queue\'s address plain and ignores values the API would refuse', () => {
    const view = readQueueView(new URLSearchParams('status=bogus&tier=gold&assignee=someone&page=-2&sort=subject:asc&breached=yes&dueWithin=0&dueWithin=soon'));
    expect(view).toEqual({ sort: 'queue', page: 1, status: undefined, tier: undefined, assignee: undefined, breached: undefined, dueWithin: undefined, customer: undefined, q: undefined });
    expect(queueViewParams(view).toString()).toBe('');
  });

  it('clears every filter but keeps the order, from the first page', () => {
    const view = readQueueView(new URLSearchParams('status=open&tier=priority&q=x&sort=createdAt:desc&page=3'));
    expect(queueViewParams(withoutFilters(view)).toString()).toBe('sort=createdAt%3Adesc');
  });

  it('starts a changed filter on the first page', () => {
    const view = readQueueView(new URLSearchParams('page=4'));
    expect(changeQueueView(view, { tier: 'standard' })).toMatchObject({ tier: 'standard', page: 1 });
  });

  it('asks the staff API for 25 rows of the view, and for arrivals since a moment', () => {
    const view = readQueueView(new URLSearchParams('q=a%26b&page=2'));
    expect(Object.fromEntries(new URLSearchParams(queueApiQuery(view)))).toEqual({ q: 'a&b', page: '2', pageSize: '25' });
    expect(Object.fromEntries(new URLSearchParams(queueApiQuery({ ...view, page: 1 }, { createdAfter: '2026-12-01T10:00:00.000Z', pageSize: 1 })))).toEqual({
      q: 'a&b',
      page: '1',
      pageSize: '1',
      createdAfter: '2026-12-01T10:00:00.000Z',
    });
  });

  it('cycles a column sort ascending, descending, then back to the queue order', () => {
    expect(nextSort('queue', 'createdAt')).toBe('createdAt:asc');
    expect(nextSort('createdAt:asc', 'createdAt')).toBe('createdAt:desc');
    expect(nextSort('createdAt:desc', 'createdAt')).toBe('queue');
    expect(nextSort('createdAt:desc', 'reference')).toBe('reference:asc');
  });
});

describe('attachment sizes', () => {
  it('are given in decimal units in the reader\'s language', () => {
    expect(formatFileSize(820, 'en')).toBe('820 byte');
    expect(formatFileSize(1_400_000, 'en')).toBe('1.4 MB');
    expect(formatFileSize(12_300, 'de')).toBe('12 kB');
  });
});
