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

export interface Ticket {
  documentId: string;
  reference: string;
  subject: string;
  body: string;
  status: string;
  tier: 'standard' | 'priority';
  firstResponseDueAt: string | null;
  nextResponseDueAt: string | null;
  firstRespondedAt: string | null;
  billing: string | null;
  creditEstimate: number | null;
  createdAt: string;
  /** The files sent with the question; `url` may be relative to the Strapi the widget talks to. */
  attachments?: Attachment[] | null;
  messages?: Message[];
}

export interface Attachment {
  name: string;
  mime: string;
  /** Kilobytes, as Strapi's upload plugin stores it. */
  size: number;
  url: string;
}

export interface Message {
  documentId: string;
  authorKind: 'customer' | 'staff' | 'system';
  body: string;
  createdAt: string;
}

export interface IncidentClass {
  documentId: string;
  name: string;
}

export interface Warning {
  code: string;
  message: string;
}

export interface Packs {
  packs: Array<{ id: string; credits: number; priceCents: number; currency: string }>;
  available: boolean;
  currency: string;
  priorityFeeCents: number | null;
}

export interface Credits {
  balance: number;
  freeUntil: string | null;
  inFreePeriod: boolean;
  transactions: Array<{ documentId: string; delta: number; balanceAfter: number; kind: string; note: string | null; createdAt: string }>;
}

export interface FormLimits {
  attachments: { maxFiles: number; maxFileSizeBytes: number; allowedMimeTypes: string[] };
}

/** A failed call, with the string that tells the customer what happened. */
export class ApiError extends Error {
  constructor(
    readonly messageKey: StringKey,
    readonly status: number | null,
    /** The field the server named (`body.data.subject` → `subject`), for showing the error at it. */
    readonly field: string | null = null
  ) {
    super(messageKey);
  }
}

/** The customer's words for what went wrong, from the status and the error's name. */
const messageFor = (status: number, name: string | undefined): StringKey => {
  if (status === 429) return 'tooMany';
  if (status === 401) return 'loginAgain';
  if (status === 413) return 'tooLarge';
  if (status === 409) return 'conflict';
  if (status === 400 && name === 'ValidationError') return 'invalid';
  return 'error';
};

const fieldOf = (message: string | undefined) => {
  const path = message?.match(/^([\w.]+):/)?.[1];
  return path ? path.split('.').pop() ?? null : null;
};

/** The plugin's customer routes under `<api>/api/helpdesk`, and users-permissions' login, with the customer's token when there is one. */
export function createApi(base: string, token: () => string | null) {
  const origin = base.replace(/\/+$/, '');

  /** One request to the Strapi at `origin`: JSON in and out, failures as ApiError. */
  async function request<T>(path: string, init: RequestInit = {}, { withToken = true } = {}): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
    const bearer = withToken ? token() : null;
    if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
    let response: Response;
    try {
      response = await fetch(`${origin}${path}`, { ...init, headers });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(navigator.onLine === false ? 'offline' : 'error', null);
    }
    const payload = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(messageFor(response.status, payload.error?.name), response.status, fieldOf(payload.error?.message));
    return payload;
  }

  const call = <T, Meta = Record<string, unknown>>(path: string, init: RequestInit = {}) => request<{ data: T; meta: Meta }>(`/api/helpdesk${path}`, init);
  const data = async <T>(path: string, init: RequestInit = {}): Promise<T> => (await call<T>(path, init)).data;
  const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

  return {
    /** A file's address as the browser can open it (Strapi's local uploads answer relative URLs). */
    fileUrl: (url: string) => new URL(url, `${origin}/`).href,
    search: (q: string, locale: string, signal: AbortSignal) => data<Hit[]>(`/faq/search?${new URLSearchParams({ q, locale, limit: '5' })}`, { signal }),
    faq: (documentId: string, locale: string) => data<FaqEntry>(`/faq/${encodeURIComponent(documentId)}?${new URLSearchParams({ locale })}`),
    deflect: (hit: Hit, query: string, locale: string) => data<unknown>('/deflections', json({ data: { source: hit.source, documentId: hit.documentId, query, locale } })),
    availability: (tier = 'standard') => data<Availability>(`/availability?tier=${tier}`),

    /** users-permissions' own login, beside the plugin's routes; a 400 is a wrong e-mail address or password. */
    async login(identifier: string, password: string): Promise<{ jwt: string; user: { id: number; username: string; email: string } }> {
      try {
        return await request('/api/auth/local', json({ identifier, password }), { withToken: false });
      } catch (error) {
        throw error instanceof ApiError && error.status === 400 ? new ApiError('badLogin', 400) : error;
      }
    },
    /** Strapi mails the reset link; whatever else it answers is not told, so no one learns which addresses have accounts. */
    async forgotPassword(email: string): Promise<void> {
      try {
        await request('/api/auth/forgot-password', json({ email }), { withToken: false });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.status === null) throw new ApiError('offline', null);
        if (error.status === 429) throw error;
      }
    },

    incidentClasses: (locale: string) => data<IncidentClass[]>(`/incident-classes?${new URLSearchParams({ locale })}`),
    packs: async (): Promise<Packs> => {
      const { data: packs, meta } = await call<Packs['packs'], Omit<Packs, 'packs'>>('/credits/packs');
      return { packs, ...meta };
    },
    form: () => data<FormLimits>('/tickets/form'),
    check: (subject: string, body: string) => data<{ warnings: Warning[] }>('/tickets/check', json({ data: { subject, body } })),
    async fileTicket(fields: { subject: string; body: string; incidentClass?: string; locale: string; tier: 'standard' | 'priority' }, files: File[]) {
      let init: RequestInit = json({ data: fields });
      if (files.length) {
        const form = new FormData();
        form.append('data', JSON.stringify(fields));
        for (const file of files) form.append('attachments', file, file.name);
        init = { method: 'POST', body: form };
      }
      return call<Ticket, { expectedResponseBy: string | null; warnings: Warning[]; checkoutUrl?: string }>('/tickets', init);
    },
    tickets: () => data<Ticket[]>('/tickets?pageSize=50'),
    ticket: (documentId: string) => data<Ticket>(`/tickets/${encodeURIComponent(documentId)}`),
    reply: (documentId: string, body: string) => data<Message>(`/tickets/${encodeURIComponent(documentId)}/messages`, json({ data: { body } })),
    resolve: (documentId: string) => data<Ticket>(`/tickets/${encodeURIComponent(documentId)}/resolve`, { method: 'POST' }),
    cancelPriority: (documentId: string) => data<unknown>(`/tickets/${encodeURIComponent(documentId)}/cancel-priority`, { method: 'POST' }),
    confirmCredits: (documentId: string) => data<Ticket>(`/tickets/${encodeURIComponent(documentId)}/confirm-credits`, { method: 'POST' }),
    credits: () => data<Credits>('/credits?pageSize=20'),
    checkout: (pack: string, locale: string) => data<{ checkoutUrl: string }>('/credits/checkout', json({ data: { pack, locale } })),
  };
}

export type Api = ReturnType<typeof createApi>;
