import { Button, Dropdown, Field, Input, makeStyles, Option, Spinner, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, CUSTOM_FIELD_TYPES, useApi, type CustomFieldDefinition, type CustomFieldType } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { titleCase } from '../../ui/format';
import { fieldMessage } from '../../ui/fieldMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // One column on a phone, so that no label or hint meets its neighbour.
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  list: { listStyle: 'none', margin: 0, padding: 0, backgroundColor: tokens.colorNeutralBackground1 },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { flexGrow: 1, flexBasis: '120px', minWidth: 0, overflowWrap: 'anywhere' },
  dropdown: { minWidth: 0, width: '100%' },
  meta: {
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyMonospace,
    flexShrink: 1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});

/** The firm's own contact fields: list, add, delete. */
export function CustomFieldsPanel() {
  const styles = useStyles();
  const api = useApi();
  const [fields, setFields] = useState<CustomFieldDefinition[] | null>(null);
  const [draft, setDraft] = useState<CustomFieldDefinition>({ key: '', label: '', type: 'text' });
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    api.admin.customFields().then(setFields, setError);
  }, [api]);
  useEffect(load, [load]);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      load();
    } catch (failure) {
      setError(failure);
    }
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.admin.createCustomField({ ...draft, key: draft.key.trim(), label: draft.label.trim() });
      setDraft({ key: '', label: '', type: 'text' });
    });
  };
  const errors = error instanceof ApiError ? error.errors : {};

  return (
    <div className={styles.root}>
      <form className={styles.form} onSubmit={create} noValidate aria-label="Add a custom field">
        <Field label="Label" required validationMessage={fieldMessage('Label', errors.label)}>
          <Input
            value={draft.label}
            onChange={(_, d) => setDraft({ ...draft, label: d.value, key: draft.key || '' })}
            onBlur={() => !draft.key && setDraft({ ...draft, key: keyFrom(draft.label) })}
          />
        </Field>
        <Field
          label="Key"
          required
          hint="Lowercase letters, digits and _"
          validationMessage={fieldMessage('Key', errors.key)}
        >
          <Input value={draft.key} onChange={(_, d) => setDraft({ ...draft, key: d.value })} />
        </Field>
        <Field label="Type" required>
          <Dropdown
            className={styles.dropdown}
            value={titleCase(draft.type)}
            selectedOptions={[draft.type]}
            onOptionSelect={(_, d) => d.optionValue && setDraft({ ...draft, type: d.optionValue as CustomFieldType })}
          >
            {CUSTOM_FIELD_TYPES.map((type) => (
              <Option key={type} value={type}>
                {titleCase(type)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button type="submit" icon={<AddRegular />}>
          Add field
        </Button>
      </form>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {!fields && !error && <Spinner label="Loading custom fields…" />}
      {fields?.length === 0 && <Text>No custom fields yet. Fields added here appear in every contact's form.</Text>}
      {fields && fields.length > 0 && (
        <ul className={styles.list} aria-label="Custom fields">
          {fields.map((field) => (
            <li key={field.key} className={styles.item}>
              <Text className={styles.label} weight="semibold">
                {field.label}
              </Text>
              <Text size={200} className={styles.meta}>{`${field.key} · ${field.type}`}</Text>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Delete the field ${field.label}`}
                onClick={() => void run(() => api.admin.deleteCustomField(field.key))}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Date of death" → "date_of_death". */
export function keyFrom(label: string): string {
  const key = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^[^a-z]+/, '');
  return key.slice(0, 50);
}
