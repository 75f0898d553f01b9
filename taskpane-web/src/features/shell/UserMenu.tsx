import {
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuDivider,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { ShieldKeyholeRegular, SignOutRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { titleCase } from '../../ui/format';
import { MfaSetup } from '../auth';
import { useSession } from '../../lib/SessionContext';
import { AccountButton } from './AccountButton';

/**
 * The signed-in user: who they are, their role, two-step sign-in and sign-out. `openAtOnce` opens it as it appears,
 * when the user clicked the account button before this code had arrived.
 */
export function UserMenu({ openAtOnce = false }: { openAtOnce?: boolean }) {
  const { me, signOut, reload } = useSession();
  const [security, setSecurity] = useState(false);
  const user = me.user;

  return (
    <>
      <Menu defaultOpen={openAtOnce}>
        <MenuTrigger disableButtonEnhancement>
          <AccountButton fullName={user.fullName} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuGroupHeader>
              {user.fullName} · {titleCase(user.role)}
            </MenuGroupHeader>
            <MenuGroupHeader>{user.email}</MenuGroupHeader>
            <MenuDivider />
            {user.localPassword && (
              <MenuItem icon={<ShieldKeyholeRegular />} onClick={() => setSecurity(true)}>
                Security
              </MenuItem>
            )}
            <MenuItem icon={<SignOutRegular />} onClick={() => void signOut()}>
              Sign out
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={security} onOpenChange={(_, data) => setSecurity(data.open)}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle
              action={
                <Button appearance="subtle" onClick={() => setSecurity(false)}>
                  Close
                </Button>
              }
            >
              Two-step sign-in
            </DialogTitle>
            <DialogContent>
              {user.mfaEnabled ? (
                <MessageBar intent="success">
                  <MessageBarBody>Two-step sign-in is on for {user.email}.</MessageBarBody>
                </MessageBar>
              ) : (
                <MfaSetup
                  onDone={() => {
                    setSecurity(false);
                    void reload();
                  }}
                />
              )}
            </DialogContent>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
