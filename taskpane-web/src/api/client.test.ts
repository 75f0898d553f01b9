import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { ApiError } from './errors';
import { bearerTokens } from './tokens';
import { requestUrl } from '../test/requestUrl';

interface Call {
  url: string;
  init: RequestInit;
}

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

/** A fetch that answers from a list, recording each call. */
function fakeFetch(...answers: (Response | ((call: Call) => Response))[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: requestUrl(input), init: init ?? {} };
    calls.push(call);
    const next = answers.shift();
    if (!next) throw new Error(`unexpected call to ${call.url}`);
    return typeof next === 'function' ? next(call) : next;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const header = (call: Call | undefined, name: string) => (call?.init.headers as Record<string, string>)[name];

describe('ApiClient', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
  });

  it('sends cookies same-origin and echoes the XSRF-TOKEN cookie on writes', async () => {
    document.cookie = 'XSRF-TOKEN=abc123; path=/';
    const { fetch, calls } = fakeFetch(json(201, { id: '1' }), json(200, []));
    const client = new ApiClient({ fetch });

    await client.post('/api/contacts', { type: 'individual' });
    await client.get('/api/contacts/tags');

    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBe('abc123');
    expect(header(calls[0], 'Content-Type')).toBe('application/json');
    expect(header(calls[1], 'X-XSRF-TOKEN')).toBeUndefined();
  });

  it('fetches a CSRF cookie first when a write finds none', async () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const { fetch, calls } = fakeFetch(
      () => {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return json(200, { localSignIn: true });
      },
      json(200, {}),
    );
    await new ApiClient({ fetch }).post('/api/auth/login', { email: 'a@b.c', password: 'x' });
    expect(calls[0]?.url).toBe('/api/config');
    expect(header(calls[1], 'X-XSRF-TOKEN')).toBe('fresh');
  });

  it('sends a write once more when its CSRF token was replaced on the way, but not a refusal by role', async () => {
    document.cookie = 'XSRF-TOKEN=old; path=/';
    const { fetch, calls } = fakeFetch(
      () => {
        document.cookie = 'XSRF-TOKEN=new; path=/';
        return json(403, { detail: 'Your role does not allow this.' }, 'application/problem+json');
      },
      new Response(null, { status: 204 }),
      json(403, { detail: 'Your role does not allow this.' }, 'application/problem+json'),
    );
    const client = new ApiClient({ fetch });
    await client.delete('/api/contacts/c1');
    expect([header(calls[0], 'X-XSRF-TOKEN'), header(calls[1], 'X-XSRF-TOKEN')]).toEqual(['old', 'new']);

    await expect(client.delete('/api/contacts/c2')).rejects.toMatchObject({ status: 403 });
    expect(calls).toHaveLength(3);
  });

  it('turns problem details into an ApiError with status, detail and field errors', async () => {
    const { fetch } = fakeFetch(
      json(
        422,
        {
          title: 'Invalid input',
          status: 422,
          detail: '2 fields need attention.',
          errors: [
            { field: 'email', message: 'is not a valid email address' },
            { field: 'tags[0]', message: 'size must be between 1 and 50' },
          ],
        },
        'application/problem+json',
      ),
    );
    const error = await new ApiClient({ fetch }).get('/api/contacts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const problem = error as ApiError;
    expect(problem.status).toBe(422);
    expect(problem.detail).toBe('2 fields need attention.');
    expect(problem.errors).toEqual({ email: 'is not a valid email address', tags: 'size must be between 1 and 50' });
  });

  it('reads a 409 version conflict and a 409 naming a field', async () => {
    const { fetch } = fakeFetch(
      json(409, { detail: 'This contact was changed by someone else.', currentVersion: 4 }, 'application/problem+json'),
      json(
        409,
        { detail: 'Another contact already uses the email a@b.c.', field: 'email' },
        'application/problem+json',
      ),
    );
    const client = new ApiClient({ fetch });
    const stale = (await client.put('/api/contacts/1', {}).catch((e: unknown) => e)) as ApiError;
    const duplicate = (await client.put('/api/contacts/1', {}).catch((e: unknown) => e)) as ApiError;
    expect(stale.currentVersion).toBe(4);
    expect(stale.errors).toEqual({});
    expect(duplicate.errors).toEqual({ email: 'Another contact already uses the email a@b.c.' });
  });

  it('explains a failure without a problem body in plain words', async () => {
    const { fetch } = fakeFetch(new Response('oops', { status: 503 }));
    const error = (await new ApiClient({ fetch }).get('/api/contacts').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(503);
    expect(error.detail).toMatch(/problem on its side/);
  });

  it('reports an unreachable service as status 0', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch')) as unknown as typeof globalThis.fetch;
    const error = (await new ApiClient({ fetch }).get('/api/contacts').catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkFailure).toBe(true);
    expect(error.detail).toMatch(/cannot be reached/);
  });

  it('refreshes once on a 401, then repeats the request', async () => {
    const { fetch, calls } = fakeFetch(json(401, { detail: 'Sign in again' }), json(200, {}), json(200, { ok: true }));
    const result = await new ApiClient({ fetch }).get<{ ok: boolean }>('/api/contacts');
    expect(result).toEqual({ ok: true });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'GET /api/contacts',
      'POST /api/auth/refresh',
      'GET /api/contacts',
    ]);
  });

  it('gives up after one failed refresh and reports the sign-in as over', async () => {
    const onSignedOut = vi.fn();
    const { fetch, calls } = fakeFetch(json(401, { detail: 'Sign in again' }), json(401, { detail: 'Sign in first.' }));
    const error = (await new ApiClient({ fetch, onSignedOut })
      .get('/api/auth/me')
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(calls).toHaveLength(2);
    expect(onSignedOut).toHaveBeenCalledOnce();
  });

  it('shares one refresh between requests that fail together', async () => {
    let refreshes = 0;
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (requestUrl(input) === '/api/auth/refresh') {
        refreshes++;
        return json(200, {});
      }
      return json(init?.headers && refreshes > 0 ? 200 : 401, {});
    }) as unknown as typeof globalThis.fetch;
    const client = new ApiClient({ fetch });
    await Promise.all([client.get('/api/a'), client.get('/api/b'), client.get('/api/c')]);
    expect(refreshes).toBe(1);
  });

  it('never refreshes a refused sign-in, and keeps its MFA question', async () => {
    const { fetch, calls } = fakeFetch(
      json(
        401,
        { title: 'Code needed', detail: 'Enter the code from your app.', mfaRequired: true },
        'application/problem+json',
      ),
    );
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const error = (await new ApiClient({ fetch }).post('/api/auth/login', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.mfaRequired).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('sends a Bearer token from a pluggable provider instead of relying on cookies', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    let token = 'old';
    const provider = bearerTokens({
      current: async () => token,
      renew: async () => {
        token = 'new';
        return token;
      },
    });
    const { fetch, calls } = fakeFetch(json(401, {}), json(200, { id: '1' }));
    await new ApiClient({ fetch, tokens: provider }).post('/api/contacts', {});
    expect(header(calls[0], 'Authorization')).toBe('Bearer old');
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBeUndefined();
    expect(header(calls[1], 'Authorization')).toBe('Bearer new');
  });

  it('downloads a file with the Bearer token, and reads a refused download as a problem', async () => {
    const provider = bearerTokens({ current: async () => 'pane-token', renew: async () => null });
    const xlsx = new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
      status: 200,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    const { fetch, calls } = fakeFetch(xlsx, json(404, { detail: 'No such import.' }, 'application/problem+json'));
    const client = new ApiClient({ fetch, tokens: provider });

    const file = await client.blob('/api/imports/i1/rejected.xlsx');
    expect(new Uint8Array(await file.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(header(calls[0], 'Authorization')).toBe('Bearer pane-token');
    expect(header(calls[0], 'Accept')).toBe('*/*');
    await expect(client.blob('/api/imports/i2/rejected.xlsx')).rejects.toMatchObject({
      status: 404,
      detail: 'No such import.',
    });
  });

  it('builds query strings without empty values', async () => {
    const { fetch, calls } = fakeFetch(json(200, {}));
    await new ApiClient({ fetch }).get('/api/contacts', { query: { q: 'ann lee', type: undefined, tag: '', page: 2 } });
    expect(calls[0]?.url).toBe('/api/contacts?q=ann+lee&page=2');
  });
});
