import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type ImportJob } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { ConflictList } from './ConflictList';
import { RejectedRowsSheet } from './RejectedRowsSheet';
import { RemovedRows } from './RemovedRows';
import { writeIdsAfterCommit, type ImportedSheet } from './sheetSync';

export interface AfterCommitProps {
  imported: ImportedSheet;
  /** The committed job. */
  job: ImportJob;
  onIdsWritten?: () => void;
}

/** What follows a committed import of the sheet: the Steward ID column, and the rejected rows as a sheet. */
export function AfterCommit({ imported, job, onIdsWritten }: AfterCommitProps) {
  const api = useApi();
  const [ids, setIds] = useState<{ written: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    writeIdsAfterCommit(api.imports, imported, job).then(
      (outcome) => {
        if (!live) return;
        setIds(outcome);
        onIdsWritten?.();
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per committed job, with what it had then
  }, [job.id]);

  // The sheet button first: it sits right under the shared review's list of rejected rows and its download.
  return (
    <>
      <RejectedRowsSheet job={job} />
      {!ids && !error && job.sheetLinkId && <Spinner size="tiny" label="Writing the Steward ID column…" />}
      {ids && job.sheetLinkId && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Steward ID column written ({ids.written} rows). The next sync of this sheet updates these contacts.
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} title="The Steward ID column was not written" />
    </>
  );
}

/**
 * What a committed import of the sheet leaves for the user to decide: the conflicts to resolve, and the rows removed
 * from the sheet (for a selection, only those missing inside it).
 */
export function SheetDecisions({ imported, job }: Omit<AfterCommitProps, 'onIdsWritten'>) {
  return (
    <>
      <ConflictList job={job} headerRow={imported.headerRow} />
      <RemovedRows job={job} />
    </>
  );
}
