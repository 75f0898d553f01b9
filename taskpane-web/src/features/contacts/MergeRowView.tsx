import { makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import type { MergeSide } from '../../api';

const useStyles = makeStyles({
  label: {
    color: tokens.colorNeutralForeground2,
    '@media (max-width: 520px)': { gridColumn: '1 / -1', fontWeight: tokens.fontWeightSemibold },
  },
  value: { overflowWrap: 'anywhere' },
  choice: {
    gridColumn: '2 / -1',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    // On a phone each value on its own line, so that a long address has the whole width.
    '@media (max-width: 520px)': { gridColumn: '1 / -1', gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  radio: { minWidth: 0 },
  radioLabel: { overflowWrap: 'anywhere', minWidth: 0 },
});

export interface MergeRowViewProps {
  label: string;
  survivor: string;
  duplicate: string;
  kept: string;
  conflict: boolean;
  side: MergeSide;
  onPick: (side: MergeSide) => void;
}

/** One field of the two contacts: both values, or a choice between them where they conflict. */
export function MergeRowView({ label, survivor, duplicate, kept, conflict, side, onPick }: MergeRowViewProps) {
  const styles = useStyles();
  return (
    <>
      <Text className={styles.label}>{label}</Text>
      {conflict ? (
        <RadioGroup
          className={styles.choice}
          layout="horizontal"
          aria-label={`${label}: which value to keep`}
          value={side}
          onChange={(_, data) => onPick(data.value as MergeSide)}
        >
          <Radio
            className={styles.radio}
            value="survivor"
            label={{ children: survivor, className: styles.radioLabel }}
          />
          <Radio
            className={styles.radio}
            value="duplicate"
            label={{ children: duplicate, className: styles.radioLabel }}
          />
        </RadioGroup>
      ) : (
        <>
          <Text className={styles.value}>{survivor}</Text>
          <Text className={styles.value} title={`Kept: ${kept}`}>
            {duplicate}
          </Text>
        </>
      )}
    </>
  );
}
