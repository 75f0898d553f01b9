import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import { ApiClient, ApiProvider, type Me, type Role } from '../api';
import { SessionContext, type Session } from '../lib/SessionContext';
import { requestUrl } from './requestUrl';

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** A multipart body (an upload), as sent. */
  form?: FormData;
}

export type Handler = (request: Request) => Response | Promise<Response> | undefined;

export function json(status: number, body: unknown): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

/** A service stand-in: each request goes to the handler; every request is recorded. */
export function fakeService(handler: Handler) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(requestUrl(input), 'http://localhost');
    const request: Request = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      form: init?.body instanceof FormData ? init.body : undefined,
    };
    requests.push(request);
    const answer = handler(request);
    if (!answer) throw new Error(`No fake answer for ${request.method} ${request.path}`);
    return answer;
  });
  document.cookie = 'XSRF-TOKEN=test-token; path=/';
  const client = new ApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
  return { client, requests, fetch };
}

export function me(role: Role = 'admin', overrides: Partial<Me> = {}): Me {
  return {
    user: {
      id: 'u1',
      email: 'ada@example.com',
      fullName: 'Ada Admin',
      role,
      active: true,
      microsoftAccount: false,
      localPassword: true,
      mfaEnabled: true,
      mustChangePassword: false,
      createdAt: '2026-01-05T09:00:00Z',
      version: 0,
    },
    firm: { id: 'f1', name: 'Test firm', mfaRequired: false },
    signInMethod: 'PASSWORD',
    mustChangePassword: false,
    mfaSetupRequired: false,
    ...overrides,
  };
}

export function renderWithApi(ui: ReactElement, client: ApiClient, session?: Partial<Session> & { role?: Role }) {
  const value: Session | null = session
    ? {
        me: me(session.role ?? 'admin'),
        canEdit: session.role !== 'viewer',
        signOut: async () => undefined,
        reload: async () => undefined,
        ...session,
      }
    : null;
  const wrap = (children: ReactNode) => (
    <FluentProvider theme={webLightTheme}>
      <ApiProvider client={client}>
        <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
      </ApiProvider>
    </FluentProvider>
  );
  return render(wrap(ui));
}
