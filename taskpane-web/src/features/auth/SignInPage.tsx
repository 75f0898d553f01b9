import {
  Button,
  Divider,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, useApi, type PublicConfig } from '../../api';
import { useSubmit } from '../../lib/useSubmit';
import { ErrorBar } from '../../ui/ErrorBar';
import { AuthLayout } from './AuthLayout';
import type { MicrosoftSignIn } from './microsoft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface SignInPageProps {
  config: PublicConfig | null;
  /** The previous sign-in ended by itself: say so. */
  expired?: boolean;
  microsoft: MicrosoftSignIn;
  /** Called with the login's answer (the tokens in its body, which the Office sign-in dialog hands on). */
  onSignedIn: (session: unknown) => void;
}

type Step = 'password' | 'code' | 'recovery';

/** The second step's field: the authenticator app's code, or a recovery code. */
function SecondStepField({ step, code, onChange }: { step: Step; code: string; onChange: (code: string) => void }) {
  return (
    <Field
      label={step === 'code' ? 'Code from your authenticator app' : 'Recovery code'}
      hint={step === 'code' ? 'Six digits; a new one appears every 30 seconds.' : 'Each recovery code works once.'}
      required
    >
      <Input
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the page has one task, and this is its first field
        autoFocus
        autoComplete="one-time-code"
        inputMode={step === 'code' ? 'numeric' : 'text'}
        value={code}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

/** Email and password, then the authenticator code (or a recovery code) when the account has MFA. */
export function SignInPage({ config, expired, microsoft, onSignedIn }: SignInPageProps) {
  const styles = useStyles();
  const api = useApi();
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { busy, error, setError, onSubmit } = useSubmit(async () => {
    try {
      const session = await api.auth.login({
        email: email.trim(),
        password,
        code: step === 'code' ? code.replace(/\s/g, '') : undefined,
        recoveryCode: step === 'recovery' ? code.trim() : undefined,
      });
      onSignedIn(session);
    } catch (failure) {
      // An account with MFA answers the password with a request for the code: the next step, not a failure.
      if (failure instanceof ApiError && failure.mfaRequired && step === 'password') setStep('code');
      else throw failure;
    }
  });

  const microsoftSignIn = async () => {
    if (!config?.microsoft) return;
    setError(null);
    try {
      await microsoft.signIn(config.microsoft);
    } catch (failure) {
      setError(failure);
    }
  };

  const title = step === 'password' ? 'Sign in' : 'Two-step sign-in';
  return (
    <AuthLayout title={title}>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        {expired && !error && (
          <MessageBar intent="info">
            <MessageBarBody>Your sign-in has ended. Please sign in again.</MessageBarBody>
          </MessageBar>
        )}
        <ErrorBar error={error} />
        {step === 'password' ? (
          <>
            <Field label="Email" required>
              <Input type="email" autoComplete="username" value={email} onChange={(_, d) => setEmail(d.value)} />
            </Field>
            <Field
              label="Password"
              required
              hint="Forgot your password? Ask your firm’s Steward administrator: they can give you a new one-time password from Admin → Users."
            >
              <Input
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(_, d) => setPassword(d.value)}
              />
            </Field>
          </>
        ) : (
          <SecondStepField step={step} code={code} onChange={setCode} />
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {busy ? <Spinner size="tiny" label="Signing in…" /> : step === 'password' ? 'Sign in' : 'Verify'}
          </Button>
          {step !== 'password' && (
            <Link
              as="button"
              type="button"
              onClick={() => {
                setCode('');
                setStep(step === 'code' ? 'recovery' : 'code');
              }}
            >
              {step === 'code' ? 'Use a recovery code instead' : 'Use the authenticator app instead'}
            </Link>
          )}
          {step !== 'password' && (
            <Link
              as="button"
              type="button"
              onClick={() => {
                setCode('');
                setError(null);
                setStep('password');
              }}
            >
              Sign in as someone else
            </Link>
          )}
        </div>
        {step === 'password' && config?.microsoft && (
          <>
            <Divider>or</Divider>
            <Button onClick={() => void microsoftSignIn()}>Sign in with Microsoft</Button>
          </>
        )}
      </form>
    </AuthLayout>
  );
}
