import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type AdminUser, type Registered } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { useNarrow } from '../../ui/hooks';
import { useSession } from '../../lib/SessionContext';
import { ConfirmOwnChange, type OwnChange } from './ConfirmOwnChange';
import { OneTimePassword } from './OneTimePassword';
import { RegisterUserDialog } from './RegisterUserDialog';
import { UserCards, UserTable } from './UserList';
import { useUserAdmin } from './useUserAdmin';
import type { UserControlsProps } from './UserControls';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', justifyContent: 'flex-end' },
});

/** The firm's users: change role and active flag (If-Match), reset a password, lift a lock, register someone. */
export function UsersPanel() {
  const styles = useStyles();
  const api = useApi();
  const session = useSession();
  const narrow = useNarrow();
  const { users, error, setError, notice, setNotice, load, act, apply } = useUserAdmin();
  const [registering, setRegistering] = useState(false);
  const [secret, setSecret] = useState<Registered | null>(null);
  const [ownChange, setOwnChange] = useState<{ user: AdminUser; change: OwnChange } | null>(null);

  const controls: Omit<UserControlsProps, 'user'> = {
    onChange: (user, change) =>
      user.id === session.me.user.id ? setOwnChange({ user, change }) : void apply(user, change),
    onResetPassword: (user) => void act(() => api.admin.resetPassword(user.id), setSecret),
    onUnlock: (user) =>
      void act(
        () => api.admin.unlock(user.id),
        () => setNotice(`${user.fullName} can sign in again.`),
      ),
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => setRegistering(true)}>
          Register a user
        </Button>
      </div>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {secret?.oneTimePassword && <OneTimePassword registered={secret} onDone={() => setSecret(null)} />}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {!users && !error && <Spinner label="Loading users…" />}
      {users && narrow && <UserCards users={users} controls={controls} />}
      {users && !narrow && <UserTable users={users} controls={controls} />}
      {ownChange && (
        <ConfirmOwnChange
          change={ownChange.change}
          onCancel={() => setOwnChange(null)}
          onConfirm={() => {
            setOwnChange(null);
            void apply(ownChange.user, ownChange.change);
          }}
        />
      )}
      {registering && (
        <RegisterUserDialog
          onClose={() => setRegistering(false)}
          onRegistered={(registered) => {
            setRegistering(false);
            setSecret(registered);
            setNotice(`${registered.user.fullName} was registered.`);
            load();
          }}
        />
      )}
    </div>
  );
}
