import { Dropdown, Field, Input, makeStyles, Option, Textarea, tokens } from '@fluentui/react-components';
import { CONTACT_TYPES, type ContactType, type CustomFieldDefinition } from '../../api';
import { CustomFieldInputs } from './CustomFieldInputs';
import { OtherContactMethods } from './OtherContactMethods';
import { fieldMessage } from '../../ui/fieldMessage';
import type { ContactFormValues, TextField } from './contactForm';
import { TYPE_LABELS } from '../../lib/contactLabels';
import { TagsField } from './TagsField';

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

const LABELS: Record<TextField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  companyName: 'Company',
  jobTitle: 'Job title',
  email: 'Email',
  phone: 'Phone',
  addressLine1: 'Address',
  addressLine2: 'Address line 2',
  city: 'City',
  region: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
  notes: 'Notes',
};

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

/** Every field of a contact; each server-side error shows on its own field. */
export function ContactForm({ values, errors, onChange, customFields = [] }: ContactFormProps) {
  const styles = useStyles();
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
      label={field === 'companyName' && values.type === 'estate' ? 'Estate name' : LABELS[field]}
      validationMessage={fieldMessage(LABELS[field], errors[field])}
    >
      <Input
        type={INPUT_TYPES[field] ?? 'text'}
        autoComplete={AUTOCOMPLETE[field]}
        value={values[field]}
        onChange={(_, data) => onChange({ ...values, [field]: data.value })}
      />
    </Field>
  );

  return (
    <div className={styles.grid}>
      <Field label="Type" required validationMessage={fieldMessage('Type', errors.type)}>
        <Dropdown
          className={styles.dropdown}
          value={TYPE_LABELS[values.type]}
          selectedOptions={[values.type]}
          onOptionSelect={(_, data) =>
            data.optionValue && onChange({ ...values, type: data.optionValue as ContactType })
          }
        >
          {CONTACT_TYPES.map((type) => (
            <Option key={type} value={type}>
              {TYPE_LABELS[type]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {nameFields.map(text)}
      {rest.slice(0, 2).map(text)}
      <div className={styles.wide}>
        <OtherContactMethods
          kind="email"
          entries={values.otherEmails}
          errors={errors}
          onChange={(otherEmails) => onChange({ ...values, otherEmails })}
        />
      </div>
      <div className={styles.wide}>
        <OtherContactMethods
          kind="phone"
          entries={values.otherPhones}
          errors={errors}
          onChange={(otherPhones) => onChange({ ...values, otherPhones })}
        />
      </div>
      {rest.slice(2).map(text)}
      <CustomFieldInputs
        definitions={customFields}
        values={values.custom}
        errors={errors}
        onChange={(custom) => onChange({ ...values, custom })}
      />
      <div className={styles.wide}>
        <TagsField
          value={values.tags}
          onChange={(tags) => onChange({ ...values, tags })}
          validationMessage={fieldMessage('Tags', errors.tags)}
        />
      </div>
      <Field className={styles.wide} label="Notes" validationMessage={fieldMessage('Notes', errors.notes)}>
        <Textarea
          resize="vertical"
          value={values.notes}
          onChange={(_, data) => onChange({ ...values, notes: data.value })}
        />
      </Field>
    </div>
  );
}
