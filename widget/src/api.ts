import type { StringKey } from './i18n';

/** One search suggestion, as `GET /api/helpdesk/faq/search` gives it. */
export interface Hit {
  documentId: string;
  /** `faq`, or the documentation content type's uid. */
  source: string;
  title: string;
  /** HTML-escaped text with `<mark>` around matched words (see snippet.ts). */
  snippet: string;
  url: string | null;
}

export interface Availability {
  open: boolean;
  timezone: string;
  nextOpenAt: string | null;
  expectedResponseBy: string | null;
}

export interface FaqEntry {
  documentId: string;
  question: string;
  answer: string;
}

/** A failed call, with the string that tells the customer what happened. */
export class ApiError extends Error {
  constructor(
    readonly messageKey: StringKey,
    readonly status: number | null
  ) {
    super(messageKey);
  }
}

const messageFor = (status: number): StringKey => (status === 429 ? 'tooMany' : 'error');

/** The plugin's customer routes under `<api>/api/helpdesk`, with the customer's token when there is one. */
export function createApi(base: string, token: () => string | null) {
  const root = `${base.replace(/\/+$/, '')}/api/helpdesk`;

  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (init.body) headers.set('Content-Type', 'application/json');
    const bearer = token();
    if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, { ...init, headers });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(navigator.onLine === false ? 'offline' : 'error', null);
    }
    if (!response.ok) throw new ApiError(messageFor(response.status), response.status);
    return ((await response.json()) as { data: T }).data;
  }

  return {
    search: (q: string, locale: string, signal: AbortSignal) =>
      call<Hit[]>(`/faq/search?${new URLSearchParams({ q, locale, limit: '5' })}`, { signal }),
    faq: (documentId: string, locale: string) => call<FaqEntry>(`/faq/${encodeURIComponent(documentId)}?${new URLSearchParams({ locale })}`),
    deflect: (hit: Hit, query: string, locale: string) =>
      call<unknown>('/deflections', { method: 'POST', body: JSON.stringify({ data: { source: hit.source, documentId: hit.documentId, query, locale } }) }),
    availability: () => call<Availability>('/availability'),
  };
}

export type Api = ReturnType<typeof createApi>;
