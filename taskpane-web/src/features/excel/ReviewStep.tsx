import { Text } from '@fluentui/react-components';
import type { ImportJob } from '../../api';
import { formatCount } from '../../ui/format';
import { usePaneStyles } from './paneStyles';

export interface ReviewStepProps {
  job: ImportJob;
  onJobChange: (job: ImportJob) => void;
  onRowClick: (rowNumber: number) => void;
  onCommitted: (job: ImportJob) => void;
}

/**
 * The job's review (mapping, preview, commit and progress).
 * TODO: the shared ImportReview (features/imports, branch `imports`) is not on main yet; until it is, the step ends
 * at "job created".
 */
export function ReviewStep({ job }: ReviewStepProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.card} aria-label="Import review">
      <h2 className={styles.heading}>Rows received</h2>
      <Text>Steward received {formatCount(job.rowsTotal)} rows (job created).</Text>
    </section>
  );
}
