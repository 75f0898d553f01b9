import { ApiError, bearerTokens, type TokenProvider } from '../../api';
import type { KeptSignIn } from '../../office/keptSignIn';
import type { NaaTokens } from '../../office/naa';

/** The tokens `POST /api/auth/login` and `/api/auth/refresh` return in their body. */
export interface SessionBody {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt?: string;
}

export function isSessionBody(value: unknown): value is SessionBody {
  if (!value || typeof value !== 'object') return false;
  const body = value as Record<string, unknown>;
  return typeof body.accessToken === 'string' && typeof body.refreshToken === 'string';
}

/** A pane's sign-in: where its Bearer tokens come from, and how to end it on the service. */
export interface PaneCredentials {
  tokens: TokenProvider;
  /** The body for `POST /api/auth/logout` (local sign-in), or null when Microsoft holds the sign-in. */
  logoutBody(): { refreshToken: string } | null;
  /** Forgets a sign-in kept across pane opens (after signing out). */
  forget(): void;
}

/**
 * A local sign-in: the access token is sent as Bearer; after a 401 the refresh token, which works once, is swapped for
 * new tokens. With `kept`, the tokens outlive the pane (see `office/keptSignIn`), and each swap starts from the newest
 * ones kept, since another pane may have swapped them meanwhile.
 */
export function localCredentials(initial: SessionBody, kept?: KeptSignIn): PaneCredentials {
  let session = initial;
  kept?.write(initial);
  const swap = async (post: (path: string, body?: unknown) => Promise<Response>) => {
    const refreshToken = kept?.read()?.refreshToken ?? session.refreshToken;
    const response = await post('/api/auth/refresh', { refreshToken });
    const body: unknown = response.ok ? await response.json() : null;
    if (!isSessionBody(body)) {
      if (kept?.read()?.refreshToken === refreshToken) kept.clear();
      return false;
    }
    session = body;
    kept?.write(body);
    return true;
  };
  return {
    tokens: {
      accessToken: () => Promise.resolve(session.accessToken),
      refresh: (post) => (kept ? kept.exclusive(() => swap(post)) : swap(post)),
    },
    logoutBody: () => ({ refreshToken: kept?.read()?.refreshToken ?? session.refreshToken }),
    forget: () => kept?.clear(),
  };
}

/**
 * A local sign-in kept from before the firm turned Steward passwords off: it is not used, and is forgotten.
 */
export function keptSignInRefused(config: { localSignIn: boolean }, found: PaneCredentials): boolean {
  return !config.localSignIn && found.logoutBody() !== null;
}

/** An access token this close to its end is renewed when a pane opens, rather than used for a few seconds. */
const FRESH_FOR_AT_LEAST_MS = 60_000;

/**
 * The sign-in kept from an earlier pane: used as it is while its access token is fresh, else renewed now (the refresh
 * token is swapped, as on any refresh); null when none is kept or the service no longer accepts it (it expired, or the
 * user signed out elsewhere), which forgets it.
 */
export async function resumeKeptSignIn(
  kept: KeptSignIn,
  refresh: (refreshToken: string) => Promise<unknown>,
  now: () => number = Date.now,
): Promise<PaneCredentials | null> {
  return kept.exclusive(async () => {
    const tokens = kept.read();
    if (!tokens) return null;
    const expiresAt = tokens.accessTokenExpiresAt ? Date.parse(tokens.accessTokenExpiresAt) : NaN;
    if (expiresAt - now() > FRESH_FOR_AT_LEAST_MS) return localCredentials(tokens, kept);
    let body: unknown;
    try {
      body = await refresh(tokens.refreshToken);
    } catch (error) {
      // Refused: the kept sign-in is over. Unreachable: keep it for the next open, and ask for a sign-in now.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) kept.clear();
      return null;
    }
    if (!isSessionBody(body)) return null;
    return localCredentials(body, kept);
  });
}

/** Office's own account (NAA): MSAL keeps and renews the token. */
export function microsoftCredentials(naa: NaaTokens): PaneCredentials {
  return {
    tokens: bearerTokens({ current: () => naa.token(false), renew: () => naa.token(false) }),
    logoutBody: () => null,
    forget: () => undefined,
  };
}

/** What the sign-in dialog hands back to the pane. */
export type DialogAnswer = { type: 'signedIn'; session: SessionBody } | { type: 'failed'; message: string };

export function readDialogAnswer(message: string): DialogAnswer {
  try {
    const answer: unknown = JSON.parse(message);
    if (answer && typeof answer === 'object') {
      const value = answer as Record<string, unknown>;
      if (value.type === 'signedIn' && isSessionBody(value.session))
        return { type: 'signedIn', session: value.session };
      if (value.type === 'failed' && typeof value.message === 'string')
        return { type: 'failed', message: value.message };
    }
  } catch {
    // Not JSON: answered below as an unreadable answer.
  }
  return { type: 'failed', message: 'The sign-in window answered with something Steward cannot read. Try again.' };
}
