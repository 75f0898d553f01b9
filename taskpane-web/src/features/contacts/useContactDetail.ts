import { useEffect, useState } from 'react';
import { useApi, type Contact, type MergeResult } from '../../api';

/**
 * The contact shown in the detail panel, read when the id changes, with what can be done to it there: move it to the
 * trash, and undo a merge just made into it.
 */
export function useContactDetail(contactId: string, onTrashed: (contact: Contact) => void, onChanged: () => void) {
  const api = useApi();
  const [contact, setContact] = useState<Contact | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [merged, setMerged] = useState<MergeResult | null>(null);

  useEffect(() => {
    let live = true;
    setContact(null);
    setError(null);
    api.contacts.get(contactId).then(
      (result) => live && setContact(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, contactId]);

  const trash = async () => {
    if (!contact) return;
    try {
      await api.contacts.moveToTrash(contact.id);
      onTrashed(contact);
    } catch (failure) {
      setError(failure);
    }
  };

  const undoMerge = async () => {
    if (!merged || !contact) return;
    try {
      const undone = await api.contacts.undoMerge(merged.mergeId, contact.version);
      setMerged(null);
      setContact(undone.survivor);
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };

  return { contact, setContact, error, setError, merged, setMerged, trash, undoMerge };
}
