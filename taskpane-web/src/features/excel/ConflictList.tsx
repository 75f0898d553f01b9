import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApi, type ImportJob, type SheetConflict } from '../../api';
import { writeRowValues } from '../../office/excel';
import { ErrorBar } from '../../ui/ErrorBar';
import { fieldLabel, shown } from './fieldLabel';
import { usePaneStyles } from './paneStyles';
import { columnsOf } from './sheetSync';

const useStyles = makeStyles({
  contact: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  radio: { overflowWrap: 'anywhere' },
});

type Pick = 'sheet' | 'crm';
type Picks = Record<string, Record<string, Pick>>;

const pickKey = (conflict: SheetConflict) => `${conflict.contactId}:${conflict.field}`;

export interface ConflictListProps {
  job: ImportJob;
  /** The sheet row of the header, to find the columns when writing Steward's values into the sheet. */
  headerRow: number;
}

/**
 * Fields changed both in the sheet and in Steward since the last sync. The import left them alone; the user picks a
 * side for each, nothing is chosen for them.
 */
export function ConflictList({ job, headerRow }: ConflictListProps) {
  const styles = { ...usePaneStyles(), ...useStyles() };
  const api = useApi();
  const conflicts = useMemo(() => job.conflicts ?? [], [job.conflicts]);
  const byContact = useMemo(() => {
    const groups = new Map<string, SheetConflict[]>();
    conflicts.forEach((conflict) =>
      groups.set(conflict.contactId, [...(groups.get(conflict.contactId) ?? []), conflict]),
    );
    return groups;
  }, [conflicts]);
  const [picks, setPicks] = useState<Picks>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SheetConflict[] | null>(null);
  const [written, setWritten] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const pickOf = (conflict: SheetConflict) => picks[conflict.contactId]?.[conflict.field];
  const choose = (conflict: SheetConflict, pick: Pick) =>
    setPicks((current) => ({
      ...current,
      [conflict.contactId]: { ...current[conflict.contactId], [conflict.field]: pick },
    }));
  const chooseAll = (pick: Pick) => conflicts.forEach((conflict) => choose(conflict, pick));
  const complete = conflicts.every((conflict) => pickOf(conflict));

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      for (const [contactId, fields] of Object.entries(picks)) {
        await api.imports.resolve(job.sheetLinkId!, job.id, contactId, fields);
      }
      const kept = conflicts.filter((conflict) => pickOf(conflict) === 'crm');
      setSaved(kept);
      // Steward's value is now the synced one: a sheet still showing its own would win the next sync.
      if (kept.length > 0) await writeSteward(kept);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const writeSteward = async (kept: SheetConflict[]) => {
    setError(null);
    try {
      const rows = kept.map((conflict) => ({
        rowNumber: conflict.rowNumber,
        values: { [conflict.field]: conflict.crm },
      }));
      setWritten((await writeRowValues(headerRow, columnsOf(job), rows)).cellsChanged);
    } catch (failure) {
      setError(failure);
    }
  };

  if (conflicts.length === 0 || !job.sheetLinkId) return null;
  return (
    <section className={styles.card} aria-label="Conflicts">
      <h2 className={styles.heading}>Changed on both sides</h2>
      {saved ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>Your choices are saved in Steward.</MessageBarBody>
          </MessageBar>
          {saved.length > 0 && written === null && (
            <>
              <p className={styles.value}>
                The sheet still shows its own value in {saved.length} {saved.length === 1 ? 'cell' : 'cells'} where you
                kept Steward's. Write Steward's values before the next sync, or the sheet's will be taken as new edits.
              </p>
              <div className={styles.actions}>
                <Button appearance="primary" onClick={() => void writeSteward(saved)}>
                  Write Steward's values into the sheet
                </Button>
              </div>
            </>
          )}
          {written !== null && (
            <p className={styles.value}>
              {written} {written === 1 ? 'cell' : 'cells'} of the sheet updated to Steward's value.
            </p>
          )}
        </>
      ) : (
        <>
          <p className={styles.value}>
            These fields were changed in the sheet and in Steward since the last sync. Nothing was overwritten: pick the
            value to keep.
          </p>
          <div className={styles.actions}>
            <Button size="small" onClick={() => chooseAll('sheet')}>
              All from the sheet
            </Button>
            <Button size="small" onClick={() => chooseAll('crm')}>
              All from Steward
            </Button>
          </div>
          {[...byContact.entries()].map(([contactId, fields]) => (
            <fieldset key={contactId} className={styles.contact}>
              <legend className={styles.legend}>
                Row {fields[0]?.rowNumber}
                {fields[0]?.displayName ? ` · ${fields[0].displayName}` : ''}
              </legend>
              {fields.map((conflict) => (
                <Field key={pickKey(conflict)} label={fieldLabel(conflict.field)}>
                  <RadioGroup
                    value={pickOf(conflict) ?? ''}
                    onChange={(_, data) => choose(conflict, data.value as Pick)}
                  >
                    <Radio className={styles.radio} value="sheet" label={`Sheet: ${shown(conflict.sheet)}`} />
                    <Radio className={styles.radio} value="crm" label={`Steward: ${shown(conflict.crm)}`} />
                  </RadioGroup>
                </Field>
              ))}
            </fieldset>
          ))}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!complete || saving} onClick={() => void save()}>
              {saving ? 'Saving…' : 'Save choices'}
            </Button>
          </div>
        </>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
    </section>
  );
}
