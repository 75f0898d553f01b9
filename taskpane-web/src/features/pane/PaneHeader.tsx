import {
  Avatar,
  Button,
  makeStyles,
  Menu,
  MenuDivider,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import { OpenRegular, SignOutRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useSession } from '../auth/SessionContext';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0, fontSize: 'inherit', lineHeight: 'inherit', display: 'flex', minWidth: 0 },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  subtitle: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export interface PaneHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
}

/** The pane's top line: what it is about, and the account menu. */
export function PaneHeader({ title, subtitle }: PaneHeaderProps) {
  const styles = useStyles();
  const { me, signOut } = useSession();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.heading}>
          <Text weight="semibold" className={styles.title}>
            {title}
          </Text>
        </h1>
        {subtitle && (
          <Text size={200} className={styles.subtitle}>
            {subtitle}
          </Text>
        )}
      </div>
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          <Button
            appearance="transparent"
            aria-label={`Account: ${me.user.fullName}`}
            icon={<Avatar size={24} color="brand" aria-hidden />}
          />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuGroupHeader>{me.user.email}</MenuGroupHeader>
            <MenuItem icon={<OpenRegular />} onClick={() => window.open(`${window.location.origin}/`, '_blank', 'noopener')}>
              Open Steward in the browser
            </MenuItem>
            <MenuDivider />
            <MenuItem icon={<SignOutRegular />} onClick={() => void signOut()}>
              Sign out
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </header>
  );
}
