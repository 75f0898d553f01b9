import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ArrowSyncRegular, ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type SheetLink } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatCount } from '../../ui/format';
import { usePaneStyles } from './paneStyles';
import { refreshSheet } from './sheetSync';

export interface LinkedSheetCardProps {
  link: SheetLink;
  /** Re-imports the whole sheet; the Steward ID column makes it update the linked contacts. */
  onSync: () => void;
  busy: boolean;
  canEdit: boolean;
}

const syncedAt = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : 'never';

/** The active sheet is linked: when it was synced, how many rows, and Sync / Refresh sheet. */
export function LinkedSheetCard({ link, onSync, busy, canEdit }: LinkedSheetCardProps) {
  const styles = usePaneStyles();
  const api = useApi();
  const [refreshing, setRefreshing] = useState(false);
  const [refreshed, setRefreshed] = useState<{ cellsChanged: number; rows: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = async () => {
    setRefreshing(true);
    setRefreshed(null);
    setError(null);
    try {
      setRefreshed(await refreshSheet(api.imports, link));
    } catch (failure) {
      setError(failure);
    } finally {
      setRefreshing(false);
    }
  };

  return (
    <section className={styles.card} aria-label="Linked sheet">
      <h2 className={styles.heading}>Linked sheet</h2>
      <dl className={styles.facts}>
        <dt className={styles.term}>Last synced</dt>
        <dd className={styles.value}>{syncedAt(link.lastSyncedAt)}</dd>
        <dt className={styles.term}>Linked rows</dt>
        <dd className={styles.value}>{formatCount(link.rows)}</dd>
      </dl>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<ArrowSyncRegular />}
          disabled={busy || refreshing || !canEdit}
          onClick={onSync}
        >
          Sync
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={busy || refreshing || !canEdit}
          onClick={() => void refresh()}
        >
          Refresh sheet
        </Button>
      </div>
      {refreshing && <Spinner size="tiny" label="Writing Steward's values into the sheet…" />}
      {refreshed && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Sheet refreshed: {formatCount(refreshed.cellsChanged)} {refreshed.cellsChanged === 1 ? 'cell' : 'cells'}{' '}
            changed in {formatCount(refreshed.rows)} linked rows.
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} title="The sheet was not refreshed" onDismiss={() => setError(null)} />
    </section>
  );
}
