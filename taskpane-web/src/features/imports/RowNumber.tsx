import { Button, makeStyles, Text } from '@fluentui/react-components';

const useStyles = makeStyles({
  button: { minWidth: 'auto', fontVariantNumeric: 'tabular-nums' },
});

export interface RowNumberProps {
  rowNumber: number;
  /** When given, the number is a button (the Excel pane selects that sheet row). */
  onRowClick?: (rowNumber: number) => void;
}

/** A sheet row number, clickable where the host can point at the row. */
export function RowNumber({ rowNumber, onRowClick }: RowNumberProps) {
  const styles = useStyles();
  if (!onRowClick) return <Text>{rowNumber}</Text>;
  return (
    <Button
      className={styles.button}
      size="small"
      appearance="transparent"
      aria-label={`Go to row ${rowNumber}`}
      onClick={() => onRowClick(rowNumber)}
    >
      {rowNumber}
    </Button>
  );
}
