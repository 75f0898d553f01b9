import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ImportJob } from '../../api';
import { formatCount } from '../../ui/format';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(96px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  compact: { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  rejected: { color: tokens.colorPaletteRedForeground1 },
});

export interface ImportCountsProps {
  job: ImportJob;
  compact?: boolean;
}

/** Rows by what happens to them: "would be" before the commit, "were" after it. */
export function ImportCounts({ job, compact }: ImportCountsProps) {
  const styles = useStyles();
  const counts = job.counts ?? { created: 0, updated: 0, unchanged: 0, skipped: 0, rejected: 0 };
  const figures: [term: string, value: number][] = [
    ['New', counts.created],
    ['Updated', counts.updated],
    ['Unchanged', counts.unchanged],
    ['Skipped', counts.skipped],
    ['Rejected', counts.rejected],
  ];
  if (job.duplicates) {
    figures.push(['Repeated in file', job.duplicates.inFile], ['Already in Steward', job.duplicates.inCrm]);
  }
  const done = job.status === 'committed' || job.status === 'undone';
  return (
    <dl
      className={mergeClasses(styles.list, compact && styles.compact)}
      aria-label={done ? 'Import outcome' : 'What the import would do'}
    >
      {figures.map(([term, value]) => (
        <div key={term} className={styles.card} data-figure={term}>
          <dt className={styles.term}>
            <Text size={200}>{term}</Text>
          </dt>
          <dd className={mergeClasses(styles.value, term === 'Rejected' && value > 0 && styles.rejected)}>
            {formatCount(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
