import { Field, Select } from '@fluentui/react-components';
import type { WorkbookSheetInfo } from '../../office/excel';

export interface SheetPickerProps {
  sheets: WorkbookSheetInfo[];
  /** The active sheet, which the pane imports. */
  current: string;
  onPick: (name: string) => void;
  disabled?: boolean;
}

const rowsInWords = (rows: number) => (rows === 1 ? '1 row' : `${rows.toLocaleString()} rows`);

/**
 * Which sheet of a workbook with several to import: the pane works on the active sheet, so picking one opens it.
 * Hidden sheets are left out, as Excel leaves them out of its tabs.
 */
export function SheetPicker({ sheets, current, onPick, disabled }: SheetPickerProps) {
  const visible = sheets.filter((sheet) => !sheet.hidden);
  if (visible.length < 2) return null;
  return (
    <Field label="Sheet to import" hint="This workbook has several sheets; Steward imports the one open in Excel.">
      <Select value={current} disabled={disabled} onChange={(_, data) => data.value !== current && onPick(data.value)}>
        {visible.map((sheet) => (
          <option key={sheet.name} value={sheet.name}>
            {`${sheet.name} (${rowsInWords(sheet.rows)})`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
