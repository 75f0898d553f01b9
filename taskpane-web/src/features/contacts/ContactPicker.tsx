import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type ContactSummary } from '../../api';
import { useDebounced } from '../../ui/hooks';
import { contactName, TYPE_LABELS } from '../../lib/contactLabels';

export interface ContactPickerProps {
  label: string;
  /** Left out of the choices (the contact itself). */
  excludeId?: string;
  value: ContactSummary | null;
  onChange: (contact: ContactSummary | null) => void;
  validationMessage?: string;
}

/** Finds a contact by typing part of its name, company or email. */
export function ContactPicker({ label, excludeId, value, onChange, validationMessage }: ContactPickerProps) {
  const api = useApi();
  const [text, setText] = useState(value ? contactName(value) : '');
  const q = useDebounced(text.trim(), 250);
  const [options, setOptions] = useState<ContactSummary[]>([]);
  const [error, setError] = useState<string | undefined>();
  // Opened by typing or pasting, and kept open while results arrive.
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!q) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    api.contacts.list({ q, size: 10 }, controller.signal).then(
      (page) => {
        setOptions(page.items.filter((contact) => contact.id !== excludeId));
        setError(undefined);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure instanceof Error ? failure.message : 'Search failed.');
      },
    );
    return () => controller.abort();
  }, [api, q, excludeId]);

  return (
    <Field label={label} required validationMessage={validationMessage ?? error}>
      <Combobox
        freeform
        placeholder="Type a name, company or email"
        value={text}
        selectedOptions={value ? [value.id] : []}
        open={open && q.length > 0}
        onOpenChange={(_, data) => setOpen(data.open)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (value) onChange(null);
        }}
        onOptionSelect={(_, data) => {
          const picked = options.find((contact) => contact.id === data.optionValue) ?? null;
          onChange(picked);
          if (picked) setText(contactName(picked));
          setOpen(false);
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
  );
}
