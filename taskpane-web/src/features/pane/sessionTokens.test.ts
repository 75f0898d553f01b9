import { ApiError } from '../../api';
import type { KeptSignIn } from '../../office/keptSignIn';
import { localCredentials, resumeKeptSignIn } from './sessionTokens';

/** The add-in's storage and lock as two panes of one add-in share them. */
function sharedStorage(initial: string | null = null): KeptSignIn & { value: string | null } {
  let queue: Promise<unknown> = Promise.resolve();
  const store = {
    value: initial,
    read: () => store.value,
    write: (token: string) => {
      store.value = token;
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

/** The service's refresh: each token works once and is swapped for the next. */
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
    return { accessToken: `access-${issued}`, refreshToken: `refresh-${issued}` };
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

describe('a local sign-in kept across pane opens', () => {
  it('is kept when the pane signs in, and resumed by the next pane with a swapped token', async () => {
    const storage = sharedStorage();
    const service = rotatingService();
    localCredentials({ accessToken: 'access-1', refreshToken: 'refresh-1' }, storage);
    expect(storage.value).toBe('refresh-1');

    const resumed = await resumeKeptSignIn(storage, service.refresh);
    expect(resumed).not.toBeNull();
    expect(await resumed!.tokens.accessToken()).toBe('access-2');
    expect(storage.value).toBe('refresh-2');
    expect(resumed!.logoutBody()).toEqual({ refreshToken: 'refresh-2' });
  });

  it('is forgotten when the service refuses it, and nothing is asked when none is kept', async () => {
    const storage = sharedStorage('revoked-elsewhere');
    const service = rotatingService();
    expect(await resumeKeptSignIn(storage, service.refresh)).toBeNull();
    expect(storage.value).toBeNull();
    expect(await resumeKeptSignIn(storage, service.refresh)).toBeNull();
    expect(service.used).toEqual(['revoked-elsewhere']);
  });

  it('is kept for the next open when the service cannot be reached', async () => {
    const storage = sharedStorage('refresh-1');
    const unreachable = async () => {
      throw new ApiError(0, {});
    };
    expect(await resumeKeptSignIn(storage, unreachable)).toBeNull();
    expect(storage.value).toBe('refresh-1');
  });

  it('never spends a token twice when two panes refresh: each starts from the newest kept', async () => {
    const storage = sharedStorage();
    const service = rotatingService();
    const readPane = localCredentials({ accessToken: 'access-1', refreshToken: 'refresh-1' }, storage);
    const composePane = await resumeKeptSignIn(storage, service.refresh);
    expect(storage.value).toBe('refresh-2');

    // Both panes' access tokens expire at once.
    const [read, compose] = await Promise.all([
      readPane.tokens.refresh(service.post),
      composePane!.tokens.refresh(service.post),
    ]);
    expect([read, compose]).toEqual([true, true]);
    expect(service.used).toEqual(['refresh-1', 'refresh-2', 'refresh-3']);
    expect(storage.value).toBe('refresh-4');
  });

  it('is forgotten on sign-out', () => {
    const storage = sharedStorage();
    const credentials = localCredentials({ accessToken: 'access-1', refreshToken: 'refresh-1' }, storage);
    credentials.forget();
    expect(storage.value).toBeNull();
  });
});
