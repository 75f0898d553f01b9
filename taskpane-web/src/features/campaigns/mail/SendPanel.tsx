import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowRepeatAllRegular, SendRegular } from '@fluentui/react-icons';
import type { SendProgress } from '../../../api';
import { ErrorBar } from '../../../ui/ErrorBar';
import { ConfirmSendDialog } from './ConfirmSendDialog';
import { members, SendFigures } from './SendFigures';
import { useSendProgress } from './useSendProgress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  why: { color: tokens.colorNeutralForeground2 },
});

export interface SendPanelProps {
  campaignId: string;
  canEdit: boolean;
  /** How often the progress is asked for while mail is going out. */
  pollMs?: number;
  /** Called when a send completes, since the campaign's status changed. */
  onCompleted?: () => void;
}

/** Why there is nothing to send, in words; null when a send would mail someone (or it is not known yet). */
function nothingToSend(progress: SendProgress | null): string | null {
  if (
    progress === null ||
    progress.remaining > 0 ||
    progress.toSend === undefined ||
    progress.toSend === null ||
    progress.toSend > 0
  ) {
    return null;
  }
  if (progress.failed > 0) {
    return `Nobody new to send to: retry the ${members(progress.failed)} whose mail failed.`;
  }
  if (progress.sent > 0) return 'Everyone has been sent this mail.';
  return 'No member can be sent this mail: add members who have an email address and have not opted out.';
}

/** The send: live figures, the Send button with its confirmation, and a retry of failed members. */
export function SendPanel({ campaignId, canEdit, pollMs = 2000, onCompleted }: SendPanelProps) {
  const styles = useStyles();
  const { progress, confirming, setConfirming, error, setError, busy, running, askToSend, send, retry } =
    useSendProgress(campaignId, pollMs, onCompleted);
  const nothingLeft = nothingToSend(progress);

  return (
    <section className={styles.root} aria-labelledby="campaign-send">
      <h3 id="campaign-send" style={{ margin: 0 }}>
        Sending
      </h3>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {progress && <SendFigures progress={progress} />}
      {canEdit && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<SendRegular />}
            disabled={busy || running || nothingLeft !== null}
            aria-describedby={nothingLeft !== null ? 'campaign-send-nothing-left' : undefined}
            onClick={() => void askToSend()}
          >
            Send…
          </Button>
          {progress !== null && progress.failed > 0 && (
            <Button icon={<ArrowRepeatAllRegular />} disabled={busy} onClick={() => void retry()}>
              Retry failed
            </Button>
          )}
          {nothingLeft !== null && (
            <Text id="campaign-send-nothing-left" size={200} className={styles.why}>
              {nothingLeft}
            </Text>
          )}
        </div>
      )}
      <ConfirmSendDialog
        preview={confirming}
        busy={busy}
        onCancel={() => setConfirming(null)}
        onSend={() => void send()}
      />
    </section>
  );
}
