import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, useApi, type Mailbox, type MailboxKind, type SyncResult } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatMoment } from '../../ui/numbers';
import { fieldMessage } from '../../ui/fieldMessage';
import { listRow, listRowMain, stackedList } from '../../ui/listStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: stackedList(tokens.spacingVerticalXS),
  item: listRow,
  what: listRowMain,
  meta: { color: tokens.colorNeutralForeground2 },
});

const KIND_LABELS: Record<MailboxKind, string> = { shared: 'Shared campaign mailbox', user: 'A person who opted in' };

function syncSummary(mailbox: Mailbox): string {
  if (mailbox.lastError) return `Last sync failed: ${mailbox.lastError}`;
  if (!mailbox.lastSyncedAt) return 'Not synced yet';
  return `Synced ${formatMoment(mailbox.lastSyncedAt)} · ${mailbox.messagesRead} messages read · ${mailbox.repliesFound} replies found`;
}

function resultSentence(address: string, result: SyncResult): string {
  if (!result.ran) return `${address} is being synced already; look again in a moment.`;
  if (result.error) return `Syncing ${address} failed: ${result.error}`;
  const again = result.resynced
    ? ' Microsoft had forgotten where the last sync stopped, so the whole inbox was read again.'
    : '';
  return `${address}: ${result.messagesRead} new or changed messages read, ${result.repliesFound} replies found.${again}`;
}

/** The mailboxes Steward reads, as the app, to find replies to campaigns: add, sync now, remove. */
export function MailboxesPanel() {
  const styles = useStyles();
  const api = useApi();
  const [mailboxes, setMailboxes] = useState<Mailbox[] | null>(null);
  const [address, setAddress] = useState('');
  const [kind, setKind] = useState<MailboxKind>('shared');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(() => api.replies.mailboxes().then(setMailboxes, setError), [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (key: string, action: () => Promise<string | null>) => {
    setBusy(key);
    setError(null);
    setNotice(null);
    try {
      setNotice(await action());
      await load();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    void run('add', async () => {
      const added = await api.replies.addMailbox(address.trim(), kind);
      setAddress('');
      return `Steward now reads ${added.address} for replies.`;
    });
  };

  const errors = error instanceof ApiError ? error.errors : {};
  return (
    <div className={styles.root}>
      <Text>
        Steward reads these mailboxes as the app, through Microsoft Graph, and marks campaign members who answer as
        responded. An admin of the Microsoft 365 tenant must allow it (Mail.Read for the app, limited to these
        mailboxes).
      </Text>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {!mailboxes && !error && <Spinner size="small" label="Loading mailboxes…" />}
      {mailboxes?.length === 0 && <Text className={styles.meta}>No mailbox is read yet.</Text>}
      {mailboxes && mailboxes.length > 0 && (
        <ul className={styles.list} aria-label="Mailboxes">
          {mailboxes.map((mailbox) => (
            <li key={mailbox.id} className={styles.item} aria-label={mailbox.address}>
              <div className={styles.what}>
                <Text weight="semibold">{mailbox.address}</Text>
                <Text className={styles.meta}>{`${KIND_LABELS[mailbox.kind]} · ${syncSummary(mailbox)}`}</Text>
              </div>
              <Button
                size="small"
                icon={<ArrowSyncRegular />}
                disabled={busy !== null}
                onClick={() =>
                  void run(mailbox.id, async () =>
                    resultSentence(mailbox.address, await api.replies.syncMailbox(mailbox.id)),
                  )
                }
              >
                {busy === mailbox.id ? 'Syncing…' : 'Sync now'}
              </Button>
              <Button
                size="small"
                icon={<DeleteRegular />}
                disabled={busy !== null}
                aria-label={`Stop reading ${mailbox.address}`}
                onClick={() =>
                  void run(`remove-${mailbox.id}`, async () => {
                    await api.replies.removeMailbox(mailbox.id);
                    return `Steward no longer reads ${mailbox.address}. The replies found in it stay.`;
                  })
                }
              >
                Stop reading
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.form} onSubmit={add} noValidate aria-label="Add a mailbox">
        <Field label="Mailbox address" required validationMessage={fieldMessage('The address', errors.address)}>
          <Input
            type="email"
            value={address}
            placeholder="campaigns@firm.example"
            onChange={(_, d) => setAddress(d.value)}
          />
        </Field>
        <Field label="Whose mailbox" validationMessage={fieldMessage('The kind', errors.kind)}>
          <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as MailboxKind)}>
            <Radio value="shared" label={KIND_LABELS.shared} />
            <Radio value="user" label={KIND_LABELS.user} />
          </RadioGroup>
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={busy !== null}>
            {busy === 'add' ? 'Adding…' : 'Read this mailbox'}
          </Button>
        </div>
      </form>
    </div>
  );
}
