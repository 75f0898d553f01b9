import type { MicrosoftConfig } from '../api';

/**
 * Nested App Authentication: Office signs the user in with the account it already knows. MSAL is loaded only here,
 * and only when a firm has Microsoft sign-in configured.
 */
export function naaSupported(): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    return Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') === true;
  } catch {
    return false;
  }
}

export interface NaaTokens {
  /** A token for the service, silently when Office can; with a popup when `interactive`. Null when it cannot. */
  token(interactive: boolean): Promise<string | null>;
}

let instance: Promise<NaaTokens> | null = null;

export function naaTokens(config: MicrosoftConfig): Promise<NaaTokens> {
  instance ??= (async () => {
    const msal = await import('@azure/msal-browser');
    const pca = await msal.createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority },
    });
    const request = { scopes: config.scopes };
    return {
      async token(interactive: boolean) {
        try {
          return (await pca.acquireTokenSilent(request)).accessToken;
        } catch (error) {
          if (!interactive) return null;
          if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
        }
        return (await pca.acquireTokenPopup(request)).accessToken;
      },
    };
  })();
  instance.catch(() => {
    instance = null;
  });
  return instance;
}
