import { makeStyles, tokens } from '@fluentui/react-components';
import type { ComponentType } from 'react';
import type { DefinedTermProps } from './DefinedTerm';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
});

/** A figure: its name, its value as shown, and optionally its definition (shown behind an info button). */
export type Figure = [term: string, value: string, definition?: string];

export interface FiguresProps {
  /** The accessible name of the group ("Firm figures"). */
  label: string;
  figures: Figure[];
  /** Draws a term with its definition: DefinedTerm, or the dashboard's lazily loaded one. */
  Term: ComponentType<DefinedTermProps>;
}

/** Key numbers as cards; each term is the label of its value (a definition list). */
export function Figures({ label, figures, Term }: FiguresProps) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {figures.map(([term, value, definition]) => (
        <div key={term} className={styles.card} data-figure={term}>
          <dt className={styles.term}>
            <Term definition={definition}>{term}</Term>
          </dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
