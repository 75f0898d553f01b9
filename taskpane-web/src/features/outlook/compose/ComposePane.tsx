import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { ErrorBar } from '../../../ui/ErrorBar';
import { PaneHeader } from '../../pane/PaneHeader';
import { CampaignMailInsert } from './CampaignMailInsert';
import { useComposeRecipient } from './useComposeRecipient';

const useStyles = makeStyles({
  body: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The Outlook face beside a message being written: a campaign's mail for the recipient, inserted and tracked. */
export function ComposePane() {
  const styles = useStyles();
  const recipient = useComposeRecipient();
  const again = (
    <Button size="small" icon={<ArrowSyncRegular />} onClick={recipient.reload}>
      Read the recipient again
    </Button>
  );
  return (
    <>
      <PaneHeader title="Campaign mail" subtitle={recipient.status === 'known' ? `To ${recipient.contact.displayName}` : undefined} />
      <main className={styles.body}>
        {recipient.status === 'loading' && <Spinner size="tiny" label="Reading the recipient…" />}
        {recipient.status === 'failed' && <ErrorBar error={recipient.error} actions={again} />}
        {recipient.status === 'none' && (
          <>
            <Text>Add a recipient in To, then read it again to write them a campaign&apos;s mail.</Text>
            <div>{again}</div>
          </>
        )}
        {recipient.status === 'unknown' && (
          <>
            <Text>{recipient.address.email} is not in Steward yet: add them as a contact first.</Text>
            <div>{again}</div>
          </>
        )}
        {recipient.status === 'known' && <CampaignMailInsert key={recipient.contact.id} contact={recipient.contact} />}
      </main>
    </>
  );
}
