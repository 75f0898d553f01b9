import {
  Menu,
  MenuDivider,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { OpenRegular, SignOutRegular } from '@fluentui/react-icons';
import { useSession } from '../../lib/SessionContext';
import { PaneAccountButton } from './PaneAccountButton';

/** The pane's account menu: who is signed in, the browser CRM, sign-out. */
export function PaneAccountMenu({ openAtOnce = false }: { openAtOnce?: boolean }) {
  const { me, signOut } = useSession();
  return (
    <Menu positioning="below-end" defaultOpen={openAtOnce}>
      <MenuTrigger disableButtonEnhancement>
        <PaneAccountButton />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroupHeader>{me.user.email}</MenuGroupHeader>
          <MenuItem
            icon={<OpenRegular />}
            onClick={() => window.open(`${window.location.origin}/`, '_blank', 'noopener')}
          >
            Open Steward in the browser
          </MenuItem>
          <MenuDivider />
          <MenuItem icon={<SignOutRegular />} onClick={() => void signOut()}>
            Sign out
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
