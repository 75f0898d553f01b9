import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { type Contact, type MergeResult } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { fieldLabel, formatFieldValue } from '../../ui/fieldLabels';
import { contactName } from '../../lib/contactLabels';
import { describeMoves, keptValue, mergeRows } from './mergeRows';
import { MergeRowView } from './MergeRowView';
import { useMerge } from './useMerge';
import { useCustomFields } from '../../lib/useCustomFields';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(90px, 1fr) minmax(0, 2fr) minmax(0, 2fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
    '@media (max-width: 520px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  headLabel: { '@media (max-width: 520px)': { display: 'none' } },
  moves: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface MergeDialogProps {
  survivor: Contact;
  duplicateId: string;
  onClose: () => void;
  onMerged: (result: MergeResult) => void;
}

/** Both contacts side by side: the person picks a value per conflicting field, sees what moves, and merges. */
export function MergeDialog({ survivor, duplicateId, onClose, onMerged }: MergeDialogProps) {
  const styles = useStyles();
  const custom = useCustomFields();
  const customLabels = useMemo(
    () => new Map((custom.definitions ?? []).map((d) => [d.key, d.label])),
    [custom.definitions],
  );
  const { preview, choices, setChoices, error, setError, busy, merge } = useMerge(survivor.id, duplicateId, onMerged);

  const rows = preview ? mergeRows(preview.survivor, preview.duplicate, preview.conflicts) : [];
  const moves = preview ? describeMoves(preview.moves) : [];
  // A phone as people write it: the service keeps E.164 (+447700900123) and formats it for each contact.
  const phonesShown = new Map(
    preview ? [preview.survivor, preview.duplicate].map((c) => [c.phone, c.phoneDisplay]) : [],
  );
  const show = (key: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '—';
    if (key === 'phone' && typeof value === 'string') return phonesShown.get(value) || value;
    return formatFieldValue(key, value, customLabels);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Merge duplicate contacts</DialogTitle>
          <DialogContent className={styles.content}>
            <ErrorBar error={error} onDismiss={() => setError(null)} />
            {!preview && !error && <Spinner label="Comparing the two contacts…" />}
            {preview && (
              <>
                <Text>
                  {contactName(preview.duplicate)} will be merged into {contactName(preview.survivor)} and moved to the
                  trash. Where they differ, pick the value to keep.
                </Text>
                <div className={styles.grid} role="group" aria-label="The two contacts side by side">
                  <span className={styles.headLabel} aria-hidden="true" />
                  <Text className={styles.head}>This contact (kept)</Text>
                  <Text className={styles.head}>Duplicate</Text>
                  {rows.map((row) => (
                    <MergeRowView
                      key={row.key}
                      label={fieldLabel(row.key, customLabels)}
                      survivor={show(row.key, row.survivor)}
                      duplicate={show(row.key, row.duplicate)}
                      kept={show(row.key, keptValue(row, choices[row.key]))}
                      conflict={row.conflict}
                      side={choices[row.key] ?? 'survivor'}
                      onPick={(side) => setChoices((current) => ({ ...current, [row.key]: side }))}
                    />
                  ))}
                </div>
                <Text weight="semibold">What moves to {contactName(preview.survivor)}</Text>
                {moves.length === 0 ? (
                  <Text>Nothing else: the duplicate has no relationships, campaigns or timeline entries.</Text>
                ) : (
                  <ul className={styles.moves}>
                    {moves.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
                <Text size={200}>Other emails and phones are all kept. You can undo the merge afterwards.</Text>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!preview || busy} onClick={() => void merge()}>
              {busy ? 'Merging…' : 'Merge'}
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
