import { Field, ProgressBar } from '@fluentui/react-components';
import type { ImportProgress } from '../../api';
import { formatCount } from '../../ui/format';

/** The commit's progress as "rows done of total". */
export function CommitProgress({ progress }: { progress: ImportProgress }) {
  const total = Math.max(progress.rowsTotal, 0);
  const done = Math.min(progress.rowsDone, total);
  return (
    <Field
      label="Committing the import"
      hint={`${formatCount(done)} of ${formatCount(total)} rows done`}
      validationState="none"
    >
      <ProgressBar value={total > 0 ? done / total : undefined} thickness="large" aria-label="Import progress" />
    </Field>
  );
}
