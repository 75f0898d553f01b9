import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, useApi, type MfaSetup as Setup } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { RecoveryCodes } from './RecoveryCodes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  qr: { width: '180px', height: '180px', alignSelf: 'center', imageRendering: 'pixelated' },
  secret: {
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: 'break-all',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface MfaSetupProps {
  /** Called after the recovery codes were shown and acknowledged. */
  onDone: () => void;
}

/** Turns on two-step sign-in: scan the QR code, confirm a first code, keep the recovery codes. */
export function MfaSetup({ onDone }: MfaSetupProps) {
  const styles = useStyles();
  const api = useApi();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.auth.startMfaSetup().then(
      (started) => live && setSetup(started),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.auth.verifyMfa(code.replace(/\s/g, ''));
      setCodes(result.recoveryCodes);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  if (!setup) return error ? <ErrorBar error={error} /> : <Spinner label="Preparing your QR code…" />;

  const codeError = error instanceof ApiError ? error.errors.code : undefined;
  return (
    <form className={styles.root} onSubmit={(event) => void verify(event)} noValidate>
      <Text>
        Scan this QR code with an authenticator app (Microsoft Authenticator, Google Authenticator, 1Password…), then
        enter the code it shows.
      </Text>
      <img className={styles.qr} src={setup.qrCodeDataUri} alt="QR code for your authenticator app" />
      <Text size={200}>Cannot scan? Enter this key in the app instead:</Text>
      <code className={styles.secret} data-testid="mfa-secret">
        {setup.secret}
      </code>
      {!codeError && <ErrorBar error={error} />}
      <Field label="Code from the app" required validationMessage={codeError ? `The code ${codeError}.` : undefined}>
        <Input autoComplete="one-time-code" inputMode="numeric" value={code} onChange={(_, d) => setCode(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || code.trim().length === 0}>
        {busy ? 'Checking…' : 'Turn on two-step sign-in'}
      </Button>
    </form>
  );
}
