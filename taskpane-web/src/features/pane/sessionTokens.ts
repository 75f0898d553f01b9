import { bearerTokens, type TokenProvider } from '../../api';
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
}

/**
 * A local sign-in kept in memory only (never in storage): the access token is sent as Bearer; after a 401 the
 * refresh token, which works once, is swapped for new tokens.
 */
export function localCredentials(initial: SessionBody): PaneCredentials {
  let session = initial;
  return {
    tokens: {
      accessToken: async () => session.accessToken,
      refresh: async (post) => {
        const response = await post('/api/auth/refresh', { refreshToken: session.refreshToken });
        if (!response.ok) return false;
        const body: unknown = await response.json();
        if (!isSessionBody(body)) return false;
        session = body;
        return true;
      },
    },
    logoutBody: () => ({ refreshToken: session.refreshToken }),
  };
}

/** Office's own account (NAA): MSAL keeps and renews the token. */
export function microsoftCredentials(naa: NaaTokens): PaneCredentials {
  return {
    tokens: bearerTokens({ current: () => naa.token(false), renew: () => naa.token(false) }),
    logoutBody: () => null,
  };
}

/** What the sign-in dialog hands back to the pane. */
export type DialogAnswer = { type: 'signedIn'; session: SessionBody } | { type: 'failed'; message: string };

export function readDialogAnswer(message: string): DialogAnswer {
  try {
    const answer: unknown = JSON.parse(message);
    if (answer && typeof answer === 'object') {
      const value = answer as Record<string, unknown>;
      if (value.type === 'signedIn' && isSessionBody(value.session)) return { type: 'signedIn', session: value.session };
      if (value.type === 'failed' && typeof value.message === 'string') return { type: 'failed', message: value.message };
    }
  } catch {
    // Not JSON: answered below as an unreadable answer.
  }
  return { type: 'failed', message: 'The sign-in window answered with something Steward cannot read. Try again.' };
}
