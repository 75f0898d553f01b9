import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useContactRules, type CustomFieldDefinition } from '../../api';
import { ContactTypeDropdown } from './ContactTypeDropdown';
import { CustomFieldInputs } from './CustomFieldInputs';
import { OtherContactMethods } from './OtherContactMethods';
import { fieldLabel } from '../../ui/fieldLabels';
import { fieldMessage } from '../../ui/fieldMessage';
import type { ContactFormValues, TextField } from './contactForm';
import { TagsField } from './TagsField';
import { useEmailCheck } from './useEmailCheck';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
  },
  dropdown: { minWidth: 0, width: '100%' },
  wide: { gridColumn: '1 / -1' },
});

/** Where the form names a field otherwise than the timeline and the audit log do (ui/fieldLabels). */
const FORM_LABELS: Partial<Record<TextField, string>> = { addressLine1: 'Address' };

const INPUT_TYPES: Partial<Record<TextField, 'email' | 'tel'>> = { email: 'email', phone: 'tel' };
const AUTOCOMPLETE: Partial<Record<TextField, string>> = {
  firstName: 'off',
  lastName: 'off',
  email: 'off',
  phone: 'off',
};

export interface ContactFormProps {
  values: ContactFormValues;
  errors: Readonly<Record<string, string>>;
  onChange: (values: ContactFormValues) => void;
  customFields?: readonly CustomFieldDefinition[];
}

/**
 * Every field of a contact; each server-side error shows on its own field. The service's rules limit the inputs and
 * give the hints once they arrive; until then (or if they cannot be read) the form takes anything and the save judges.
 */
export function ContactForm({ values, errors, onChange, customFields = [] }: ContactFormProps) {
  const styles = useStyles();
  const rules = useContactRules();
  const emailCheck = useEmailCheck(rules?.emailPattern);
  const labelOf = (field: TextField) =>
    field === 'companyName' && values.type === 'estate' ? 'Estate name' : (FORM_LABELS[field] ?? fieldLabel(field));
  // The fields of which this type needs at least one: one alone is required, several share a hint.
  const named = (rules?.namedBy?.[values.type] ?? []) as TextField[];
  const namedHint =
    named.length > 1 ? `Fill in at least one of ${named.map(labelOf).join(' and ').toLowerCase()}.` : undefined;
  const nameFields: TextField[] =
    values.type === 'individual' ? ['firstName', 'lastName', 'companyName', 'jobTitle'] : ['companyName'];
  const rest: TextField[] = [
    'email',
    'phone',
    'addressLine1',
    'addressLine2',
    'city',
    'region',
    'postalCode',
    'country',
  ];

  const text = (field: TextField) => (
    <Field
      key={field}
      label={labelOf(field)}
      required={named.length === 1 && named[0] === field}
      hint={named.length > 1 && named.includes(field) ? namedHint : undefined}
      validationMessage={
        fieldMessage(labelOf(field), errors[field]) ??
        (field === 'email' ? emailCheck.hint(field, values.email) : undefined)
      }
    >
      <Input
        type={INPUT_TYPES[field] ?? 'text'}
        autoComplete={AUTOCOMPLETE[field]}
        maxLength={rules?.maxLengths?.[field]}
        value={values[field]}
        onChange={(_, data) => onChange({ ...values, [field]: data.value })}
        onBlur={(event) => emailCheck.leave(field, event)}
      />
    </Field>
  );

  return (
    <div className={styles.grid}>
      <Field label="Type" required validationMessage={fieldMessage('Type', errors.type)}>
        <ContactTypeDropdown
          className={styles.dropdown}
          value={values.type}
          onChange={(type) => type && onChange({ ...values, type })}
        />
      </Field>
      {nameFields.map(text)}
      {rest.slice(0, 2).map(text)}
      <div className={styles.wide}>
        <OtherContactMethods
          kind="email"
          entries={values.otherEmails}
          errors={errors}
          rules={rules}
          onChange={(otherEmails) => onChange({ ...values, otherEmails })}
        />
      </div>
      <div className={styles.wide}>
        <OtherContactMethods
          kind="phone"
          entries={values.otherPhones}
          errors={errors}
          rules={rules}
          onChange={(otherPhones) => onChange({ ...values, otherPhones })}
        />
      </div>
      {rest.slice(2).map(text)}
      <CustomFieldInputs
        definitions={customFields}
        values={values.custom}
        errors={errors}
        maxTextLength={rules?.maxCustomText}
        onChange={(custom) => onChange({ ...values, custom })}
      />
      <div className={styles.wide}>
        <TagsField
          value={values.tags}
          onChange={(tags) => onChange({ ...values, tags })}
          maxTags={rules?.maxTags}
          maxTagName={rules?.maxTagName}
          validationMessage={fieldMessage('Tags', errors.tags)}
        />
      </div>
      <Field className={styles.wide} label="Notes" validationMessage={fieldMessage('Notes', errors.notes)}>
        <Textarea
          resize="vertical"
          maxLength={rules?.maxLengths?.notes}
          value={values.notes}
          onChange={(_, data) => onChange({ ...values, notes: data.value })}
        />
      </Field>
    </div>
  );
}
