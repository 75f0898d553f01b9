import { ApiError } from '../../api';
import type { KeptSignIn, KeptTokens } from '../../office/keptSignIn';
import { localCredentials, resumeKeptSignIn } from './sessionTokens';

const NOW = Date.parse('2026-12-06T09:00:00Z');
const inMinutes = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const now = () => NOW;

/** The add-in's storage and lock as two panes of one add-in share them. */
function sharedStorage(initial: KeptTokens | null = null): KeptSignIn & { value: KeptTokens | null } {
  let queue: Promise<unknown> = Promise.resolve();
  const store = {
    value: initial,
    read: () => store.value,
    write: (tokens: KeptTokens) => {
      store.value = tokens;
    },
    clear: () => {
      store.value = null;
    },
    exclusive: <T>(work: () => Promise<T>): Promise<T> => {
      const turn = queue.then(work);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
  return store;
}

/** The service's refresh: each refresh token works once and is swapped for the next; access tokens last 15 minutes. */
function rotatingService() {
  let issued = 1;
  const spent = new Set<string>();
  const used: string[] = [];
  const refresh = async (refreshToken: string) => {
    used.push(refreshToken);
    if (spent.has(refreshToken) || !refreshToken.startsWith('refresh-')) {
      throw new ApiError(401, { detail: 'Sign in again.' });
    }
    spent.add(refreshToken);
    issued += 1;
    return { accessToken: `access-${issued}`, refreshToken: `refresh-${issued}`, accessTokenExpiresAt: inMinutes(15) };
  };
  const post = async (_path: string, body?: unknown) => {
    try {
      const answer = await refresh((body as { refreshToken: string }).refreshToken);
      return new Response(JSON.stringify(answer), { status: 200 });
    } catch {
      return new Response('{}', { status: 401 });
    }
  };
  return { refresh, post, used };
}

const expired = { accessToken: 'access-1', refreshToken: 'refresh-1', accessTokenExpiresAt: inMinutes(-1) };

describe('a local sign-in kept across pane opens', () => {
  it('is used as it is by the next pane while its access token is fresh: no request at all', async () => {
    const storage = sharedStorage();
    const service = rotatingService();
    localCredentials(
      { accessToken: 'access-1', refreshToken: 'refresh-1', accessTokenExpiresAt: inMinutes(10) },
      storage,
    );

    const resumed = await resumeKeptSignIn(storage, service.refresh, now);
    expect(await resumed!.tokens.accessToken()).toBe('access-1');
    expect(service.used).toEqual([]);
  });

  it('is renewed by the next pane when its access token has expired, and the swapped tokens are kept', async () => {
    const storage = sharedStorage(expired);
    const service = rotatingService();
    const resumed = await resumeKeptSignIn(storage, service.refresh, now);
    expect(await resumed!.tokens.accessToken()).toBe('access-2');
    expect(storage.value?.refreshToken).toBe('refresh-2');
    expect(resumed!.logoutBody()).toEqual({ refreshToken: 'refresh-2' });
  });

  it('is forgotten when the service refuses it, and nothing is asked when none is kept', async () => {
    const storage = sharedStorage({ ...expired, refreshToken: 'revoked-elsewhere' });
    const service = rotatingService();
    expect(await resumeKeptSignIn(storage, service.refresh, now)).toBeNull();
    expect(storage.value).toBeNull();
    expect(await resumeKeptSignIn(storage, service.refresh, now)).toBeNull();
    expect(service.used).toEqual(['revoked-elsewhere']);
  });

  it('is kept for the next open when the service cannot be reached', async () => {
    const storage = sharedStorage(expired);
    const unreachable = async () => {
      throw new ApiError(0, {});
    };
    expect(await resumeKeptSignIn(storage, unreachable, now)).toBeNull();
    expect(storage.value).toEqual(expired);
  });

  it('never spends a refresh token twice when two panes refresh: each starts from the newest kept', async () => {
    const storage = sharedStorage(expired);
    const service = rotatingService();
    const composePane = await resumeKeptSignIn(storage, service.refresh, now);
    const readPane = localCredentials({ accessToken: 'access-2', refreshToken: 'refresh-2' }, storage);

    // Both panes' access tokens are refused at once.
    const [read, compose] = await Promise.all([
      readPane.tokens.refresh(service.post),
      composePane!.tokens.refresh(service.post),
    ]);
    expect([read, compose]).toEqual([true, true]);
    expect(service.used).toEqual(['refresh-1', 'refresh-2', 'refresh-3']);
    expect(storage.value?.refreshToken).toBe('refresh-4');
  });

  it('is forgotten on sign-out', () => {
    const storage = sharedStorage();
    const credentials = localCredentials({ accessToken: 'access-1', refreshToken: 'refresh-1' }, storage);
    credentials.forget();
    expect(storage.value).toBeNull();
  });
});
