import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import type { ContactMethodLabel } from '../../api';
import { fieldMessage } from '../../ui/fieldMessage';
import type { OtherValue } from './contactForm';

const LABELS: Record<ContactMethodLabel, string> = { work: 'Work', home: 'Home', mobile: 'Mobile', other: 'Other' };
const MAX = 10;

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
}

/** A contact's emails or phones besides the primary one, each with its label; up to ten. */
export function OtherContactMethods({ kind, entries, errors, onChange }: OtherContactMethodsProps) {
  const styles = useStyles();
  const noun = kind === 'email' ? 'email' : 'phone';
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
            validationMessage={fieldMessage(kind === 'email' ? 'This email' : 'This number', errors[errorKey(i)])}
          >
            <Input
              type={kind === 'email' ? 'email' : 'tel'}
              autoComplete="off"
              maxLength={kind === 'email' ? 254 : 50}
              value={entry.value}
              onChange={(_, data) => update(i, { ...entry, value: data.value })}
            />
          </Field>
          <Field label="Kind" className={styles.label}>
            <Dropdown
              aria-label={`Kind of other ${noun} ${i + 1}`}
              value={LABELS[entry.label]}
              selectedOptions={[entry.label]}
              onOptionSelect={(_, data) =>
                data.optionValue && update(i, { ...entry, label: data.optionValue as ContactMethodLabel })
              }
            >
              {(Object.keys(LABELS) as ContactMethodLabel[]).map((label) => (
                <Option key={label} value={label}>
                  {LABELS[label]}
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
      {entries.length < MAX && (
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
