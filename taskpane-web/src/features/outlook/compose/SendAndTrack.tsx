import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, type ContactSummary, type TrackedMail } from '../../../api';
import { canSend, readSubject, send } from '../../../office/compose';
import { ErrorBar } from '../../../ui/ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface SendAndTrackProps {
  tracked: TrackedMail;
  contact: ContactSummary;
  campaignName: string;
}

/**
 * The inserted mail, marked as tracked: "Send and track" records it as sent to the member, then sends it where Outlook
 * lets the pane send (elsewhere the person presses Send).
 */
export function SendAndTrack({ tracked, contact, campaignName }: SendAndTrackProps) {
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<'sent' | 'press-send' | null>(null);
  const sendsItself = canSend();

  const sendAndTrack = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.campaignMail.trackedSent(tracked.token, (await readSubject()).trim() || null);
      if (sendsItself) {
        await send();
        setRecorded('sent');
      } else {
        setRecorded('press-send');
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      {!recorded && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>Tracked</MessageBarTitle>
            The mail of {campaignName} for {contact.displayName} is in the message, above your signature. Edit it as you
            like.
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} />
      {recorded === 'sent' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Sent, and recorded on {contact.displayName}&apos;s timeline.</MessageBarBody>
        </MessageBar>
      )}
      {recorded === 'press-send' && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>Recorded on {contact.displayName}&apos;s timeline: now press Send in Outlook.</MessageBarBody>
        </MessageBar>
      )}
      {!recorded && (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void sendAndTrack()}>
            {busy ? 'Recording…' : sendsItself ? 'Send and track' : 'Record as sent'}
          </Button>
        </div>
      )}
    </div>
  );
}
