import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { ErrorBar } from '../../ui/ErrorBar';
import { roleAllows } from '../../lib/roles';
import { msalSignIn, type MicrosoftSignIn } from './microsoft';
import { SessionContext, type Session } from '../../lib/SessionContext';
import { useAuthState } from './useAuthState';

// Only the signed-in dashboard is on the common path; these pages load when they are needed.
const SignInPage = lazy(() => import('./SignInPage').then((m) => ({ default: m.SignInPage })));
const ChangePasswordPage = lazy(() => import('./ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })));
const AuthLayout = lazy(() => import('./AuthLayout').then((m) => ({ default: m.AuthLayout })));
const MfaSetup = lazy(() => import('./MfaSetup').then((m) => ({ default: m.MfaSetup })));

const useStyles = makeStyles({
  center: { padding: tokens.spacingVerticalXXXL },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AuthGateProps {
  children: ReactNode;
  microsoft?: MicrosoftSignIn;
}

/** Shows the app only to a signed-in user who has nothing left to do first (new password, MFA setup). */
export function AuthGate({ children, microsoft = msalSignIn }: AuthGateProps) {
  const styles = useStyles();
  const { state, retry, reload, signOut } = useAuthState(microsoft);
  const me = state.status === 'signedIn' ? state.me : null;

  const session = useMemo<Session | null>(
    () => (me ? { me, canEdit: roleAllows(me.user.role, 'user'), signOut, reload } : null),
    [me, signOut, reload],
  );

  const loading = <Spinner className={styles.center} label="Loading Steward…" />;
  return <Suspense fallback={loading}>{screen()}</Suspense>;

  function screen(): ReactNode {
    switch (state.status) {
      case 'loading':
        return loading;
      case 'failed':
        return (
          <div className={styles.column}>
            <ErrorBar title="Steward could not start" error={state.error} />
            <Button onClick={() => void retry()}>Try again</Button>
          </div>
        );
      case 'signedOut':
        return (
          <SignInPage
            config={state.config}
            expired={state.expired}
            microsoft={microsoft}
            onSignedIn={() => void reload()}
          />
        );
      case 'signedIn':
        if (state.me.mustChangePassword) {
          return <ChangePasswordPage onChanged={() => void reload()} onSignOut={() => void signOut()} />;
        }
        if (state.me.mfaSetupRequired) {
          return (
            <AuthLayout
              title="Set up two-step sign-in"
              footer={
                <Button appearance="subtle" onClick={() => void signOut()}>
                  Sign out
                </Button>
              }
            >
              <MfaSetup onDone={() => void reload()} />
            </AuthLayout>
          );
        }
        return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
    }
  }
}
