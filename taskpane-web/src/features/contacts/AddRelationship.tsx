import { Button, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError, useApi, type ContactSummary, type RelationshipType } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { fieldMessage } from '../../ui/fieldMessage';
import { ContactPicker } from './ContactPicker';
import { RELATIONSHIP_LABELS } from '../../lib/contactLabels';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

const TYPES = Object.keys(RELATIONSHIP_LABELS) as RelationshipType[];

export interface AddRelationshipProps {
  contactId: string;
  contactName: string;
  onAdded: () => void;
  onCancel: () => void;
}

/** "This contact [is executor of] [that contact]". */
export function AddRelationship({ contactId, contactName, onAdded, onCancel }: AddRelationshipProps) {
  const styles = useStyles();
  const api = useApi();
  const [type, setType] = useState<RelationshipType>('related_to');
  const [other, setOther] = useState<ContactSummary | null>(null);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!other) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.contacts.addRelationship(contactId, other.id, type, notes.trim());
      onAdded();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const errors = error instanceof ApiError ? error.errors : {};
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label="Add a relationship">
      <ErrorBar error={error} />
      <Field label={`${contactName} is…`} required validationMessage={fieldMessage('Type', errors.type)}>
        <Dropdown
          value={RELATIONSHIP_LABELS[type]}
          selectedOptions={[type]}
          onOptionSelect={(_, data) => data.optionValue && setType(data.optionValue as RelationshipType)}
        >
          {TYPES.map((value) => (
            <Option key={value} value={value}>
              {RELATIONSHIP_LABELS[value]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ContactPicker
        label="Other contact"
        excludeId={contactId}
        value={other}
        onChange={(picked) => {
          setOther(picked);
          setMissing(false);
        }}
        validationMessage={missing ? 'Choose a contact from the list.' : fieldMessage('Contact', errors.toContactId)}
      />
      <Field label="Notes">
        <Input value={notes} onChange={(_, d) => setNotes(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add relationship'}
        </Button>
      </div>
    </form>
  );
}
