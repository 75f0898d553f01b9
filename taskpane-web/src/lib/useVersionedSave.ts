import { useState } from 'react';
import { ApiError } from '../api';

export interface VersionedSaveOptions<T, V> {
  /** What is being edited; null creates a new one. */
  initial: T | null;
  initialValues: () => V;
  formOf: (stored: T) => V;
  get: (id: string) => Promise<T>;
  /** Creates (no base) or updates (base, with the version the edit started from). */
  send: (values: V, base: T | null, version: number | undefined) => Promise<T>;
  onSaved: (saved: T) => void;
  /** Whether a refused save means someone else changed it first (rather than a problem with the values). */
  isStale: (failure: ApiError) => boolean;
  /** Told of a stale edit, for example to read what the other change was. */
  onStale?: (base: T, currentVersion: number | undefined) => void;
}

/**
 * Saving a form over a stored, versioned record (a campaign, a contact). A stale version becomes a choice: reload what
 * is stored now, or overwrite it with the current version; any other failure is shown, with per-field messages.
 */
export function useVersionedSave<T extends { id: string; version: number }, V>(options: VersionedSaveOptions<T, V>) {
  const { initial, initialValues, formOf, get, send, onSaved, isStale, onStale } = options;
  const [base, setBase] = useState<T | null>(initial);
  const [values, setValues] = useState<V>(initialValues);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ currentVersion?: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiError && isStale(failure)) {
        setConflict({ currentVersion: failure.currentVersion });
        if (base) onStale?.(base, failure.currentVersion);
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  const sendAt = async (version: number | undefined) => {
    const saved = await send(values, base, version);
    setConflict(null);
    onSaved(saved);
  };

  return {
    values,
    setValues,
    error,
    fieldErrors: error instanceof ApiError ? error.errors : {},
    conflict,
    busy,
    base,
    save: () => run(() => sendAt(base?.version)),
    /** Drops this form's edits and shows what is stored now. */
    reload: () =>
      run(async () => {
        if (!base) return;
        const current = await get(base.id);
        setBase(current);
        setValues(formOf(current));
        setConflict(null);
      }),
    /** Saves this form's values over the other change. */
    overwrite: () =>
      run(async () => {
        if (!base) return;
        await sendAt(conflict?.currentVersion ?? (await get(base.id)).version);
      }),
  };
}
