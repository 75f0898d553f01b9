import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { MailArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useApi, type FiledMessage, type FilingResult } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { ErrorBar } from '../../ui/ErrorBar';
import { filedStatus, filingOutcome } from './filing';
import { emailRequest } from './mailActions';

const useStyles = makeStyles({
  region: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MessageFilingProps {
  message: OpenMessage;
  bodyText: () => Promise<string>;
  /** This message as Steward has it, or null when it is not filed. */
  filed: FiledMessage | null;
  /** Why Steward could not say whether this email is filed. */
  lookupError?: unknown;
  /** Whether anyone on the message is a contact: filing needs one. */
  anyoneKnown: boolean;
  canEdit: boolean;
  onFiled: (result: FilingResult) => void;
  /** Changes when a card filed the email (as a response): this press's outcome is then out of date. */
  filedElsewhere?: number;
}

/** Whether this email is in Steward (and as a reply to which campaign), and "File this email" on everyone on it. */
export function MessageFiling({
  message,
  bodyText,
  filed,
  lookupError,
  anyoneKnown,
  canEdit,
  onFiled,
  filedElsewhere = 0,
}: MessageFilingProps) {
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<FilingResult | null>(null);

  useEffect(() => setOutcome(null), [filedElsewhere]);

  const file = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const result = await api.mail.file(emailRequest(message, await bodyText()));
      setOutcome(result);
      onFiled(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.region} aria-label="This email in Steward">
      <ErrorBar title="Could not tell whether this email is in Steward" error={lookupError} />
      {filed && !outcome && <Text size={200}>{filedStatus(filed)}</Text>}
      {!filed && !anyoneKnown && (
        <Text size={200} className={styles.muted}>
          Nobody on this email is in Steward yet: add someone to file it on them.
        </Text>
      )}
      {canEdit && anyoneKnown && (
        <div className={styles.row}>
          <Button
            size="small"
            appearance="primary"
            icon={<MailArrowDownRegular />}
            disabled={busy}
            onClick={() => void file()}
          >
            File this email
          </Button>
        </div>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {outcome && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{filingOutcome(outcome)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.readThrough === 'outlook' && outcome.graphUnavailable && (
        <Text size={200} className={styles.muted}>
          Read from Outlook, not through Microsoft Graph: {outcome.graphUnavailable}
        </Text>
      )}
    </section>
  );
}
