import { fileNameFrom, type DownloadedFile } from './download';
import { ApiError, toApiError } from './errors';
import { cookieTokens, type TokenProvider } from './tokens';

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  baseUrl?: string;
  tokens?: TokenProvider;
  fetch?: typeof fetch;
  /** Called when a 401 survives the refresh: the sign-in is over. */
  onSignedOut?: () => void;
}

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
/** Calls whose 401 means "wrong credentials", not "expired": never refreshed. */
const NO_REFRESH = ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout'];

/** The only way the app talks to the service. */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetcher: typeof fetch;
  private tokens: TokenProvider;
  private refreshing: Promise<boolean> | null = null;
  onSignedOut: (() => void) | undefined;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.tokens = options.tokens ?? cookieTokens;
    this.fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.onSignedOut = options.onSignedOut;
  }

  setTokenProvider(tokens: TokenProvider): void {
    this.tokens = tokens;
  }

  /** True when the browser's cookies carry the sign-in (so that EventSource and plain links are signed in too). */
  usesCookies(): boolean {
    return this.tokens === cookieTokens;
  }

  /** The absolute address of an API path. */
  url(path: string): string {
    return this.baseUrl + path;
  }

  get<T>(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  delete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.respond(method, path, options);
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('Content-Type') ?? '';
    return (type.includes('json') ? await response.json() : undefined) as T;
  }

  /** A file from the service (an .xlsx), signed in as every other call is: cookies in the browser, a token in the panes. */
  async blob(path: string, options: Omit<RequestOptions, 'body'> = {}): Promise<Blob> {
    const response = await this.respond('GET', path, { ...options, headers: { Accept: '*/*', ...options.headers } });
    return response.blob();
  }

  /** A file to save, with the name the service gave it in `Content-Disposition` (or `fallbackName`). */
  async file(path: string, fallbackName: string, options: Omit<RequestOptions, 'body'> = {}): Promise<DownloadedFile> {
    const response = await this.respond('GET', path, { ...options, headers: { Accept: '*/*', ...options.headers } });
    return {
      blob: await response.blob(),
      fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallbackName),
    };
  }

  /** Sends the request, retrying once after a CSRF change or a refreshed sign-in; a failed answer throws. */
  private async respond(method: string, path: string, options: RequestOptions): Promise<Response> {
    let response = await this.send(method, path, options);
    if (response.status === 403 && this.csrfChangedSince(response)) {
      // A parallel answer handed out a new CSRF cookie while this write was on its way: send it once more.
      response = await this.send(method, path, options);
    }
    if (response.status === 401 && !NO_REFRESH.includes(path)) {
      if (await this.refreshOnce()) {
        response = await this.send(method, path, options);
      }
      if (response.status === 401) {
        const error = await toApiError(response);
        this.onSignedOut?.();
        throw error;
      }
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  /** The CSRF token each write was sent with, to tell a stale token from a refusal by role. */
  private readonly sentCsrf = new WeakMap<Response, string>();

  private csrfChangedSince(response: Response): boolean {
    const sent = this.sentCsrf.get(response);
    return sent !== undefined && (readCookie(CSRF_COOKIE) ?? '') !== sent;
  }

  /** One refresh for all requests that failed together. */
  private refreshOnce(): Promise<boolean> {
    this.refreshing ??= this.tokens
      .refresh((path, body) => this.send('POST', path, { body }))
      .catch(() => false)
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
    };
    const token = await this.tokens.accessToken();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    } else if (method !== 'GET' && method !== 'HEAD') {
      const csrf = (await this.csrfToken(method)) ?? '';
      if (csrf) headers[CSRF_HEADER] = csrf;
    }
    const csrfSent = headers[CSRF_HEADER];
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) {
      body = options.body; // the browser writes the multipart Content-Type with its boundary
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    try {
      const response = await this.fetcher(this.baseUrl + path + queryString(options.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal,
      });
      if (!token && method !== 'GET' && method !== 'HEAD') this.sentCsrf.set(response, csrfSent ?? '');
      return response;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, {});
    }
  }

  /** The XSRF-TOKEN cookie; fetched once with a harmless GET when the browser has none yet. */
  private async csrfToken(method: string): Promise<string | null> {
    const existing = readCookie(CSRF_COOKIE);
    if (existing || method === 'GET') return existing;
    try {
      await this.fetcher(`${this.baseUrl}/api/config`, { credentials: 'same-origin' });
    } catch {
      return null;
    }
    return readCookie(CSRF_COOKIE);
  }
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
