import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, type ImportJob, type RejectedRow } from '../../api';
import { addRejectedRowsSheet } from '../../office/excel';
import { ErrorBar } from '../../ui/ErrorBar';
import { usePaneStyles } from './paneStyles';

/** The service's largest page of rejected rows. */
const PAGE = 200;

/** Puts the rejected rows, with their reasons, into a new sheet of this workbook. */
export function RejectedRowsSheet({ job }: { job: ImportJob }) {
  const styles = usePaneStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const rows: RejectedRow[] = [];
      for (let page = 0; ; page++) {
        const answer = await api.imports.rejected(job.id, page, PAGE);
        rows.push(...answer.items);
        if (answer.items.length < PAGE || rows.length >= answer.totalElements) break;
      }
      setAdded((await addRejectedRowsSheet(job.header, rows)).sheetName);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (!job.counts?.rejected) return null;
  return (
    <div className={styles.actions}>
      <Button disabled={busy} onClick={() => void add()}>
        {busy ? 'Adding…' : 'Add the rejected rows as a sheet'}
      </Button>
      {added && <Text role="status">Added the sheet “{added}”.</Text>}
      <ErrorBar error={error} title="The rejected rows sheet was not added" onDismiss={() => setError(null)} />
    </div>
  );
}
