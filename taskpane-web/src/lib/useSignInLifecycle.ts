import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { Api, Me } from '../api';

/** Where a sign-in stands, in the web app (config may be unknown) and in the Office panes alike. */
export type SignInState<C> =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'signedOut'; config: C; expired?: boolean; error?: unknown; busy?: boolean }
  | { status: 'signedIn'; config: C; me: Me };

/**
 * Starts the sign-in once per API client, and turns a 401 that survived the refresh (the sign-in expired, was revoked,
 * or was signed out elsewhere) into "signed out, expired".
 */
export function useSignInLifecycle<C>(
  api: Api,
  start: () => Promise<void>,
  setState: Dispatch<SetStateAction<SignInState<C>>>,
): void {
  useEffect(() => {
    api.client.onSignedOut = () =>
      setState((current) =>
        current.status === 'signedIn' ? { status: 'signedOut', config: current.config, expired: true } : current,
      );
    void start();
    return () => {
      api.client.onSignedOut = undefined;
    };
  }, [api, start, setState]);
}
