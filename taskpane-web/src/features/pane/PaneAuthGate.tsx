import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import type { Api } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { SessionContext, type Session } from '../../lib/SessionContext';
import { roleAllows } from '../../lib/roles';
import type { Tracked } from '../../lib/tracked';
import type { OfficeSignIn } from './officeSignIn';
import { usePaneAuth, type PaneOpening } from './usePaneAuth';

const useStyles = makeStyles({
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
  },
  brand: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0 },
});

export interface PaneAuthGateProps {
  signIn: OfficeSignIn;
  /** Called as soon as the pane has its tokens, before it knows who the user is (to start the first lookups). */
  onTokens?: (api: Api) => void;
  /** What the pane asked for before its first render (see `startPane`). */
  opening?: Tracked<PaneOpening>;
  children: ReactNode;
}

/** The pane's content for a signed-in user; before that, one "Sign in" button. */
export function PaneAuthGate({ signIn, onTokens, opening, children }: PaneAuthGateProps) {
  const styles = useStyles();
  const auth = usePaneAuth(signIn, onTokens, opening);
  const { state } = auth;
  const me = state.status === 'signedIn' ? state.me : null;
  const session = useMemo<Session | null>(
    () => (me ? { me, canEdit: roleAllows(me.user.role, 'user'), signOut: auth.signOut, reload: auth.reload } : null),
    [me, auth.signOut, auth.reload],
  );

  if (state.status === 'loading') return <Spinner className={styles.column} label="Loading Steward…" />;
  if (state.status === 'failed') {
    return (
      <div className={styles.column}>
        <ErrorBar title="Steward could not start" error={state.error} />
        <Button onClick={() => void auth.retry()}>Try again</Button>
      </div>
    );
  }
  if (state.status === 'signedOut') {
    return (
      <main className={styles.column}>
        <Text size={400} className={styles.brand}>
          Steward
        </Text>
        <h1 className={styles.heading}>
          <Text as="span" size={500} weight="semibold">
            Sign in to Steward
          </Text>
        </h1>
        {state.expired && !state.error && (
          <MessageBar intent="info">
            <MessageBarBody>Your sign-in has ended. Please sign in again.</MessageBarBody>
          </MessageBar>
        )}
        <ErrorBar error={state.error} />
        <Text>See who you are writing with, and keep Steward up to date from here.</Text>
        <Button appearance="primary" disabled={state.busy} onClick={() => void auth.signIn(state.config)}>
          {state.busy ? <Spinner size="tiny" label="Signing in…" /> : 'Sign in'}
        </Button>
      </main>
    );
  }
  if (state.me.mustChangePassword || state.me.mfaSetupRequired) {
    return (
      <main className={styles.column}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {state.me.mustChangePassword
              ? 'Choose a new password in Steward first.'
              : 'Your firm asks you to set up two-step sign-in first.'}{' '}
            <Link href={`${window.location.origin}/`} target="_blank" rel="noreferrer">
              Open Steward in the browser
            </Link>
            , then sign in here again.
          </MessageBarBody>
        </MessageBar>
        <Button onClick={() => void auth.signOut()}>Sign out</Button>
      </main>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
