import { Field, Input, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import type { Period } from '../../api';
import { QUICK_PICK_LABELS, QUICK_PICKS, quickPeriod, quickPickOf } from './periods';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  picks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  day: { width: '11rem' },
});

export interface PeriodPickerProps {
  value: Period;
  onChange: (period: Period) => void;
  /** Today as an ISO day, which the quick picks count from. */
  today: string;
  /** What is wrong with the period, shown under the last day. */
  problem?: string | null;
}

/** From and to days, with quick picks for the last month, quarter and year. */
export function PeriodPicker({ value, onChange, today, problem }: PeriodPickerProps) {
  const styles = useStyles();
  const picked = quickPickOf(value, today);
  return (
    <div className={styles.root}>
      <div className={styles.picks} role="group" aria-label="Quick periods">
        {QUICK_PICKS.map((pick) => (
          <ToggleButton
            key={pick}
            size="small"
            checked={picked === pick}
            onClick={() => onChange(quickPeriod(pick, today))}
          >
            {QUICK_PICK_LABELS[pick]}
          </ToggleButton>
        ))}
      </div>
      <Field label="From">
        <Input
          className={styles.day}
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={(_, data) => onChange({ ...value, from: data.value })}
        />
      </Field>
      <Field label="To" validationMessage={problem ?? undefined}>
        <Input
          className={styles.day}
          type="date"
          value={value.to}
          min={value.from || undefined}
          onChange={(_, data) => onChange({ ...value, to: data.value })}
        />
      </Field>
    </div>
  );
}
