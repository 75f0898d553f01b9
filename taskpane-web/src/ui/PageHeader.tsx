import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

/** A page's title (its one h1), with the page's actions beside it, wrapping below it when narrow. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <h1 className={styles.title}>
        <Text size={600} weight="semibold">
          {title}
        </Text>
      </h1>
      {children}
    </div>
  );
}
