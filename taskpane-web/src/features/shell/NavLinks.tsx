import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AppRoute } from '../../lib/appRoute';
import { Link } from '../../lib/router';

const useStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0, padding: 0 },
  vertical: { flexDirection: 'column' },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '44px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `3px solid transparent`,
    boxSizing: 'border-box',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorCompoundBrandStroke },
  icon: { fontSize: '20px' },
});

export interface NavLinksProps {
  entries: (AppRoute & Required<Pick<AppRoute, 'nav'>>)[];
  currentSection: string | undefined;
  /** One under the other, as the narrow layout's menu shows them. */
  vertical?: boolean;
}

/** The sections of the app as links; the open one is marked with aria-current. */
export function NavLinks({ entries, currentSection, vertical = false }: NavLinksProps) {
  const styles = useStyles();
  return (
    <ul className={mergeClasses(styles.list, vertical && styles.vertical)}>
      {entries.map(({ section, path, nav: { label, icon: Icon } }) => {
        const current = section === currentSection;
        return (
          <li key={section}>
            <Link
              to={path}
              aria-current={current ? 'page' : undefined}
              className={mergeClasses(styles.link, current && styles.current)}
            >
              <Icon className={styles.icon} aria-hidden />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
