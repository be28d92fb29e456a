/** A small fetch-based REST client for arranging data and checking answers in e2e specs. */

export interface RestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  /** JSON (sent as application/json) or a FormData (multipart). */
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  headers?: Record<string, string>;
  /** The status (or statuses) to expect; anything else throws. Default: any 2xx. `'any'` never throws. */
  expectStatus?: number | number[] | 'any';
}

export class RestClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | null = null
  ) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<RestResponse<T>> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: RequestInit['body'];
    if (options.body instanceof FormData) {
      body = options.body;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    const expected = options.expectStatus;
    const ok =
      expected === 'any' ||
      (expected === undefined ? response.status >= 200 && response.status < 300 : [expected].flat().includes(response.status));
    if (!ok) {
      const want = expected === undefined ? '2xx' : [expected].flat().join(' or ');
      throw new Error(`${method} ${url.pathname}${url.search}: expected ${want}, got ${response.status} ${text.slice(0, 500)}`);
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }

  post<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }

  delete<T = any>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }
}

/** A client holding a login: the token and the user it belongs to. */
export class AuthenticatedClient extends RestClient {
  constructor(
    baseUrl: string,
    token: string,
    readonly user: any
  ) {
    super(baseUrl, token);
  }
}
