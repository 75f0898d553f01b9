import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, type FormEvent } from 'react';
import type { Contact } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { ConflictNotice } from './ConflictNotice';
import { conflictRows, formFromContact } from './conflict';
import { ContactForm } from './ContactForm';
import { contactName } from '../../lib/contactLabels';
import { useContactSave } from './useContactSave';
import { useCustomFields } from '../../lib/useCustomFields';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ContactDialogProps {
  /** The contact to edit; null creates a new one. */
  contact: Contact | null;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

/** Create or edit a contact. */
export function ContactDialog({ contact, onClose, onSaved }: ContactDialogProps) {
  const styles = useStyles();
  const custom = useCustomFields();
  const form = useContactSave(contact, onSaved, custom.definitions);
  const customLabels = useMemo(
    () => new Map((custom.definitions ?? []).map((d) => [d.key, d.label])),
    [custom.definitions],
  );
  const title = contact ? `Edit ${contactName(contact)}` : 'New contact';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
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
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={form.busy}>
                {form.busy ? 'Saving…' : 'Save'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
