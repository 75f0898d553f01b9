import { useMemo } from 'react';
import type { Contact } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { FormDialog } from '../../ui/FormDialog';
import { ConflictNotice } from './ConflictNotice';
import { conflictRows, formFromContact } from './conflict';
import { ContactForm } from './ContactForm';
import { contactName } from '../../lib/contactLabels';
import { useContactSave } from './useContactSave';
import { useCustomFields } from '../../lib/useCustomFields';

export interface ContactDialogProps {
  /** The contact to edit; null creates a new one. */
  contact: Contact | null;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

/** Create or edit a contact. */
export function ContactDialog({ contact, onClose, onSaved }: ContactDialogProps) {
  const custom = useCustomFields();
  const form = useContactSave(contact, onSaved, custom.definitions);
  const customLabels = useMemo(
    () => new Map((custom.definitions ?? []).map((d) => [d.key, d.label])),
    [custom.definitions],
  );
  const title = contact ? `Edit ${contactName(contact)}` : 'New contact';

  return (
    <FormDialog title={title} maxWidth="720px" busy={form.busy} onSave={() => void form.save()} onClose={onClose}>
      {form.conflict && (
        <ConflictNotice
          other={form.conflict.other}
          rows={
            form.conflict.other
              ? conflictRows(formFromContact(form.conflict.other.current), form.values, customLabels)
              : []
          }
          busy={form.busy}
          onReload={() => void form.reload()}
          onOverwrite={() => void form.overwrite()}
        />
      )}
      <ErrorBar error={form.error} />
      <ErrorBar error={custom.error} title="The firm's custom fields could not be loaded" />
      <ContactForm
        values={form.values}
        errors={form.fieldErrors}
        onChange={form.setValues}
        customFields={custom.definitions}
      />
    </FormDialog>
  );
}
