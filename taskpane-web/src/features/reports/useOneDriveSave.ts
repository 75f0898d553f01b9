import { useCallback, useEffect, useState } from 'react';
import { useApi, type OneDriveSaving, type SavedReport } from '../../api';

/** Why "Save to OneDrive" is off, in plain words, from the service's code (its own words for anything else). */
export function unavailableReason(saving: OneDriveSaving): string {
  if (saving.code === 'microsoft-sign-in-required') {
    return 'Saving to OneDrive needs a Microsoft sign-in. You signed in with a Steward password, so Steward cannot reach your OneDrive. Sign in with Microsoft, or download the report instead.';
  }
  if (saving.code === 'microsoft-not-connected') {
    return 'Saving to OneDrive is off: this Steward is not connected to Microsoft 365. An admin can connect it; until then, download the report instead.';
  }
  return saving.reason ?? 'Saving to OneDrive is not available. Download the report instead.';
}

export interface OneDriveSave {
  /** Null while Steward is asked whether saving works for this user. */
  saving: OneDriveSaving | null;
  /** Why the button is off, in plain words; null while it may be used. */
  offReason: string | null;
  busy: boolean;
  saved: SavedReport | null;
  error: unknown;
  run: () => Promise<void>;
  dismiss: () => void;
}

/** "Save to OneDrive": whether it works for the signed-in user, and the state of the latest save of `key`'s report. */
export function useOneDriveSave(key: string, save: () => Promise<SavedReport>): OneDriveSave {
  const api = useApi();
  const [saving, setSaving] = useState<OneDriveSaving | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<SavedReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.reports.oneDriveSaving().then(
      (answer) => live && setSaving(answer),
      () =>
        live &&
        setSaving({
          available: false,
          defaultFolder: '',
          reason: 'Steward could not tell whether your OneDrive can be reached. Reload the page to try again.',
        }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  // A message about another report's save would mislead.
  useEffect(() => {
    setSaved(null);
    setError(null);
  }, [key]);

  const run = useCallback(async () => {
    setBusy(true);
    setSaved(null);
    setError(null);
    try {
      setSaved(await save());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }, [save]);

  const dismiss = useCallback(() => {
    setSaved(null);
    setError(null);
  }, []);

  const offReason = saving && !saving.available ? unavailableReason(saving) : null;
  return { saving, offReason, busy, saved, error, run, dismiss };
}
