import { Badge, Button, Dropdown, makeStyles, MessageBar, MessageBarBody, Option, Spinner, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { KeyResetRegular, LockOpenRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type AdminUser, type Registered, type Role } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatDate, titleCase } from '../../ui/format';
import { OneTimePassword } from './OneTimePassword';
import { RegisterUserDialog } from './RegisterUserDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', justifyContent: 'flex-end' },
  scroll: { overflowX: 'auto', backgroundColor: tokens.colorNeutralBackground1 },
  table: { minWidth: '760px' },
  who: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  role: { minWidth: '110px', width: '120px' },
});

const ROLES: Role[] = ['admin', 'user', 'viewer'];

/** The firm's users: change role and active flag (If-Match), reset a password, lift a lock, register someone. */
export function UsersPanel() {
  const styles = useStyles();
  const api = useApi();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [registering, setRegistering] = useState(false);
  const [secret, setSecret] = useState<Registered | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

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
  const update = (user: AdminUser, change: { role?: Role; active?: boolean }) =>
    act(() => api.admin.updateUser(user.id, change, user.version), () => setNotice(`${user.fullName} was updated.`));
  const locked = (user: AdminUser) => !!user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now();

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button appearance="primary" icon={<PersonAddRegular />} onClick={() => setRegistering(true)}>Register a user</Button>
      </div>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {secret?.oneTimePassword && <OneTimePassword registered={secret} onDone={() => setSecret(null)} />}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {!users && !error && <Spinner label="Loading users…" />}
      {users && (
        <div className={styles.scroll}>
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
                      <Text size={200} className={styles.meta}>{user.email}</Text>
                    </span>
                  </TableCell>
                  <TableCell>
                    <Dropdown
                      className={styles.role}
                      size="small"
                      aria-label={`Role of ${user.fullName}`}
                      value={titleCase(user.role)}
                      selectedOptions={[user.role]}
                      onOptionSelect={(_, d) => d.optionValue && d.optionValue !== user.role && void update(user, { role: d.optionValue as Role })}
                    >
                      {ROLES.map((role) => (
                        <Option key={role} value={role}>{titleCase(role)}</Option>
                      ))}
                    </Dropdown>
                  </TableCell>
                  <TableCell>
                    <Switch aria-label={`${user.fullName} is active`} checked={user.active} onChange={(_, d) => void update(user, { active: d.checked })} />
                  </TableCell>
                  <TableCell>
                    <span className={styles.actions}>
                      {user.microsoftAccount && <Badge appearance="outline">Microsoft</Badge>}
                      {user.localPassword && <Badge appearance="outline">Password</Badge>}
                      {user.mfaEnabled && <Badge appearance="tint" color="success">Two-step</Badge>}
                      {locked(user) && <Badge appearance="tint" color="danger">Locked</Badge>}
                    </span>
                  </TableCell>
                  <TableCell>{user.lastSignInAt ? formatDate(user.lastSignInAt) : 'Never'}</TableCell>
                  <TableCell>
                    <span className={styles.actions}>
                      {user.localPassword && (
                        <Button size="small" icon={<KeyResetRegular />} onClick={() => void act(() => api.admin.resetPassword(user.id), setSecret)}>
                          Reset password
                        </Button>
                      )}
                      {locked(user) && (
                        <Button size="small" icon={<LockOpenRegular />} onClick={() => void act(() => api.admin.unlock(user.id), () => setNotice(`${user.fullName} can sign in again.`))}>
                          Unlock
                        </Button>
                      )}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
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
