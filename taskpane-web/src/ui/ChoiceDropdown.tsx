import { Dropdown, makeStyles, Option } from '@fluentui/react-components';

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: '100%' },
});

export interface ChoiceDropdownProps<K extends string> {
  choices: readonly K[];
  labels: Record<K, string>;
  /** The choice made; '' for none, which only a dropdown with `noneLabel` offers. */
  value: K | '';
  onChange: (value: K | '') => void;
  /** The first option, which chooses none ("All channels" in a filter). */
  noneLabel?: string;
}

/** A dropdown of a fixed set of choices (a channel, a status), each shown by its label; it fills its field's width. */
export function ChoiceDropdown<K extends string>({
  choices,
  labels,
  value,
  onChange,
  noneLabel,
}: ChoiceDropdownProps<K>) {
  const styles = useStyles();
  return (
    <Dropdown
      className={styles.dropdown}
      value={value ? labels[value] : (noneLabel ?? '')}
      selectedOptions={[value]}
      onOptionSelect={(_, data) => onChange((data.optionValue ?? '') as K | '')}
    >
      {noneLabel !== undefined && <Option value="">{noneLabel}</Option>}
      {choices.map((choice) => (
        <Option key={choice} value={choice}>
          {labels[choice]}
        </Option>
      ))}
    </Dropdown>
  );
}
