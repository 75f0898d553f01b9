import { useState } from 'react';
import { ApiError, useApi, type Contact, type CustomFieldDefinition } from '../../api';
import { latestChange, type OtherChange } from './conflict';
import { formFromContact, requestFromForm, type ContactFormValues } from './contactForm';

/**
 * Saving a contact: field errors from a 422 (or a 409 naming a field), and a stale version (409) turned into a
 * choice: reload the current values, or overwrite them with the current version.
 */
export function useContactSave(
  initial: Contact | null,
  onSaved: (contact: Contact) => void,
  definitions?: readonly CustomFieldDefinition[],
) {
  const api = useApi();
  const [base, setBase] = useState<Contact | null>(initial);
  const [values, setValues] = useState<ContactFormValues>(() => formFromContact(initial ?? EMPTY_CONTACT));
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ currentVersion?: number; other: OtherChange | null } | null>(null);

  /** Reads the stored contact and its latest change, to show beside the form's values. */
  const readOther = async (id: string, currentVersion: number | undefined) => {
    try {
      const [current, timeline] = await Promise.all([api.contacts.get(id), api.admin.timeline(id).catch(() => [])]);
      const change = latestChange(timeline);
      setConflict({
        currentVersion: currentVersion ?? current.version,
        other: { current, actor: change?.actor ?? null, at: change?.at ?? current.updatedAt },
      });
    } catch {
      // Without the stored version the notice still offers reload and overwrite.
    }
  };
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409 && Object.keys(failure.errors).length === 0) {
        setConflict({ currentVersion: failure.currentVersion, other: null });
        if (base) void readOther(base.id, failure.currentVersion);
      } else {
        if (failure instanceof ApiError) setFieldErrors(failure.errors);
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  const send = async (version: number | undefined) => {
    setFieldErrors({});
    const request = requestFromForm(values, base, version, definitions);
    const saved = base ? await api.contacts.update(base.id, request) : await api.contacts.create(request);
    setConflict(null);
    onSaved(saved);
  };

  return {
    values,
    setValues,
    fieldErrors,
    error,
    conflict,
    busy,
    save: () => run(() => send(base?.version)),
    /** Drops this form's edits and shows what is stored now. */
    reload: () =>
      run(async () => {
        if (!base) return;
        const current = await api.contacts.get(base.id);
        setBase(current);
        setValues(formFromContact(current));
        setFieldErrors({});
        setConflict(null);
      }),
    /** Saves this form's values over the other change. */
    overwrite: () =>
      run(async () => {
        if (!base) return;
        const version = conflict?.currentVersion ?? (await api.contacts.get(base.id)).version;
        await send(version);
      }),
  };
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
