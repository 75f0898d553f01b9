import { useCallback, useRef, useState } from 'react';
import { cookieTokens, useApi, type Api, type PublicConfig } from '../../api';
import { useSignInLifecycle, type SignInState } from '../../lib/useSignInLifecycle';
import type { OfficeSignIn } from './officeSignIn';
import type { PaneCredentials } from './sessionTokens';

export type PaneAuthState = SignInState<PublicConfig>;

/**
 * The pane's sign-in: silent where Office allows it or a local sign-in was kept from an earlier open, otherwise on the
 * user's click.
 */
export function usePaneAuth(signIn: OfficeSignIn, onTokens?: (api: Api) => void) {
  const api = useApi();
  const [state, setState] = useState<PaneAuthState>({ status: 'loading' });
  const credentials = useRef<PaneCredentials | null>(null);

  const enter = useCallback(
    async (settings: PublicConfig | Promise<PublicConfig>, found: PaneCredentials) => {
      credentials.current = found;
      api.client.setTokenProvider(found.tokens);
      onTokens?.(api);
      const [config, me] = await Promise.all([settings, api.auth.me()]);
      if (!config.localSignIn && found.logoutBody()) {
        // A local sign-in kept from before the firm turned Steward passwords off.
        found.forget();
        credentials.current = null;
        api.client.setTokenProvider(cookieTokens);
        setState({ status: 'signedOut', config });
        return;
      }
      setState({ status: 'signedIn', config, me });
    },
    [api, onTokens],
  );

  const start = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      const configLoad = api.auth.config();
      // Where the settings cannot change the choice, a kept sign-in goes ahead of them: the pane then asks who the user
      // is (and looks up the message's people) while the settings are on their way.
      const early = signIn.silentBeforeConfig?.(api);
      if (early) {
        configLoad.catch(() => undefined);
        const found = await early;
        if (found) {
          await enter(configLoad, found);
          return;
        }
      }
      const config = await configLoad;
      const found = early ? null : await signIn.silent(config, api);
      if (found) await enter(config, found);
      else setState({ status: 'signedOut', config });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [api, signIn, enter]);

  useSignInLifecycle(api, start, setState);

  const signInNow = useCallback(
    async (config: PublicConfig) => {
      setState({ status: 'signedOut', config, busy: true });
      try {
        await enter(config, await signIn.interactive(config));
      } catch (error) {
        credentials.current = null;
        api.client.setTokenProvider(cookieTokens);
        setState({ status: 'signedOut', config, error });
      }
    },
    [api, signIn, enter],
  );

  const signOut = useCallback(async () => {
    const body = credentials.current?.logoutBody() ?? null;
    // Ending the sign-in on the service may fail offline; the tokens then expire on their own.
    if (body) await api.client.post('/api/auth/logout', body).catch(() => undefined);
    credentials.current?.forget();
    credentials.current = null;
    api.client.setTokenProvider(cookieTokens);
    setState((current) => (current.status === 'signedIn' ? { status: 'signedOut', config: current.config } : current));
  }, [api]);

  const reload = useCallback(async () => {
    if (state.status !== 'signedIn') return;
    const me = await api.auth.me();
    setState({ status: 'signedIn', config: state.config, me });
  }, [api, state]);

  return { state, retry: start, signIn: signInNow, signOut, reload };
}
