import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Role } from '../../api';
import { titleCase } from '../../ui/format';

/** A change an admin is about to make to their own account. */
export interface OwnChange {
  role?: Role;
  active?: boolean;
}

function consequence(change: OwnChange): string {
  if (change.active === false)
    return 'You will be signed out and cannot sign in again until another administrator turns your account back on.';
  if (change.role === 'admin') return 'You will keep every right you have.';
  return `You will no longer reach administration${change.role === 'viewer' ? ', and you will only be able to read the firm’s records' : ''}. Only another administrator can give the role back.`;
}

/** Asks before admins change their own role or switch themselves off: one click must not lock them out. */
export function ConfirmOwnChange({
  change,
  onConfirm,
  onCancel,
}: {
  change: OwnChange;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const title =
    change.active === false
      ? 'Switch off your own account?'
      : `Change your own role to ${titleCase(change.role ?? '')}?`;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{consequence(change)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {change.active === false ? 'Switch off my account' : 'Change my role'}
            </Button>
            <Button onClick={onCancel}>Keep it as it is</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
