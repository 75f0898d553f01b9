import { Button, Checkbox, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, type ImportJob } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { usePaneStyles } from './paneStyles';

/**
 * Contacts whose rows are gone from the sheet since the last sync. They stay in Steward unless the user ticks them and
 * confirms; none is ticked to begin with.
 */
export function RemovedRows({ job }: { job: ImportJob }) {
  const styles = usePaneStyles();
  const api = useApi();
  const removed = job.removedFromSheet ?? [];
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [trashed, setTrashed] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const toggle = (contactId: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(contactId);
      else next.delete(contactId);
      return next;
    });

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      setTrashed((await api.imports.confirmRemovals(job.sheetLinkId!, [...chosen])).trashed.length);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (removed.length === 0 || !job.sheetLinkId) return null;
  return (
    <section className={styles.card} aria-label="Rows removed from the sheet">
      <h2 className={styles.heading}>Rows removed from the sheet</h2>
      {trashed !== null ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {trashed} {trashed === 1 ? 'contact' : 'contacts'} moved to the trash; the others stay in Steward.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <p className={styles.value}>
            These contacts came from rows that are no longer in the sheet. They stay in Steward unless you tick them
            here.
          </p>
          {removed.map((row) => (
            <Checkbox
              key={row.contactId}
              checked={chosen.has(row.contactId)}
              onChange={(_, data) => toggle(row.contactId, data.checked === true)}
              label={`${row.displayName} (was row ${row.rowNumber})`}
            />
          ))}
          <div className={styles.actions}>
            <Button disabled={chosen.size === 0 || busy} onClick={() => void confirm()}>
              Move {chosen.size} to the trash
            </Button>
          </div>
        </>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
    </section>
  );
}
