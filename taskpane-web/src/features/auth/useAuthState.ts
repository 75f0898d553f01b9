import { useCallback, useState } from 'react';
import { ApiError, cookieTokens, useApi, type PublicConfig } from '../../api';
import { useSignInLifecycle, type SignInState } from '../../lib/useSignInLifecycle';
import type { MicrosoftSignIn } from './microsoft';

export type AuthState = SignInState<PublicConfig | null>;

/** Who is signed in: read at start, after each sign-in step, and dropped when the API says the sign-in ended. */
export function useAuthState(microsoft: MicrosoftSignIn) {
  const api = useApi();
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [config, setConfig] = useState<PublicConfig | null>(null);

  const loadMe = useCallback(
    async (known: PublicConfig | null) => {
      try {
        const me = await api.auth.me();
        setState({ status: 'signedIn', config: known, me });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signedOut', config: known });
        else setState({ status: 'failed', error });
      }
    },
    [api],
  );

  const start = useCallback(async () => {
    setState({ status: 'loading' });
    let known: PublicConfig | null = null;
    try {
      known = await api.auth.config();
      setConfig(known);
      if (known.microsoft) {
        const tokens = await microsoft.resume(known.microsoft);
        if (tokens) api.client.setTokenProvider(tokens);
      }
    } catch (error) {
      setState({ status: 'failed', error });
      return;
    }
    await loadMe(known);
  }, [api, microsoft, loadMe]);

  useSignInLifecycle(api, start, setState);

  const reload = useCallback(() => loadMe(config), [loadMe, config]);

  const signOut = useCallback(async () => {
    // Signing out locally must work even when the service cannot be reached; its tokens then expire on their own.
    await api.auth.logout().catch(() => undefined);
    if (config?.microsoft) await microsoft.signOut(config.microsoft).catch(() => undefined);
    api.client.setTokenProvider(cookieTokens);
    setState({ status: 'signedOut', config });
  }, [api, config, microsoft]);

  return { state, retry: start, reload, signOut };
}
