import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, useApi, type Registered, type Role } from '../../api';
import { useSubmit } from '../../lib/useSubmit';
import { ErrorBar } from '../../ui/ErrorBar';
import { titleCase } from '../../ui/format';
import { fieldMessage } from '../../ui/fieldMessage';

const useStyles = makeStyles({
  surface: { maxWidth: '480px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface RegisterUserDialogProps {
  onClose: () => void;
  onRegistered: (registered: Registered) => void;
}

/** A new local user; without a password, Steward makes a one-time one, which is shown once. */
export function RegisterUserDialog({ onClose, onRegistered }: RegisterUserDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('user');
  const [password, setPassword] = useState('');
  const { busy, error, onSubmit } = useSubmit(async () =>
    onRegistered(
      await api.admin.register({
        email: email.trim(),
        fullName: fullName.trim(),
        role,
        password: password || undefined,
      }),
    ),
  );
  const errors = error instanceof ApiError ? error.errors : {};
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <form onSubmit={onSubmit} noValidate>
          <DialogBody>
            <DialogTitle>Register a user</DialogTitle>
            <DialogContent className={styles.content}>
              <ErrorBar error={error} />
              <Field label="Email" required validationMessage={fieldMessage('Email', errors.email)}>
                <Input type="email" autoComplete="off" value={email} onChange={(_, d) => setEmail(d.value)} />
              </Field>
              <Field label="Full name" required validationMessage={fieldMessage('Full name', errors.fullName)}>
                <Input autoComplete="off" value={fullName} onChange={(_, d) => setFullName(d.value)} />
              </Field>
              <Field label="Role" required>
                <Dropdown
                  value={titleCase(role)}
                  selectedOptions={[role]}
                  onOptionSelect={(_, d) => d.optionValue && setRole(d.optionValue as Role)}
                >
                  {(['admin', 'user', 'viewer'] as Role[]).map((r) => (
                    <Option key={r} value={r}>
                      {titleCase(r)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field
                label="Password"
                hint="Leave empty and Steward makes a one-time password, which the user changes at first sign-in."
                validationMessage={fieldMessage('Password', errors.password)}
              >
                <Input
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(_, d) => setPassword(d.value)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>Cancel</Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {busy ? 'Registering…' : 'Register'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
