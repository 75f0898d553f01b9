import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { AdminUser } from '../../api';
import { formatDate } from '../../ui/format';
import { stackedList } from '../../ui/listStyles';
import { ActiveSwitch, RoleDropdown, SignInBadges, UserActions, type UserControlsProps } from './UserControls';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  who: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  cards: stackedList(tokens.spacingVerticalS),
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

export interface UserListProps {
  users: AdminUser[];
  controls: Omit<UserControlsProps, 'user'>;
}

/** A user's name, with the email below it. */
function UserName({ user }: { user: AdminUser }) {
  const styles = useStyles();
  return (
    <span className={styles.who}>
      <Text weight="semibold">{user.fullName}</Text>
      <Text size={200} className={styles.meta}>
        {user.email}
      </Text>
    </span>
  );
}

/** The users as cards, one below the other, for a phone: nothing to scroll sideways. */
export function UserCards({ users, controls }: UserListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.cards} aria-label="Users">
      {users.map((user) => (
        <li key={user.id} className={styles.card} aria-label={user.fullName}>
          <UserName user={user} />
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
  );
}

/** The users as a table, a row each, for a wide screen. */
export function UserTable({ users, controls }: UserListProps) {
  const styles = useStyles();
  return (
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
              <UserName user={user} />
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
  );
}
