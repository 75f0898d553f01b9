import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactElement } from 'react';
import { ApiError, useApi } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { AuthLayout } from './AuthLayout';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const MIN_LENGTH = 12;

/** First sign-in on a one-time password: the user chooses their own. */
/** One sentence per rule, each on its own line under the field it concerns. */
function sentences(messages: readonly string[] | undefined): ReactElement | undefined {
  if (!messages || messages.length === 0) return undefined;
  return (
    <>
      {messages.map((message) => (
        <span key={message} style={{ display: 'block' }}>
          {message}
        </span>
      ))}
    </>
  );
}

export function ChangePasswordPage({ onChanged, onSignOut }: { onChanged: () => void; onSignOut: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, readonly string[]>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const local: Record<string, string[]> = {};
    if (next.length < MIN_LENGTH) local.newPassword = [`Use at least ${MIN_LENGTH} characters.`];
    if (repeat !== next) local.repeat = ['The two new passwords differ.'];
    setFieldErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await api.auth.changePassword(current, next);
      onChanged();
    } catch (failure) {
      setError(failure);
      if (failure instanceof ApiError) setFieldErrors({ ...failure.fieldMessages });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title="Choose your password"
      footer={
        <Button appearance="subtle" onClick={onSignOut}>
          Sign out
        </Button>
      }
    >
      <Text>Your current password was given to you for one sign-in only. Choose one of your own to go on.</Text>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <ErrorBar error={error} />
        <Field label="Current password" required validationMessage={sentences(fieldErrors.currentPassword)}>
          <Input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(_, d) => setCurrent(d.value)}
          />
        </Field>
        <Field
          label="New password"
          required
          hint={`At least ${MIN_LENGTH} characters; a few unrelated words make a strong one.`}
          validationMessage={sentences(fieldErrors.newPassword)}
        >
          <Input type="password" autoComplete="new-password" value={next} onChange={(_, d) => setNext(d.value)} />
        </Field>
        <Field label="New password again" required validationMessage={sentences(fieldErrors.repeat)}>
          <Input type="password" autoComplete="new-password" value={repeat} onChange={(_, d) => setRepeat(d.value)} />
        </Field>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save password'}
        </Button>
      </form>
    </AuthLayout>
  );
}
