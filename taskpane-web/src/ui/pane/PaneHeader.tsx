import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useIdleAfterDraw } from '../hooks';
import { PaneAccountButton } from './PaneAccountButton';

// The account menu's code is not needed for the card: it loads when pointed at, or when the pane is idle.
const loadPaneMenu = () => import('./PaneAccountMenu').then((m) => ({ default: m.PaneAccountMenu }));
const PaneAccountMenu = lazy(loadPaneMenu);

function AccountMenu() {
  const idle = useIdleAfterDraw(2000);
  const [wanted, setWanted] = useState<'no' | 'open'>('no');
  const placeholder = (
    <PaneAccountButton
      aria-haspopup="menu"
      onPointerEnter={() => void loadPaneMenu()}
      onFocus={() => void loadPaneMenu()}
      onClick={() => setWanted('open')}
    />
  );
  if (!idle && wanted === 'no') return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <PaneAccountMenu openAtOnce={wanted === 'open'} />
    </Suspense>
  );
}

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
  subtitle: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
});

export interface PaneHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
}

/** The pane's top line: what it is about, and the account menu. */
export function PaneHeader({ title, subtitle }: PaneHeaderProps) {
  const styles = useStyles();
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
      <AccountMenu />
    </header>
  );
}
