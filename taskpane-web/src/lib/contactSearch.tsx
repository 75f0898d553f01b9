import { Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeError, useApi, type ContactSummary } from '../api';
import { useDebounced } from '../ui/hooks';
import { contactName, TYPE_LABELS } from './contactLabels';

/**
 * The contacts matching what was typed (name, company or email), searched once typing pauses; a search that a newer
 * one replaced is aborted. `excludeId` leaves one contact out (the contact itself, when picking another).
 */
export function useContactSearch(text: string, excludeId?: string) {
  const api = useApi();
  const q = useDebounced(text.trim(), 250);
  const [options, setOptions] = useState<ContactSummary[]>([]);
  const [error, setError] = useState<string | undefined>();

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
      (failure: unknown) => !controller.signal.aborted && setError(describeError(failure)),
    );
    return () => controller.abort();
  }, [api, q, excludeId]);

  return { q, options, error };
}

/** A contact search's results as combobox options (name, type, email), or a line saying that nothing matched. */
export function ContactOptions({ search }: { search: ReturnType<typeof useContactSearch> }) {
  const { q, options, error } = search;
  return (
    <>
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
    </>
  );
}
