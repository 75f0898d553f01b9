import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DismissRegular, NavigationRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useIdleAfterDraw, useNarrow } from '../../ui/hooks';
import type { AppRoute } from '../../lib/appRoute';
import { HOME, routes } from '../../routes';
import { useSession } from '../../lib/SessionContext';
import { AccountButton } from './AccountButton';
import { roleAllows } from '../../lib/roles';
import { NavLinks } from './NavLinks';
import { NotAllowed } from './NotAllowed';
import { matchPath, navigate, usePath, type Params } from '../../lib/router';

// The account menu (menus, dialogs, two-step setup) is not part of the first screen: its code loads when the user
// points at the account button, or once the browser is idle a while after the first screen.
const loadUserMenu = () => import('./UserMenu').then((m) => ({ default: m.UserMenu }));
const UserMenu = lazy(loadUserMenu);
const MENU_IDLE_DELAY_MS = 3000;

/** The account button alone until the menu's code is wanted; then the menu, opened at once if it was clicked. */
function AccountMenu() {
  const { me } = useSession();
  const idle = useIdleAfterDraw(MENU_IDLE_DELAY_MS);
  const [wanted, setWanted] = useState<'no' | 'soon' | 'open'>('no');
  const placeholder = (
    <AccountButton
      fullName={me.user.fullName}
      aria-haspopup="menu"
      onPointerEnter={() => void loadUserMenu()}
      onFocus={() => void loadUserMenu()}
      onClick={() => setWanted('open')}
    />
  );
  if (!idle && wanted === 'no') return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserMenu openAtOnce={wanted === 'open'} />
    </Suspense>
  );
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    minHeight: '48px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { color: tokens.colorBrandForeground1, whiteSpace: 'nowrap' },
  nav: { flexGrow: 1, minWidth: 0, overflowX: 'auto' },
  spacer: { flexGrow: 1 },
  drawer: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  main: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '1280px',
    margin: '0 auto',
  },
});

/** The first route that matches the path and the user's role. */
export function resolveRoute(path: string, role: AppRoute['minRole']): { route: AppRoute; params: Params } | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params && roleAllows(role, route.minRole)) return { route, params };
  }
  return null;
}

/** The page a path names whatever the role: the user followed a link to it, and is told it is not for them. */
export function forbiddenRoute(path: string): AppRoute | null {
  return routes.find((route) => matchPath(route.path, path)) ?? null;
}

/** The web face: header with navigation and user menu, then the page of the current route. */
export function Shell() {
  const styles = useStyles();
  const { me } = useSession();
  const path = usePath();
  const current = resolveRoute(path, me.user.role);
  const forbidden = current ? null : forbiddenRoute(path);

  useEffect(() => {
    if (!current && !forbidden) navigate(HOME, { replace: true });
  }, [current, forbidden]);

  const narrow = useNarrow();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);

  const navEntries = routes.filter(
    (route): route is AppRoute & Required<Pick<AppRoute, 'nav'>> =>
      !!route.nav && roleAllows(me.user.role, route.minRole),
  );
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        {narrow && (
          <Button
            appearance="subtle"
            icon={menuOpen ? <DismissRegular /> : <NavigationRegular />}
            aria-label="Menu"
            aria-expanded={menuOpen}
            aria-controls="sections-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          />
        )}
        <Text weight="semibold" size={500} className={styles.brand}>
          Steward
        </Text>
        {narrow ? (
          <span className={styles.spacer} />
        ) : (
          <nav className={styles.nav} aria-label="Sections">
            <NavLinks entries={navEntries} currentSection={current?.route.section} />
          </nav>
        )}
        <AccountMenu />
      </header>
      {narrow && menuOpen && (
        <nav id="sections-menu" className={styles.drawer} aria-label="Sections">
          <NavLinks entries={navEntries} currentSection={current?.route.section} vertical />
        </nav>
      )}
      <main className={styles.main}>
        {current?.route.render(current.params)}
        {forbidden && <NotAllowed role={me.user.role} needed={forbidden.minRole} />}
      </main>
    </div>
  );
}
