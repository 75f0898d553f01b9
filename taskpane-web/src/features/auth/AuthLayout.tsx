import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    boxSizing: 'border-box',
  },
  card: { width: '100%', maxWidth: '420px', padding: tokens.spacingHorizontalXL },
  brand: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0 },
});

/** The frame of the sign-in pages: the brand, a heading and one card. */
export function AuthLayout({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Card className={styles.card}>
        <Text size={400} className={styles.brand}>
          Steward
        </Text>
        <h1 className={styles.heading}>
          <Text as="span" size={600} weight="semibold">
            {title}
          </Text>
        </h1>
        {children}
        {footer}
      </Card>
    </main>
  );
}
