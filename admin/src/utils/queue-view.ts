import { TICKET_STATUSES, TICKET_TIERS, type TicketStatus, type TicketTier } from '../../../server/src/domain/tickets/statuses';
import { QUEUE_SORTS, type QueueSort } from '../../../server/src/domain/tickets/queue-sorts';

/** Rows a queue page shows. */
export const QUEUE_PAGE_SIZE = 25;

/**
 * What the queue page shows, as it lives in the page's URL so a view can be bookmarked and Back
 * returns to the one before. Values the API would refuse (a hand-edited URL) fall back to the default.
 */
export interface QueueView {
  status?: TicketStatus;
  tier?: TicketTier;
  /** `me`, `none` (unassigned) or an admin user id. */
  assignee?: string;
  breached?: boolean;
  /** Minutes from now: only tickets whose answer falls due within them ("due within the hour" is 60). */
  dueWithin?: number;
  /** A customer's e-mail address or id. */
  customer?: string;
  q?: string;
  sort: QueueSort;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/** The longest window the API takes for `dueWithin`: a week, in minutes. */
export const DUE_WITHIN_MAX = 7 * 24 * 60;
/** The window the widget and the filter use. */
export const DUE_SOON_MINUTES = 60;

export function readQueueView(params: URLSearchParams): QueueView {
  const page = Number(params.get('page'));
  const dueWithin = Number(params.get('dueWithin'));
  const assignee = params.get('assignee');
  return {
    status: oneOf(TICKET_STATUSES, params.get('status')),
    tier: oneOf(TICKET_TIERS, params.get('tier')),
    assignee: assignee !== null && /^(me|none|[1-9]\d{0,9})$/.test(assignee) ? assignee : undefined,
    breached: params.get('breached') === 'true' ? true : undefined,
    dueWithin: Number.isInteger(dueWithin) && dueWithin >= 1 && dueWithin <= DUE_WITHIN_MAX ? dueWithin : undefined,
    customer: text(params.get('customer'), 254),
    q: text(params.get('q'), 200),
    sort: oneOf(QUEUE_SORTS, params.get('sort')) ?? 'queue',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The view as URL parameters, defaults left out, so the plain queue's address stays plain. */
export function queueViewParams(view: QueueView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.tier) params.set('tier', view.tier);
  if (view.assignee) params.set('assignee', view.assignee);
  if (view.breached) params.set('breached', 'true');
  if (view.dueWithin) params.set('dueWithin', String(view.dueWithin));
  if (view.customer) params.set('customer', view.customer);
  if (view.q) params.set('q', view.q);
  if (view.sort !== 'queue') params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** A change of filter or sort starts again from the first page: page 3 of another view means nothing. */
export function changeQueueView(view: QueueView, change: Partial<Omit<QueueView, 'page'>>): QueueView {
  return { ...view, ...change, page: 1 };
}

/** The same order without any filter, from the first page. */
export const withoutFilters = (view: QueueView): QueueView => ({ sort: view.sort, page: 1 });

export const hasFilters = (view: QueueView) =>
  Boolean(view.status || view.tier || view.assignee || view.breached || view.dueWithin || view.customer || view.q);

/** The staff API's query for the view (`GET /helpdesk/tickets`), with the page size the page shows. */
export function queueApiQuery(view: QueueView, extra: { createdAfter?: string; pageSize?: number } = {}): string {
  const params = queueViewParams(view);
  params.set('page', String(view.page));
  params.set('pageSize', String(extra.pageSize ?? QUEUE_PAGE_SIZE));
  if (extra.createdAfter) params.set('createdAfter', extra.createdAfter);
  return params.toString();
}

/** Column headers that sort: a first click sorts ascending, a second descending, a third returns to the queue order. */
export function nextSort(current: QueueSort, column: 'reference' | 'createdAt' | 'updatedAt'): QueueSort {
  if (current === `${column}:asc`) return `${column}:desc` as QueueSort;
  if (current === `${column}:desc`) return 'queue';
  return `${column}:asc` as QueueSort;
}
