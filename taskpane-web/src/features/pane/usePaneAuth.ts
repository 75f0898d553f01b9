import { useCallback, useRef, useState } from 'react';
import { cookieTokens, useApi, type Api, type Me, type PublicConfig } from '../../api';
import type { Tracked } from '../../lib/tracked';
import { useSignInLifecycle, type SignInState } from '../../lib/useSignInLifecycle';
import type { OfficeSignIn } from './officeSignIn';
import { keptSignInRefused, type PaneCredentials } from './sessionTokens';

export type PaneAuthState = SignInState<PublicConfig>;

/** What a pane learnt before its first render (see `startPane`): the firm's settings, and a sign-in resumed. */
export interface PaneOpening {
  config: PublicConfig;
  signedIn: { credentials: PaneCredentials; me: Me } | null;
}

/**
 * The pane's sign-in: silent where Office allows it or a local sign-in was kept from an earlier open, otherwise on the
 * user's click.
 */
export function usePaneAuth(signIn: OfficeSignIn, onTokens?: (api: Api) => void, opening?: Tracked<PaneOpening>) {
  const api = useApi();
  // When the opening's sign-in has arrived before the first render, the pane starts signed in.
  const [state, setState] = useState<PaneAuthState>(() => {
    const opened = opening?.settled()?.value;
    return opened?.signedIn
      ? { status: 'signedIn', config: opened.config, me: opened.signedIn.me }
      : { status: 'loading' };
  });
  const credentials = useRef<PaneCredentials | null>(opening?.settled()?.value.signedIn?.credentials ?? null);
  // The opening is for the first start only ("Try again" starts afresh), which has nothing to do when the first render
  // was signed in with it already.
  const signedInAtFirstRender = useRef(state.status === 'signedIn');
  const unusedOpening = useRef(opening);

  const enter = useCallback(
    async (config: PublicConfig, found: PaneCredentials) => {
      if (keptSignInRefused(config, found)) {
        found.forget();
        setState({ status: 'signedOut', config });
        return;
      }
      credentials.current = found;
      api.client.setTokenProvider(found.tokens);
      onTokens?.(api);
      setState({ status: 'signedIn', config, me: await api.auth.me() });
    },
    [api, onTokens],
  );

  const start = useCallback(async () => {
    const begun = unusedOpening.current;
    unusedOpening.current = undefined;
    if (signedInAtFirstRender.current) {
      signedInAtFirstRender.current = false;
      return;
    }
    setState({ status: 'loading' });
    try {
      const opened = begun ? await begun.promise.catch(() => null) : null;
      if (opened?.signedIn) {
        credentials.current = opened.signedIn.credentials;
        setState({ status: 'signedIn', config: opened.config, me: opened.signedIn.me });
        return;
      }
      const config = opened?.config ?? (await api.auth.config());
      const found = await signIn.silent(config, api);
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
