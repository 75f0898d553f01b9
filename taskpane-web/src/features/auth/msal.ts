import { InteractionRequiredAuthError, PublicClientApplication, type AccountInfo } from '@azure/msal-browser';
import { bearerTokens, type MicrosoftConfig, type TokenProvider } from '../../api';

let instance: Promise<PublicClientApplication> | null = null;

/** One MSAL instance per page, created on first use. */
export function msalFor(config: MicrosoftConfig): Promise<PublicClientApplication> {
  instance ??= (async () => {
    const msal = new PublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri: `${window.location.origin}/` },
      cache: { cacheLocation: 'sessionStorage' },
    });
    await msal.initialize();
    return msal;
  })();
  return instance;
}

export async function resumeMsal(config: MicrosoftConfig): Promise<TokenProvider | null> {
  const msal = await msalFor(config);
  const result = await msal.handleRedirectPromise();
  const account: AccountInfo | undefined = result?.account ?? msal.getAllAccounts()[0];
  if (!account) return null;
  msal.setActiveAccount(account);
  const token = async (forceRefresh: boolean): Promise<string | null> => {
    try {
      return (await msal.acquireTokenSilent({ scopes: config.scopes, account, forceRefresh })).accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) return null;
      throw error;
    }
  };
  return bearerTokens({ current: () => token(false), renew: () => token(true) });
}
