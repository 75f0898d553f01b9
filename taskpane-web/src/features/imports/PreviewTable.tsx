import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { CustomFieldDefinition, PreviewRow } from '../../api';
import { showValue } from '../../ui/ChangesTable';
import { ACTION_BADGE, ACTION_LABELS, fieldLabel, problemText } from './labels';
import { RowNumber } from './RowNumber';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  rowCell: { width: '64px' },
  actionCell: { width: '104px' },
  wrap: { overflowWrap: 'anywhere' },
  lines: { overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  list: { listStyle: 'none', margin: 0, padding: 0, backgroundColor: tokens.colorNeutralBackground1 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemTop: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  conflicts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteMarigoldForeground2 },
  current: { textDecoration: 'line-through' },
});

export interface PreviewTableProps {
  rows: PreviewRow[];
  customFields: CustomFieldDefinition[];
  onRowClick?: (rowNumber: number) => void;
  /** A list instead of a table (narrow screens, the task pane). */
  stacked?: boolean;
}

/** The primary email or phone, and the row's others with their labels under it ("b@y.org (home)"). */
function withOthers(row: PreviewRow, primary: 'email' | 'phone'): string {
  const others = row.values[primary === 'email' ? 'otherEmails' : 'otherPhones'];
  const list = Array.isArray(others) ? others.map(String) : [];
  return [showValue(row.values[primary]), ...list].join('\n');
}

function displayName(row: PreviewRow): string {
  const name = [row.values.firstName, row.values.lastName].filter(Boolean).join(' ');
  return name || showValue(row.values.companyName);
}

/** The first rows of the file as they would be imported: action, main values, errors and conflicting fields. */
export function PreviewTable({ rows, customFields, onRowClick, stacked }: PreviewTableProps) {
  const styles = useStyles();
  if (rows.length === 0) return <Text>The preview has no rows.</Text>;

  const badge = (row: PreviewRow) => (
    <Badge appearance="tint" color={ACTION_BADGE[row.action]}>
      {ACTION_LABELS[row.action]}
    </Badge>
  );
  const notes = (row: PreviewRow) => (
    <>
      {row.errors.length > 0 && (
        <ul className={styles.problems} aria-label={`Problems in row ${row.rowNumber}`}>
          {row.errors.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>{problemText(problem, customFields)}</li>
          ))}
        </ul>
      )}
      {(row.warnings ?? []).length > 0 && (
        <ul className={styles.warnings} aria-label={`Warnings in row ${row.rowNumber}`}>
          {(row.warnings ?? []).map((warning) => (
            <li key={`${warning.field}:${warning.message}`}>{problemText(warning, customFields)}</li>
          ))}
        </ul>
      )}
      {row.conflicts.length > 0 && (
        <ul className={styles.conflicts} aria-label={`Changes in row ${row.rowNumber}`}>
          {row.conflicts.map((conflict) => (
            <li key={conflict.field}>
              {fieldLabel(conflict.field, customFields)}:{' '}
              <span className={styles.current}>{showValue(conflict.current)}</span> → {showValue(conflict.incoming)}
            </li>
          ))}
        </ul>
      )}
    </>
  );

  if (stacked) {
    return (
      <ul className={styles.list} aria-label="Preview">
        {rows.map((row) => (
          <li key={row.rowNumber} className={styles.item}>
            <span className={styles.itemTop}>
              <RowNumber rowNumber={row.rowNumber} onRowClick={onRowClick} />
              {badge(row)}
              <Text weight="semibold" className={styles.wrap}>
                {displayName(row)}
              </Text>
            </span>
            <Text size={200} className={styles.secondary}>
              {[
                row.values.email,
                row.values.otherEmails,
                row.values.phone,
                row.values.otherPhones,
                row.values.companyName,
              ]
                .filter((value) => Boolean(value) && !(Array.isArray(value) && value.length === 0))
                .map(showValue)
                .join(' · ')}
            </Text>
            {notes(row)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Table className={styles.table} aria-label="Preview" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.rowCell}>Row</TableHeaderCell>
          <TableHeaderCell className={styles.actionCell}>Action</TableHeaderCell>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Email</TableHeaderCell>
          <TableHeaderCell>Phone</TableHeaderCell>
          <TableHeaderCell>Company</TableHeaderCell>
          <TableHeaderCell>Problems and changes</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.rowNumber}>
            <TableCell className={styles.rowCell}>
              <RowNumber rowNumber={row.rowNumber} onRowClick={onRowClick} />
            </TableCell>
            <TableCell className={styles.actionCell}>{badge(row)}</TableCell>
            <TableCell className={styles.wrap}>{displayName(row)}</TableCell>
            <TableCell className={styles.lines}>{withOthers(row, 'email')}</TableCell>
            <TableCell className={styles.lines}>{withOthers(row, 'phone')}</TableCell>
            <TableCell className={styles.wrap}>{showValue(row.values.companyName)}</TableCell>
            <TableCell className={styles.wrap}>{notes(row)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
