import { Button, Text } from '@fluentui/react-components';
import { TableArrowUpRegular } from '@fluentui/react-icons';
import type { ReadScope } from '../../office/excel';
import { usePaneStyles } from './paneStyles';

export interface ImportActionsProps {
  onImport: (scope: ReadScope) => void;
  canEdit: boolean;
  /** The workbook was never saved: rows can be imported, but the sheet cannot be linked by name. */
  unsaved: boolean;
}

/** The way in for a sheet Steward does not know yet. */
export function ImportActions({ onImport, canEdit, unsaved }: ImportActionsProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.card} aria-label="Import into Steward">
      <h2 className={styles.heading}>Import into Steward</h2>
      <Text>
        {canEdit
          ? 'Steward reads the header row, shows you a preview, and imports nothing until you commit.'
          : 'Your role can read Steward but not import into it.'}
      </Text>
      {unsaved && (
        <Text className={styles.muted}>Save the workbook first to keep this sheet in sync with Steward.</Text>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<TableArrowUpRegular />}
          disabled={!canEdit}
          onClick={() => onImport('sheet')}
        >
          Import this sheet
        </Button>
        <Button disabled={!canEdit} onClick={() => onImport('selection')}>
          Import the selection
        </Button>
      </div>
    </section>
  );
}
