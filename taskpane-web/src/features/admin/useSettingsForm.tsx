import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface SettingsFormOptions<S, V> {
  load: () => Promise<S>;
  valuesOf: (stored: S) => V;
  /** Saves the values over what was loaded (which carries the version the edit started from). */
  save: (values: V, stored: S) => Promise<S>;
}

/**
 * A settings form of one stored record: loaded once, saved with the version it was loaded at, and a 409 (changed by
 * someone else) offered as a reload.
 */
export function useSettingsForm<S, V>({ load, valuesOf, save }: SettingsFormOptions<S, V>) {
  const [stored, setStored] = useState<S | null>(null);
  const [values, setValues] = useState<V | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(
    () =>
      load().then((result) => {
        setStored(result);
        setValues(valuesOf(result));
        setError(null);
      }, setError),
    // `valuesOf` is a plain mapping, the same on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [load],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (stored === null || values === null) return;
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      const result = await save(values, stored);
      setStored(result);
      setValues(valuesOf(result));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return {
    stored,
    values,
    setValues,
    error,
    fieldErrors: error instanceof ApiError ? error.errors : {},
    saved,
    busy,
    reload,
    onSubmit: (event: FormEvent) => void submit(event),
  };
}

/** "Saved" after a save, and the failure of the last one, with Reload when someone else changed the settings first. */
export function SettingsFeedback({
  what,
  saved,
  error,
  onReload,
}: {
  what: string;
  saved: boolean;
  error: unknown;
  onReload: () => void;
}) {
  const stale = error instanceof ApiError && error.status === 409;
  return (
    <>
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{`The ${what} were saved.`}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar
        error={error}
        title={stale ? 'Changed by someone else: reload, then save again' : undefined}
        actions={stale ? <Button onClick={onReload}>Reload</Button> : undefined}
      />
    </>
  );
}

export interface SettingsFormProps {
  /** The form's accessible name ("Firm settings"). */
  label: string;
  /** What is saved, in the feedback ("firm settings"). */
  what: string;
  saveLabel: string;
  form: Pick<ReturnType<typeof useSettingsForm>, 'onSubmit' | 'saved' | 'error' | 'reload' | 'busy'>;
  /** Shown first, above the feedback of the last save. */
  notice?: ReactNode;
  children: ReactNode;
}

/** A settings form: its notice, the feedback of the last save, its fields, and the save button. */
export function SettingsForm({ label, what, saveLabel, form, notice, children }: SettingsFormProps) {
  const styles = useStyles();
  return (
    <form className={styles.form} onSubmit={form.onSubmit} noValidate aria-label={label}>
      {notice}
      <SettingsFeedback what={what} saved={form.saved} error={form.error} onReload={() => void form.reload()} />
      {children}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={form.busy}>
          {form.busy ? 'Saving…' : saveLabel}
        </Button>
      </div>
    </form>
  );
}
