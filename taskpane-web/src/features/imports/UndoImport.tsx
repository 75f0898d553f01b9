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
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiError, type ImportJob, type UndoOutcome } from '../../api';
import { formatCount } from '../../ui/format';

const useStyles = makeStyles({
  until: { color: tokens.colorNeutralForeground2 },
  expired: { flexBasis: '100%' },
});

export interface UndoImportProps {
  job: ImportJob;
  busy: boolean;
  onUndo: () => void;
  /** The last undo's failure: when the service refused it as expired, the button gives way to why. */
  failure?: unknown;
}

/** Whether the service refused an undo because the import's rows are no longer kept (`undo-expired`). */
export function isUndoExpired(failure: unknown): failure is ApiError {
  return failure instanceof ApiError && failure.problem.code === 'undo-expired';
}

/** A day in the reader's words: "5 March 2027" (or "March 5, 2027", as their locale writes it). */
function formatLongDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * Undo behind a confirmation: created contacts go to the trash, updated ones get their earlier values back. It is
 * offered until the job's `undoUntil`; after that, when the service removed the import's rows, it says so instead.
 */
export function UndoImport({ job, busy, onUndo, failure }: UndoImportProps) {
  const styles = useStyles();
  const created = job.counts?.created ?? 0;
  const updated = job.counts?.updated ?? 0;
  const [confirming, setConfirming] = useState(false);
  const refusedUntil = isUndoExpired(failure) ? failure.problem.undoUntil : undefined;
  const until = typeof refusedUntil === 'string' ? refusedUntil : job.undoUntil;
  const expired = isUndoExpired(failure) || (until !== undefined && Date.parse(until) <= Date.now());

  if (expired) {
    return (
      <MessageBar intent="info" layout="multiline" className={styles.expired}>
        <MessageBarBody>
          <MessageBarTitle>This import can no longer be undone</MessageBarTitle>
          {until
            ? `It could be undone until ${formatLongDate(until)}; after that Steward no longer keeps its rows.`
            : 'Steward no longer keeps its rows.'}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <Button icon={<ArrowUndoRegular />} disabled={busy} onClick={() => setConfirming(true)}>
        Undo import
      </Button>
      {until && (
        <Text size={200} className={styles.until}>{`You can undo this import until ${formatLongDate(until)}.`}</Text>
      )}
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
