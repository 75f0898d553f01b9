import type { MicrosoftConfig, TokenProvider } from '../../api';

/**
 * "Sign in with Microsoft" in the browser face. Behind an interface so that tests stub it; the real one loads MSAL
 * only when a firm has Microsoft sign-in configured.
 */
export interface MicrosoftSignIn {
  /** Leaves the page for Microsoft's sign-in; the app starts again on the way back. */
  signIn: (config: MicrosoftConfig) => Promise<void>;
  /** After the way back (or on a later visit): a Bearer token source for the signed-in account, or null. */
  resume: (config: MicrosoftConfig) => Promise<TokenProvider | null>;
  signOut: (config: MicrosoftConfig) => Promise<void>;
}

export const msalSignIn: MicrosoftSignIn = {
  async signIn(config) {
    const { msalFor } = await import('./msal');
    const msal = await msalFor(config);
    await msal.loginRedirect({ scopes: config.scopes, redirectUri: `${window.location.origin}/` });
  },
  async resume(config) {
    const { resumeMsal } = await import('./msal');
    return resumeMsal(config);
  },
  async signOut(config) {
    const { msalFor } = await import('./msal');
    const msal = await msalFor(config);
    await msal.clearCache();
  },
};
