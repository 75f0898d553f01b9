import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { HOME, routes, type AppRoute } from '../../routes';
import { useSession } from '../auth/SessionContext';
import { roleAllows } from './roles';
import { NavLinks } from './NavLinks';
import { matchPath, navigate, usePath, type Params } from './router';
import { UserMenu } from './UserMenu';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
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
  main: { flexGrow: 1, padding: tokens.spacingHorizontalM, boxSizing: 'border-box', width: '100%', maxWidth: '1280px', margin: '0 auto' },
});

/** The first route that matches the path and the user's role. */
export function resolveRoute(path: string, role: AppRoute['minRole']): { route: AppRoute; params: Params } | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params && roleAllows(role, route.minRole)) return { route, params };
  }
  return null;
}

/** The web face: header with navigation and user menu, then the page of the current route. */
export function Shell() {
  const styles = useStyles();
  const { me } = useSession();
  const path = usePath();
  const current = resolveRoute(path, me.user.role);

  useEffect(() => {
    if (!current) navigate(HOME, { replace: true });
  }, [current]);

  const navEntries = routes.filter(
    (route): route is AppRoute & Required<Pick<AppRoute, 'nav'>> => !!route.nav && roleAllows(me.user.role, route.minRole),
  );
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text weight="semibold" size={500} className={styles.brand}>
          Steward
        </Text>
        <nav className={styles.nav} aria-label="Sections">
          <NavLinks entries={navEntries} currentSection={current?.route.section} />
        </nav>
        <UserMenu />
      </header>
      <main className={styles.main}>{current?.route.render(current.params)}</main>
    </div>
  );
}
