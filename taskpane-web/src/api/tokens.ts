/**
 * Where the API client's credentials come from. The browser relies on the service's httpOnly cookies; the Office
 * panes send `Authorization: Bearer` with a token they obtained themselves (NAA or a sign-in dialog).
 */
export interface TokenProvider {
  /** The Bearer token to send, or null to let the browser's cookies carry the sign-in. */
  accessToken(): Promise<string | null>;
  /**
   * Called after a 401; resolves true when new credentials are in place and the request may be retried.
   * `post` sends a POST through the client without auth retry (for `/api/auth/refresh`).
   */
  refresh(post: (path: string, body?: unknown) => Promise<Response>): Promise<boolean>;
}

/** The browser face: cookies set by `POST /api/auth/login`, renewed with `POST /api/auth/refresh`. */
export const cookieTokens: TokenProvider = {
  accessToken: () => Promise.resolve(null),
  refresh: async (post) => (await post('/api/auth/refresh')).ok,
};

/** A source of Bearer tokens, such as MSAL or a token kept from a sign-in dialog. */
export interface BearerSource {
  current(): Promise<string | null>;
  /** A fresh token after the current one was refused, or null when the user must sign in again. */
  renew(): Promise<string | null>;
}

export function bearerTokens(source: BearerSource): TokenProvider {
  return {
    accessToken: () => source.current(),
    refresh: async () => (await source.renew()) !== null,
  };
}
