import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ColumnChoice, CustomFieldDefinition, ImportJob, ImportPolicy } from '../../api';
import { MappingEditor } from './MappingEditor';
import { PolicyChoice } from './PolicyChoice';
import { PreviewTable } from './PreviewTable';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface ReadyReviewProps {
  job: ImportJob;
  customFields: CustomFieldDefinition[];
  /** Absent for viewers: everything is read-only. */
  onRemap?: (choice: ColumnChoice) => void;
  onChoosePolicy?: (policy: ImportPolicy) => void;
  disabled: boolean;
  stacked: boolean;
  onRowClick?: (rowNumber: number) => void;
}

/** The dry run before the commit: duplicate policy, column mapping and the preview rows. */
export function ReadyReview({
  job,
  customFields,
  onRemap,
  onChoosePolicy,
  disabled,
  stacked,
  onRowClick,
}: ReadyReviewProps) {
  const styles = useStyles();
  const id = useId();
  const unrecognised = job.mapping.filter((column) => !column.recognised && column.field === 'ignore').length;
  return (
    <>
      <section className={styles.section} aria-labelledby={`${id}-duplicates`}>
        <h3 id={`${id}-duplicates`} className={styles.heading}>
          <Text weight="semibold" size={400}>
            Duplicates
          </Text>
        </h3>
        <PolicyChoice policy={job.policy} onChange={onChoosePolicy} disabled={disabled} />
      </section>
      <section className={styles.section} aria-labelledby={`${id}-columns`}>
        <h3 id={`${id}-columns`} className={styles.heading}>
          <Text weight="semibold" size={400}>
            Columns
          </Text>
        </h3>
        <Text size={200} className={styles.hint}>
          {unrecognised > 0
            ? `${unrecognised} ${unrecognised === 1 ? 'column was' : 'columns were'} not recognised and will be ignored unless you choose a field.`
            : 'Every column was recognised. Change a field if it is wrong.'}
        </Text>
        <MappingEditor
          mapping={job.mapping}
          sampleRows={job.sampleRows}
          customFields={customFields}
          onChange={onRemap}
          disabled={disabled}
          stacked={stacked}
        />
      </section>
      <section className={styles.section} aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`} className={styles.heading}>
          <Text weight="semibold" size={400}>
            Preview
          </Text>
        </h3>
        <Text size={200} className={styles.hint}>
          {`The first ${job.preview.length} of ${job.rowsTotal} rows, as they would be imported.`}
        </Text>
        <PreviewTable rows={job.preview} customFields={customFields} onRowClick={onRowClick} stacked={stacked} />
      </section>
    </>
  );
}
