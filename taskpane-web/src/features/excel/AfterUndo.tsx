import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type ImportJob } from '../../api';
import { clearStewardIds } from '../../office/excel';
import { ErrorBar } from '../../ui/ErrorBar';
import type { ImportedSheet } from './sheetSync';

export interface AfterUndoProps {
  imported: ImportedSheet;
  /** The undone job of a linked sheet. */
  job: ImportJob;
  onCleared?: () => void;
}

/**
 * After an undo, the sheet's Steward IDs of the contacts it removed name contacts in the trash, and the next import
 * would refuse those rows: they are cleared, so the sheet imports afresh.
 */
export function AfterUndo({ imported, job, onCleared }: AfterUndoProps) {
  const api = useApi();
  const [cleared, setCleared] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const clear = async () => {
      const linked = await api.imports.linkedRows(job.sheetLinkId!);
      return clearStewardIds(
        imported.headerRow,
        new Set(linked.filter((row) => !row.deleted).map((row) => row.contactId)),
      );
    };
    clear().then(
      (outcome) => {
        if (!live) return;
        setCleared(outcome.cleared);
        onCleared?.();
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per undone job, with what it had then
  }, [job.id]);

  if (!job.sheetLinkId) return null;
  return (
    <>
      {cleared === null && !error && <Spinner size="tiny" label="Clearing the Steward IDs of the removed contacts…" />}
      {cleared !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {cleared === 0
              ? 'No Steward ID in the sheet named a removed contact.'
              : `Cleared ${cleared} Steward ${cleared === 1 ? 'ID' : 'IDs'} of the removed contacts: the next import of this sheet adds those rows afresh.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} title="The Steward IDs of the removed contacts were not cleared" />
    </>
  );
}
