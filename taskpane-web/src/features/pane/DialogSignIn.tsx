import { Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type PublicConfig } from '../../api';
import { messageParent } from '../../office/dialog';
import { ErrorBar } from '../../ui/ErrorBar';
import { AuthLayout, SignInPage, type MicrosoftSignIn } from '../auth';
import { isSessionBody, type DialogAnswer } from './sessionTokens';

/** Microsoft sign-in in the pane goes through Office (NAA); the dialog offers the local sign-in only. */
const noMicrosoft: MicrosoftSignIn = {
  signIn: () => Promise.resolve(),
  resume: () => Promise.resolve(null),
  signOut: () => Promise.resolve(),
};

export interface DialogSignInProps {
  /** Hands the answer to the pane; Office's `messageParent` unless a test replaces it. */
  send?: (message: string) => void;
}

/** The app's sign-in page as Office's sign-in dialog: after signing in it hands the tokens to the pane. */
export function DialogSignIn({ send = messageParent }: DialogSignInProps) {
  const api = useApi();
  const [config, setConfig] = useState<PublicConfig | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.auth.config().then((value) => setConfig({ ...value, microsoft: null }), setError);
  }, [api]);

  const answer = (session: unknown) => {
    const message: DialogAnswer = isSessionBody(session)
      ? { type: 'signedIn', session }
      : { type: 'failed', message: 'Steward signed you in but sent no tokens for Office. Try again.' };
    try {
      send(JSON.stringify(message));
    } catch (failure) {
      setError(failure);
    }
  };

  if (error) {
    return (
      <AuthLayout title="Sign in">
        <ErrorBar error={error} />
      </AuthLayout>
    );
  }
  if (!config) return <Spinner label="Loading…" />;
  return <SignInPage config={config} microsoft={noMicrosoft} onSignedIn={answer} />;
}
