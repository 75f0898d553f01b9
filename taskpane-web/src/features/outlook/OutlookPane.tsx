import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { isComposing } from '../../office/compose';
import { useCurrentMessage } from '../../office/useCurrentMessage';
import { ErrorBar } from '../../ui/ErrorBar';
import { PaneHeader } from '../../ui/pane/PaneHeader';
import { ComposePane } from './compose/ComposePane';
import { MessagePeople } from './MessagePeople';

const useStyles = makeStyles({
  body: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

/**
 * The Outlook face: beside a message being written, a campaign's mail to insert and track; beside a message being
 * read, its people, followed as a pinned pane moves to other messages.
 */
export function OutlookPane() {
  return isComposing() ? <ComposePane /> : <ReadPane />;
}

function ReadPane() {
  const styles = useStyles();
  const current = useCurrentMessage();
  const message = current.status === 'ready' ? current.message : null;
  return (
    <>
      <PaneHeader
        title={message?.subject || 'Steward'}
        subtitle={message?.sharedOwner ? `In the mailbox of ${message.sharedOwner}` : undefined}
      />
      <main className={styles.body}>
        {current.status === 'loading' && <Spinner size="tiny" label="Reading the message…" />}
        {current.status === 'none' && <Text>Select a message to see who is on it.</Text>}
        {current.status === 'failed' && (
          <ErrorBar error={current.error} actions={<Button onClick={current.reload}>Try again</Button>} />
        )}
        {message && (
          <MessagePeople
            key={message.itemId ?? message.internetMessageId ?? ''}
            message={message}
            readBody={current.readBody}
          />
        )}
      </main>
    </>
  );
}
