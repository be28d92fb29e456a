/**
 * The orders staff may list the queue in: `queue` is the order of CONTRACT §4, the others plain
 * column orders. A file of its own with no imports, so the admin panel's sort controls use it too.
 */
export const QUEUE_SORTS = [
  'queue',
  'createdAt:asc',
  'createdAt:desc',
  'updatedAt:asc',
  'updatedAt:desc',
  'reference:asc',
  'reference:desc',
] as const;

export type QueueSort = (typeof QUEUE_SORTS)[number];
