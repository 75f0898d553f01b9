import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, type ContactSummary, type TrackedMail } from '../../../api';
import { canSend, readSubject, recordsOnSend, send } from '../../../office/compose';
import { ErrorBar } from '../../../ui/ErrorBar';
import { namesOf } from './useComposeRecipient';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface SendAndTrackProps {
  tracked: TrackedMail;
  /** The members the mail is tracked for. */
  contacts: ContactSummary[];
  campaignName: string;
  /** Whether the campaign's mail was inserted (one recipient), or the person writes it. */
  inserted: boolean;
}

/**
 * The mail, marked as tracked: "Send and track" records it as sent to its members, then sends it where Outlook lets
 * the pane send; elsewhere "Record as sent", then the person presses Send. Where Outlook runs the add-in's send event,
 * pressing Send alone records it too. Where Steward can search Sent Items the record is unconfirmed until found there.
 */
export function SendAndTrack({ tracked, contacts, campaignName, inserted }: SendAndTrackProps) {
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<{ how: 'sent' | 'press-send'; mail: TrackedMail } | null>(null);
  const sendsItself = canSend();
  const names = namesOf(contacts);
  const timelines = contacts.length === 1 ? `${names}'s timeline` : `the timelines of ${names}`;

  const sendAndTrack = async () => {
    setBusy(true);
    setError(null);
    try {
      const mail = await api.campaignMail.trackedSent(tracked.token, (await readSubject()).trim() || null);
      if (sendsItself) {
        await send();
        setRecorded({ how: 'sent', mail });
      } else {
        setRecorded({ how: 'press-send', mail });
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const unconfirmed = recorded?.mail.state === 'unconfirmed';
  return (
    <div className={styles.root}>
      {!recorded && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>Tracked</MessageBarTitle>
            {inserted
              ? `The mail of ${campaignName} for ${names} is in the message, above your signature. Edit it as you like.`
              : `This mail is tracked in ${campaignName} for ${names}.`}
            {recordsOnSend() && ' Outlook records it in Steward when you press Send.'}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} />
      {recorded?.how === 'sent' && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {unconfirmed
              ? `Sent. It goes on ${timelines} once Steward finds it in your Sent Items.`
              : `Sent, and recorded on ${timelines}.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {recorded?.how === 'press-send' && (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>
            {unconfirmed
              ? `Recorded for ${names}: now press Send in Outlook. It goes on ${timelines} once Steward finds it in your Sent Items; if you discard the mail, it never does.`
              : `Recorded on ${timelines}: now press Send in Outlook.`}
          </MessageBarBody>
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
