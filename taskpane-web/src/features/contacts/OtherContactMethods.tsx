import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import type { ContactRules } from '../../api';
import { fieldMessage } from '../../ui/fieldMessage';
import type { OtherValue } from './contactForm';
import { useEmailCheck } from './useEmailCheck';

/** "mobile" reads "Mobile". */
const labelText = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 8rem auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  label: { minWidth: 0 },
  add: { alignSelf: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface OtherContactMethodsProps {
  /** "email" or "phone": names the inputs and the server's error keys (otherEmails[0].address, …). */
  kind: 'email' | 'phone';
  entries: OtherValue[];
  errors: Readonly<Record<string, string>>;
  onChange: (entries: OtherValue[]) => void;
  /** The service's rules; until they arrive, rows are unlimited and each offers only the label it has. */
  rules?: ContactRules;
}

/** A contact's emails or phones besides the primary one, each with its label; as many as the rules allow. */
export function OtherContactMethods({ kind, entries, errors, onChange, rules }: OtherContactMethodsProps) {
  const styles = useStyles();
  const noun = kind === 'email' ? 'email' : 'phone';
  const maxEntries = (kind === 'email' ? rules?.maxOtherEmails : rules?.maxOtherPhones) ?? Infinity;
  const emailCheck = useEmailCheck(kind === 'email' ? rules?.emailPattern : undefined);
  const labelsFor = (entry: OtherValue) => rules?.otherLabels ?? [entry.label];
  const errorKey = (i: number) => (kind === 'email' ? `otherEmails[${i}].address` : `otherPhones[${i}].number`);
  // A 409 names the list when one of its addresses is another contact's.
  const listError = errors[kind === 'email' ? 'otherEmails' : 'otherPhones'];
  const update = (i: number, entry: OtherValue) => onChange(entries.map((e, k) => (k === i ? entry : e)));
  return (
    <div className={styles.root}>
      {entries.map((entry, i) => (
        <div key={i} className={styles.row}>
          <Field
            label={`Other ${noun} ${i + 1}`}
            validationMessage={
              fieldMessage(kind === 'email' ? 'This email' : 'This number', errors[errorKey(i)]) ??
              emailCheck.hint(errorKey(i), entry.value)
            }
          >
            <Input
              type={kind === 'email' ? 'email' : 'tel'}
              autoComplete="off"
              maxLength={rules?.maxLengths?.[kind]}
              value={entry.value}
              onChange={(_, data) => update(i, { ...entry, value: data.value })}
              onBlur={(event) => emailCheck.leave(errorKey(i), event)}
            />
          </Field>
          <Field label="Kind" className={styles.label}>
            <Dropdown
              aria-label={`Kind of other ${noun} ${i + 1}`}
              value={labelText(entry.label)}
              selectedOptions={[entry.label]}
              onOptionSelect={(_, data) => data.optionValue && update(i, { ...entry, label: data.optionValue })}
            >
              {labelsFor(entry).map((label) => (
                <Option key={label} value={label}>
                  {labelText(label)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label=" ">
            <Button
              appearance="subtle"
              icon={<DismissRegular />}
              aria-label={`Remove other ${noun} ${i + 1}`}
              onClick={() => onChange(entries.filter((_, k) => k !== i))}
            />
          </Field>
        </div>
      ))}
      {listError && (
        <Caption1 className={styles.error}>{fieldMessage(`One of the other ${noun}s`, listError)}</Caption1>
      )}
      {entries.length < maxEntries && (
        <Button
          className={styles.add}
          appearance="subtle"
          icon={<AddRegular />}
          onClick={() => onChange([...entries, { value: '', label: kind === 'email' ? 'work' : 'mobile' }])}
        >
          Add another {noun}
        </Button>
      )}
    </div>
  );
}
