import { Badge, Button, Dropdown, makeStyles, Option, Switch, tokens } from '@fluentui/react-components';
import { KeyResetRegular, LockOpenRegular } from '@fluentui/react-icons';
import type { AdminUser, Role } from '../../api';
import { titleCase } from '../../ui/format';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  role: { minWidth: '110px', width: '120px' },
});

const ROLES: Role[] = ['admin', 'user', 'viewer'];

export const isLocked = (user: AdminUser) => !!user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now();

export interface UserControlsProps {
  user: AdminUser;
  onChange: (user: AdminUser, change: { role?: Role; active?: boolean }) => void;
  onResetPassword: (user: AdminUser) => void;
  onUnlock: (user: AdminUser) => void;
}

export function RoleDropdown({ user, onChange }: Pick<UserControlsProps, 'user' | 'onChange'>) {
  const styles = useStyles();
  return (
    <Dropdown
      className={styles.role}
      size="small"
      aria-label={`Role of ${user.fullName}`}
      value={titleCase(user.role)}
      selectedOptions={[user.role]}
      onOptionSelect={(_, d) =>
        d.optionValue && d.optionValue !== user.role && onChange(user, { role: d.optionValue as Role })
      }
    >
      {ROLES.map((role) => (
        <Option key={role} value={role}>
          {titleCase(role)}
        </Option>
      ))}
    </Dropdown>
  );
}

export function ActiveSwitch({
  user,
  onChange,
  label,
}: Pick<UserControlsProps, 'user' | 'onChange'> & { label?: string }) {
  return (
    <Switch
      aria-label={`${user.fullName} is active`}
      label={label}
      checked={user.active}
      onChange={(_, d) => onChange(user, { active: d.checked })}
    />
  );
}

export function SignInBadges({ user }: { user: AdminUser }) {
  const styles = useStyles();
  return (
    <span className={styles.actions}>
      {user.microsoftAccount && <Badge appearance="outline">Microsoft</Badge>}
      {user.localPassword && <Badge appearance="outline">Password</Badge>}
      {user.mfaEnabled && (
        <Badge appearance="tint" color="success">
          Two-step
        </Badge>
      )}
      {isLocked(user) && (
        <Badge appearance="tint" color="danger">
          Locked
        </Badge>
      )}
    </span>
  );
}

export function UserActions({ user, onResetPassword, onUnlock }: Omit<UserControlsProps, 'onChange'>) {
  const styles = useStyles();
  return (
    <span className={styles.actions}>
      {user.localPassword && (
        <Button size="small" icon={<KeyResetRegular />} onClick={() => onResetPassword(user)}>
          Reset password
        </Button>
      )}
      {isLocked(user) && (
        <Button size="small" icon={<LockOpenRegular />} onClick={() => onUnlock(user)}>
          Unlock
        </Button>
      )}
    </span>
  );
}
