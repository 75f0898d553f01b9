import { useState } from 'react';
import { useApi, type Contact, type CustomFieldDefinition } from '../../api';
import { useVersionedSave } from '../../lib/useVersionedSave';
import { latestChange, type OtherChange } from './conflict';
import { formFromContact, requestFromForm, type ContactFormValues } from './contactForm';

/**
 * Saving a contact: field errors from a 422 (or a 409 naming a field), and a stale version (409) turned into a
 * choice: reload the current values, or overwrite them with the current version. The notice shows the other change.
 */
export function useContactSave(
  initial: Contact | null,
  onSaved: (contact: Contact) => void,
  definitions?: readonly CustomFieldDefinition[],
) {
  const api = useApi();
  const [other, setOther] = useState<OtherChange | null>(null);

  /** Reads the stored contact and its latest change, to show beside the form's values. */
  const readOther = async (id: string) => {
    setOther(null);
    try {
      const [current, timeline] = await Promise.all([api.contacts.get(id), api.admin.timeline(id).catch(() => [])]);
      const change = latestChange(timeline);
      setOther({ current, actor: change?.actor ?? null, at: change?.at ?? current.updatedAt });
    } catch {
      // Without the stored version the notice still offers reload and overwrite.
    }
  };

  const save = useVersionedSave<Contact, ContactFormValues>({
    initial,
    initialValues: () => formFromContact(initial ?? EMPTY_CONTACT),
    formOf: formFromContact,
    get: (id) => api.contacts.get(id),
    send: (values, base, version) => {
      const request = requestFromForm(values, base, version, definitions);
      return base ? api.contacts.update(base.id, request) : api.contacts.create(request);
    },
    onSaved,
    isStale: (failure) => failure.status === 409 && Object.keys(failure.errors).length === 0,
    onStale: (base) => void readOther(base.id),
  });
  return { ...save, conflict: save.conflict && { ...save.conflict, other } };
}

const EMPTY_CONTACT: Contact = {
  id: '',
  type: 'individual',
  displayName: null,
  tags: [],
  createdAt: '',
  updatedAt: '',
  version: 0,
};
