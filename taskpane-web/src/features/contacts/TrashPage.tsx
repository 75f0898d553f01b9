import { useCallback } from 'react';
import { useApi, type ContactSummary } from '../../api';
import { contactName } from '../../lib/contactLabels';
import { TrashView } from '../../ui/TrashView';
import { ContactTable } from './ContactTable';
import { PAGE_SIZE } from './useContactList';

/** Deleted contacts, newest first, each with Restore; they are purged after the retention period. */
export function TrashPage() {
  const api = useApi();
  const loadPage = useCallback(
    (index: number, signal: AbortSignal) => api.contacts.trash(index, PAGE_SIZE, signal),
    [api],
  );
  return (
    <TrashView<ContactSummary>
      title="Trash"
      kind="contacts"
      backTo="/contacts"
      loadPage={loadPage}
      restore={(contact) => api.contacts.restore(contact.id)}
      nameOf={contactName}
      table={(contacts, restoreButton) => (
        <ContactTable contacts={contacts} empty="The trash is empty." hrefOf={null} rowAction={restoreButton} />
      )}
    />
  );
}
