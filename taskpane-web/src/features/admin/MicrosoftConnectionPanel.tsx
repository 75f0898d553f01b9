import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type MicrosoftConnectionCheck, type MicrosoftConnectionReport } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  detail: { overflowWrap: 'anywhere' },
});

const BADGE: Record<
  MicrosoftConnectionCheck['status'],
  { label: string; color: 'success' | 'danger' | 'informative' }
> = {
  OK: { label: 'Works', color: 'success' },
  PROBLEM: { label: 'Needs fixing', color: 'danger' },
  SKIPPED: { label: 'Not checked', color: 'informative' },
};

/**
 * Connect Microsoft 365: checks the service's Entra and Graph settings live (client id, audience, sign-in metadata,
 * Steward's own token, admin consent) and says what is wrong in plain words. The settings themselves are the
 * server's (STEWARD_ENTRA_*, STEWARD_MICROSOFT_*): this page reads them, it does not change them.
 */
export function MicrosoftConnectionPanel() {
  const styles = useStyles();
  const api = useApi();
  const [report, setReport] = useState<MicrosoftConnectionReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(true);

  const check = useCallback(() => {
    setChecking(true);
    setError(null);
    api.admin
      .microsoftConnection()
      .then(setReport, setError)
      .finally(() => setChecking(false));
  }, [api]);

  useEffect(check, [check]);

  const problems = report?.checks.filter((c) => c.status === 'PROBLEM').length ?? 0;
  return (
    <div className={styles.root}>
      <Text>
        Steward checks its Microsoft 365 settings as they are now: Microsoft's sign-in address, the app registration’s
        client id, the audience of sign-in tokens, Steward’s own access, and the permissions an admin consented to. The
        settings live on the server (the README’s “Connecting a Microsoft 365 tenant” and infra/entra).
      </Text>
      <div>
        <Button icon={<ArrowClockwiseRegular />} onClick={check} disabled={checking}>
          Check again
        </Button>
      </div>
      <ErrorBar error={error} />
      {checking && <Spinner label="Checking with Microsoft…" />}
      {report && !checking && (
        <MessageBar intent={report.connected ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {report.connected ? 'Microsoft 365 is connected' : 'Microsoft 365 is not connected yet'}
            </MessageBarTitle>
            {report.connected
              ? 'Every check passed.'
              : `${problems} ${problems === 1 ? 'thing needs' : 'things need'} fixing; each says what to change.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <ul className={styles.list} aria-label="Checks">
          {report.checks.map((c) => (
            <li key={c.id} className={styles.item} aria-label={c.title}>
              <div className={styles.head}>
                <Text weight="semibold">{c.title}</Text>
                <Badge appearance="tint" color={BADGE[c.status].color}>
                  {BADGE[c.status].label}
                </Badge>
              </div>
              <Text className={styles.detail}>{c.detail}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
