import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type AdminUser, type Registered, type Role } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatDate } from '../../ui/format';
import { useNarrow } from '../../ui/hooks';
import { useSession } from '../../lib/SessionContext';
import { ConfirmOwnChange, type OwnChange } from './ConfirmOwnChange';
import { OneTimePassword } from './OneTimePassword';
import { RegisterUserDialog } from './RegisterUserDialog';
import { ActiveSwitch, RoleDropdown, SignInBadges, UserActions, type UserControlsProps } from './UserControls';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', justifyContent: 'flex-end' },
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  who: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  cards: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  cardRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

const lastSignIn = (user: AdminUser) => (user.lastSignInAt ? formatDate(user.lastSignInAt) : 'Never');

/** The firm's users: change role and active flag (If-Match), reset a password, lift a lock, register someone. */
export function UsersPanel() {
  const styles = useStyles();
  const api = useApi();
  const session = useSession();
  const narrow = useNarrow();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [registering, setRegistering] = useState(false);
  const [secret, setSecret] = useState<Registered | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [ownChange, setOwnChange] = useState<{ user: AdminUser; change: OwnChange } | null>(null);

  const load = useCallback(() => {
    api.admin.users().then(setUsers, setError);
  }, [api]);
  useEffect(load, [load]);

  const act = async <T,>(action: () => Promise<T>, done: (result: T) => void) => {
    setError(null);
    setNotice(null);
    try {
      done(await action());
      load();
    } catch (failure) {
      setError(failure);
      load();
    }
  };
  const apply = async (user: AdminUser, change: { role?: Role; active?: boolean }) => {
    if (user.id !== session.me.user.id) {
      await act(
        () => api.admin.updateUser(user.id, change, user.version),
        () => setNotice(`${user.fullName} was updated.`),
      );
      return;
    }
    // One's own change is followed by a fresh session, whose role then decides what the screen shows.
    setError(null);
    setNotice(null);
    try {
      await api.admin.updateUser(user.id, change, user.version);
      await session.reload();
      if (change.active !== false && (change.role ?? 'admin') === 'admin') load();
    } catch (failure) {
      setError(failure);
      load();
    }
  };
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
      {users && narrow && (
        <ul className={styles.cards} aria-label="Users">
          {users.map((user) => (
            <li key={user.id} className={styles.card} aria-label={user.fullName}>
              <span className={styles.who}>
                <Text weight="semibold">{user.fullName}</Text>
                <Text size={200} className={styles.meta}>
                  {user.email}
                </Text>
              </span>
              <span className={styles.cardRow}>
                <RoleDropdown user={user} {...controls} />
                <ActiveSwitch user={user} {...controls} label="Active" />
              </span>
              <SignInBadges user={user} />
              <Text size={200} className={styles.meta}>{`Last sign-in: ${lastSignIn(user)}`}</Text>
              <UserActions user={user} {...controls} />
            </li>
          ))}
        </ul>
      )}
      {users && !narrow && (
        <Table className={styles.table} aria-label="Users" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>User</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>Active</TableHeaderCell>
              <TableHeaderCell>Sign-in</TableHeaderCell>
              <TableHeaderCell>Last sign-in</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id}>
                <TableCell>
                  <span className={styles.who}>
                    <Text weight="semibold">{user.fullName}</Text>
                    <Text size={200} className={styles.meta}>
                      {user.email}
                    </Text>
                  </span>
                </TableCell>
                <TableCell>
                  <RoleDropdown user={user} {...controls} />
                </TableCell>
                <TableCell>
                  <ActiveSwitch user={user} {...controls} />
                </TableCell>
                <TableCell>
                  <SignInBadges user={user} />
                </TableCell>
                <TableCell>{lastSignIn(user)}</TableCell>
                <TableCell>
                  <UserActions user={user} {...controls} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
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
