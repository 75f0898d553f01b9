import { Combobox, Field, makeStyles, Option, Tag, TagGroup, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeError, useApi, type ContactSummary } from '../../api';
import { useDebounced } from '../../ui/hooks';
import { contactName, TYPE_LABELS } from '../../lib/contactLabels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface AddBySearchProps {
  picked: ContactSummary[];
  onChange: (picked: ContactSummary[]) => void;
}

/** A contact search that collects several contacts; each shows as a removable tag. */
export function AddBySearch({ picked, onChange }: AddBySearchProps) {
  const styles = useStyles();
  const api = useApi();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [options, setOptions] = useState<ContactSummary[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!q) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    api.contacts.list({ q, size: 10 }, controller.signal).then(
      (page) => {
        setOptions(page.items);
        setError(undefined);
      },
      (failure: unknown) => !controller.signal.aborted && setError(describeError(failure)),
    );
    return () => controller.abort();
  }, [api, q]);

  const ids = picked.map((c) => c.id);
  return (
    <div className={styles.root}>
      <Field label="Find contacts" hint="Pick as many as you like." validationMessage={error}>
        <Combobox
          freeform
          multiselect
          placeholder="Type a name, company or email"
          value={text}
          selectedOptions={ids}
          open={open && q.length > 0}
          onOpenChange={(_, data) => setOpen(data.open)}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, data) => {
            const option = options.find((c) => c.id === data.optionValue);
            if (!option) return;
            onChange(ids.includes(option.id) ? picked.filter((c) => c.id !== option.id) : [...picked, option]);
          }}
        >
          {options.map((contact) => (
            <Option key={contact.id} value={contact.id} text={contactName(contact)}>
              {`${contactName(contact)} · ${TYPE_LABELS[contact.type]}${contact.email ? ` · ${contact.email}` : ''}`}
            </Option>
          ))}
          {q && options.length === 0 && !error && (
            <Option disabled value="" text="">
              No matching contacts
            </Option>
          )}
        </Combobox>
      </Field>
      {picked.length > 0 && (
        <TagGroup
          aria-label="Contacts to add"
          onDismiss={(_, data) => onChange(picked.filter((c) => c.id !== data.value))}
        >
          {picked.map((contact) => (
            <Tag
              key={contact.id}
              value={contact.id}
              dismissible
              dismissIcon={{ 'aria-label': `Remove ${contactName(contact)}` }}
              size="small"
            >
              {contactName(contact)}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
