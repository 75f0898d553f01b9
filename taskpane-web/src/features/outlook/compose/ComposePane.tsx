import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { ErrorBar } from '../../../ui/ErrorBar';
import { PaneHeader } from '../../../ui/pane/PaneHeader';
import { CampaignMailInsert } from './CampaignMailInsert';
import { namesOf, useComposeRecipients } from './useComposeRecipient';

const useStyles = makeStyles({
  body: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** The Outlook face beside a message being written: a campaign's mail for its recipients, inserted and tracked. */
export function ComposePane() {
  const styles = useStyles();
  const recipients = useComposeRecipients();
  const again = (
    <Button size="small" icon={<ArrowSyncRegular />} onClick={recipients.reload}>
      Read the recipients again
    </Button>
  );
  const read = recipients.status === 'read' ? recipients : null;
  const contacts = read?.known.map((k) => k.contact) ?? [];
  return (
    <>
      <PaneHeader title="Campaign mail" subtitle={contacts.length > 0 ? `To ${namesOf(contacts)}` : undefined} />
      <main className={styles.body}>
        {recipients.status === 'loading' && <Spinner size="tiny" label="Reading the recipients…" />}
        {recipients.status === 'failed' && <ErrorBar error={recipients.error} actions={again} />}
        {recipients.status === 'none' && (
          <>
            <Text>Add recipients in To or Cc, then read them again to write them a campaign&apos;s mail.</Text>
            <div>{again}</div>
          </>
        )}
        {read && read.unknown.length > 0 && (
          <>
            <Text>
              {read.unknown.map((a) => a.email).join(', ')} {read.unknown.length === 1 ? 'is' : 'are'} not in Steward
              yet
              {read.known.length > 0 ? ', so the mail is not tracked for them' : ''}: add them as a contact first.
            </Text>
            <div>{again}</div>
          </>
        )}
        {read && read.known.length > 0 && (
          <CampaignMailInsert
            key={contacts.map((c) => c.id).join(',')}
            contacts={contacts}
            recipientCount={read.all.length}
          />
        )}
      </main>
    </>
  );
}
