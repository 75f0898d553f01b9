import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ImportJob, UndoOutcome } from '../../api';
import { formatCount } from '../../ui/format';

export interface UndoImportProps {
  job: ImportJob;
  busy: boolean;
  onUndo: () => void;
}

/** Undo behind a confirmation: created contacts go to the trash, updated ones get their earlier values back. */
export function UndoImport({ job, busy, onUndo }: UndoImportProps) {
  const created = job.counts?.created ?? 0;
  const updated = job.counts?.updated ?? 0;
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button icon={<ArrowUndoRegular />} disabled={busy} onClick={() => setConfirming(true)}>
        Undo import
      </Button>
      <Dialog open={confirming} modalType="modal" onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Undo this import?</DialogTitle>
            <DialogContent>
              {`The ${formatCount(created)} contacts it created go to the trash, and the ${formatCount(updated)} it updated get their earlier values back. Contacts edited since the import are left as they are.`}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onUndo();
                }}
              >
                Undo import
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** What an undo did, in words. */
export function UndoSummary({ undo }: { undo: UndoOutcome }) {
  const left = undo.editedSince.length;
  return (
    <MessageBar intent={left > 0 ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Import undone</MessageBarTitle>
        {`${formatCount(undo.removed)} created contacts removed, ${formatCount(undo.restored)} updated contacts restored. `}
        {left > 0
          ? `${formatCount(left)} ${left === 1 ? 'contact was' : 'contacts were'} edited since the import and left alone.`
          : 'No contact had been edited since the import.'}
      </MessageBarBody>
    </MessageBar>
  );
}
