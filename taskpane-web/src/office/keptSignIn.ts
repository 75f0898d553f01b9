/** A local sign-in's tokens, as `POST /api/auth/login` and `/api/auth/refresh` return them. */
export interface KeptTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt?: string;
}

/**
 * A local sign-in kept across pane opens. Office gives each add-in its own, partitioned browser storage, so the
 * tokens kept there are this add-in's alone (as MSAL keeps a Microsoft sign-in's). A pane opened while the access
 * token is fresh needs no request to sign in. The service rotates the refresh token on every use and ends the whole
 * sign-in when a spent one comes back, so every use goes through {@link KeptSignIn.exclusive}: two panes open at once
 * (a read pane and a compose window) take turns, and each starts from the newest tokens the other left.
 */
export interface KeptSignIn {
  read(): KeptTokens | null;
  write(tokens: KeptTokens): void;
  clear(): void;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

const KEY = 'steward.pane.signIn';
const LOCK = 'steward.pane.signIn';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (a locked-down browser): the sign-in then lasts as long as the pane.
    return null;
  }
}

function parse(text: string | null | undefined): KeptTokens | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return null;
    const tokens = value as Record<string, unknown>;
    if (typeof tokens.accessToken !== 'string' || typeof tokens.refreshToken !== 'string') return null;
    return {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      accessTokenExpiresAt: typeof tokens.accessTokenExpiresAt === 'string' ? tokens.accessTokenExpiresAt : undefined,
    };
  } catch {
    return null;
  }
}

export const keptSignIn: KeptSignIn = {
  read: () => parse(storage()?.getItem(KEY)),
  write: ({ accessToken, refreshToken, accessTokenExpiresAt }) =>
    storage()?.setItem(KEY, JSON.stringify({ accessToken, refreshToken, accessTokenExpiresAt })),
  clear: () => storage()?.removeItem(KEY),
  exclusive: <T>(work: () => Promise<T>): Promise<T> => {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? (locks.request(LOCK, work) as Promise<T>) : work();
  },
};
