import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useApi, useContactRules, type ContactSummary } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { ErrorBar } from '../../ui/ErrorBar';
import { TagsField } from '../contacts';
import { noteRequest } from './mailActions';
import { splitName } from './names';
import type { Person } from './people';
import { useSignature } from './useSignature';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  names: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  input: { width: '100%', minWidth: 0 },
  proposals: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Proposal = 'phone' | 'company' | 'jobTitle';
const PROPOSAL_LABELS: Record<Proposal, string> = { phone: 'Phone', company: 'Company', jobTitle: 'Job title' };

export interface AddToStewardProps {
  person: Person;
  isSender: boolean;
  message: OpenMessage;
  bodyText: () => Promise<string>;
  onCancel: () => void;
  onCreated: (contact: ContactSummary) => void;
}

/** A new contact from the message: the name split from the display name, and the signature's proposals once confirmed. */
export function AddToSteward({ person, isSender, bodyText, onCancel, onCreated }: AddToStewardProps) {
  const styles = useStyles();
  const api = useApi();
  const rules = useContactRules();
  const initial = splitName(person.name, person.email);
  const [firstName, setFirstName] = useState(initial.firstName);
  const [lastName, setLastName] = useState(initial.lastName);
  const [email, setEmail] = useState(person.email);
  const [tags, setTags] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState<Record<Proposal, boolean>>({
    phone: false,
    company: false,
    jobTitle: false,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const signature = useSignature(person, isSender, bodyText);

  const proposals = signature.status === 'ready' ? signature.proposals : null;
  const values: Record<Proposal, string | null> = {
    phone: proposals?.phones[0]?.e164 ?? null,
    company: proposals?.company ?? null,
    jobTitle: proposals?.jobTitle ?? null,
  };
  const shown = (Object.keys(values) as Proposal[]).filter((key) => values[key]);
  const take = (key: Proposal) => (confirmed[key] ? values[key] : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.contacts.create({
        type: 'individual',
        firstName: firstName.trim() || null,
        lastName: lastName.trim() || null,
        email: email.trim() || null,
        phone: take('phone'),
        companyName: take('company'),
        jobTitle: take('jobTitle'),
        tags,
      });
      if (note.trim()) await api.mail.file(noteRequest([created.id], note));
      onCreated({ ...created, otherEmails: (created.otherEmails ?? []).map((other) => other.address) });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const phone = proposals?.phones[0];
  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      aria-label={`Add ${`${initial.firstName} ${initial.lastName}`.trim() || person.email} to Steward`}
    >
      <ErrorBar error={error} />
      <div className={styles.names}>
        <Field label="First name">
          <Input className={styles.input} value={firstName} onChange={(_, d) => setFirstName(d.value)} />
        </Field>
        <Field label="Last name">
          <Input className={styles.input} value={lastName} onChange={(_, d) => setLastName(d.value)} />
        </Field>
      </div>
      <Field label="Email">
        <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      {signature.status === 'loading' && <Spinner size="extra-tiny" label="Reading the signature…" />}
      {signature.status === 'failed' && <ErrorBar title="The signature could not be read" error={signature.error} />}
      {signature.status === 'none' && (
        <Text size={200}>No signature of theirs in this message: add phone and company later in Steward.</Text>
      )}
      {shown.length > 0 && (
        <fieldset className={styles.proposals}>
          <legend className={styles.legend}>From their signature (tick what is right)</legend>
          {shown.map((key) => (
            <Checkbox
              key={key}
              checked={confirmed[key]}
              onChange={(_, d) => setConfirmed({ ...confirmed, [key]: d.checked === true })}
              label={`${PROPOSAL_LABELS[key]}: ${key === 'phone' && phone ? phone.raw : values[key]}`}
            />
          ))}
        </fieldset>
      )}
      <TagsField value={tags} onChange={setTags} maxTags={rules?.maxTags} maxTagName={rules?.maxTagName} />
      <Field label="Note">
        <Textarea resize="vertical" value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={busy}>
          {busy ? <Spinner size="extra-tiny" label="Adding…" /> : 'Add to Steward'}
        </Button>
        <Button size="small" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
