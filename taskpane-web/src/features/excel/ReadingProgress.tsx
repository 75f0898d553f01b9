import { Field, ProgressBar } from '@fluentui/react-components';
import { formatCount } from '../../ui/format';
import type { ReadProgress } from './sheetSync';

/** How far reading (and sending) the sheet's rows has come. */
export function ReadingProgress({ progress }: { progress: ReadProgress | null }) {
  const label = progress
    ? `Read ${formatCount(progress.rowsRead)} of ${formatCount(progress.rowsTotal)} rows`
    : 'Reading the sheet…';
  const value = progress && progress.rowsTotal > 0 ? progress.rowsRead / progress.rowsTotal : undefined;
  return (
    <Field label="Sending the sheet to Steward" validationMessage={label} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label={label} />
    </Field>
  );
}
