import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { ImportPolicy } from '../../api';
import { POLICY_LABELS } from './labels';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground2 },
});

const POLICIES: ImportPolicy[] = ['update', 'skip', 'create'];

export interface PolicyChoiceProps {
  policy: ImportPolicy;
  onChange?: (policy: ImportPolicy) => void;
  disabled?: boolean;
}

/** What happens to rows that match a contact already in Steward. */
export function PolicyChoice({ policy, onChange, disabled }: PolicyChoiceProps) {
  const styles = useStyles();
  return (
    <Field label="Rows that match a contact already in Steward">
      <RadioGroup
        value={policy}
        disabled={disabled || !onChange}
        onChange={(_, data) => onChange?.(data.value as ImportPolicy)}
      >
        {POLICIES.map((value) => (
          <Radio
            key={value}
            value={value}
            label={
              <>
                {POLICY_LABELS[value].label}
                <span className={styles.hint}> — {POLICY_LABELS[value].hint}</span>
              </>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
