import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowRepeatAllRegular, SendRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type SendPreview, type SendProgress } from '../../../api';
import { ErrorBar } from '../../../ui/ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  figures: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap', margin: 0 },
  figure: { display: 'flex', flexDirection: 'column', margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  why: { color: tokens.colorNeutralForeground2 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface SendPanelProps {
  campaignId: string;
  canEdit: boolean;
  /** How often the progress is asked for while mail is going out. */
  pollMs?: number;
  /** Called when a send completes, since the campaign's status changed. */
  onCompleted?: () => void;
}

const members = (count: number) => `${count} ${count === 1 ? 'member' : 'members'}`;

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

function skippedLine(preview: SendPreview): string {
  const parts = [
    preview.skippedNoEmail > 0 ? `${preview.skippedNoEmail} without an email address` : '',
    preview.skippedOptedOut > 0 ? `${preview.skippedOptedOut} opted out` : '',
    preview.skippedInTrash > 0 ? `${preview.skippedInTrash} in the trash` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'Nobody is skipped.' : `Skipped: ${parts.join(', ')}.`;
}

/** The send: live figures, the Send button with its confirmation, and a retry of failed members. */
export function SendPanel({ campaignId, canEdit, pollMs = 2000, onCompleted }: SendPanelProps) {
  const styles = useStyles();
  const api = useApi();
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const [confirming, setConfirming] = useState<SendPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => api.campaignMail.progress(campaignId).then(setProgress, setError), [api, campaignId]);
  useEffect(() => {
    void load();
  }, [load]);

  const running = progress !== null && progress.remaining > 0;
  const nothingLeft = nothingToSend(progress);
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => {
      api.campaignMail.progress(campaignId).then((next) => {
        setProgress(next);
        if (next.remaining === 0) onCompleted?.();
      }, setError);
    }, pollMs);
    return () => clearInterval(timer);
  }, [api, campaignId, running, pollMs, onCompleted]);

  const act = async (work: () => Promise<SendProgress | SendPreview>, then: (result: never) => void) => {
    setBusy(true);
    setError(null);
    try {
      then((await work()) as never);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const askToSend = () =>
    act(
      () => api.campaignMail.sendPreview(campaignId),
      (preview: SendPreview) => setConfirming(preview),
    );
  const send = () =>
    act(
      () => api.campaignMail.send(campaignId),
      (next: SendProgress) => {
        setConfirming(null);
        setProgress(next);
      },
    );
  const retry = () =>
    act(
      () => api.campaignMail.retryFailed(campaignId),
      (next: SendProgress) => setProgress(next),
    );

  return (
    <section className={styles.root} aria-labelledby="campaign-send">
      <h3 id="campaign-send" style={{ margin: 0 }}>
        Sending
      </h3>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {progress && (
        <dl className={styles.figures} aria-label="Send progress">
          {(
            [
              ['Sent', progress.sent],
              ['Failed', progress.failed],
              ['Skipped', progress.skipped],
              ['Remaining', progress.remaining],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className={styles.figure}>
              <dt>
                <Text size={200}>{label}</Text>
              </dt>
              <dd style={{ margin: 0 }}>
                <Text size={500} weight="semibold" aria-label={`${label}: ${value}`}>
                  {value}
                </Text>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {progress && (progress.sentFromOutlook ?? 0) > 0 && (
        <Text
          size={200}
        >{`Of those sent, ${members(progress.sentFromOutlook ?? 0)} got a tracked mail written in Outlook.`}</Text>
      )}
      {progress?.completedAt && progress.remaining === 0 && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>The campaign’s mail has gone out.</MessageBarBody>
        </MessageBar>
      )}
      {progress && progress.problems.length > 0 && (
        <ul className={styles.problems} aria-label="Members not sent to">
          {progress.problems.slice(0, 10).map((p) => (
            <li key={p.contactId}>{`${p.address ?? 'No address'} — ${p.state}: ${p.reason ?? ''}`}</li>
          ))}
        </ul>
      )}
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
      <Dialog open={confirming !== null} onOpenChange={(_, data) => !data.open && setConfirming(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Send this campaign?</DialogTitle>
            <DialogContent>
              {confirming && (
                <>
                  <Text
                    as="p"
                    block
                  >{`${confirming.willReceive} ${confirming.willReceive === 1 ? 'member' : 'members'} will receive it.`}</Text>
                  <Text as="p" block>
                    {skippedLine(confirming)}
                  </Text>
                  {confirming.alreadyInSend > 0 && (
                    <Text
                      as="p"
                      block
                    >{`${confirming.alreadyInSend} were in an earlier send and get nothing more.`}</Text>
                  )}
                  {confirming.cap !== null && confirming.willReceive > confirming.cap && (
                    <MessageBar intent="warning">
                      <MessageBarBody>{`The firm sends to at most ${confirming.cap} members at a time.`}</MessageBarBody>
                    </MessageBar>
                  )}
                  {confirming.unavailable && (
                    <MessageBar intent="error">
                      <MessageBarBody>{confirming.unavailable}</MessageBarBody>
                    </MessageBar>
                  )}
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(null)}>Cancel</Button>
              <Button
                appearance="primary"
                disabled={busy || !confirming || confirming.willReceive === 0}
                onClick={() => void send()}
              >
                {confirming ? `Send to ${confirming.willReceive}` : 'Send'}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
