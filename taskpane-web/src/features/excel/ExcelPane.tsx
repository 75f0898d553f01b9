import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useState } from 'react';
import {
  activateSheet,
  listSheets,
  readWorkbookInfo,
  selectSheetRow,
  type WorkbookInfo,
  type WorkbookSheetInfo,
} from '../../office/excel';
import type { ReportSheets } from '../../office/excelReports';
import { ErrorBar } from '../../ui/ErrorBar';
import { ImportReview } from '../imports';
import { useSession } from '../../lib/SessionContext';
import { PaneHeader } from '../../ui/pane/PaneHeader';
import { AccountCard } from './AccountCard';
import { AfterCommit, SheetDecisions } from './AfterCommit';
import { AfterUndo } from './AfterUndo';
import { ConflictNotice } from './ConflictNotice';
import { ImportActions } from './ImportActions';
import { SheetPicker } from './SheetPicker';
import { LinkedSheetCard } from './LinkedSheetCard';
import { ReadingProgress } from './ReadingProgress';
import { useSheetImport } from './useSheetImport';
import { useSheetLink } from './useSheetLink';

// Loaded when the Excel pane shows it, so that the Outlook pane's first load stays small.
const ReportsCard = lazy(() => import('./ReportsCard').then((m) => ({ default: m.ReportsCard })));

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  done: { alignSelf: 'flex-start' },
});

export interface ExcelPaneProps {
  /** Reads the workbook's and the sheet's name; Excel's unless a test replaces it. */
  readWorkbook?: () => Promise<WorkbookInfo>;
  /** The workbook's report sheets; Excel's unless a test replaces them. */
  reportSheets?: ReportSheets;
  /** Lists the workbook's sheets; Excel's unless a test replaces it. */
  readSheets?: () => Promise<WorkbookSheetInfo[]>;
  /** Opens a sheet; Excel's unless a test replaces it. */
  openSheet?: (name: string) => Promise<void>;
}

/** The Excel face: import the sheet, keep a linked sheet in sync, reports as sheets, and who is signed in. */
export function ExcelPane({
  readWorkbook = readWorkbookInfo,
  reportSheets,
  readSheets = listSheets,
  openSheet = activateSheet,
}: ExcelPaneProps) {
  const styles = useStyles();
  const { canEdit } = useSession();
  const [workbook, setWorkbook] = useState<WorkbookInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sheets, setSheets] = useState<WorkbookSheetInfo[]>([]);
  const [opening, setOpening] = useState(false);
  const sheetLink = useSheetLink(workbook);
  const importing = useSheetImport(workbook?.workbookName ?? null);
  const { step } = importing;

  useEffect(() => {
    let live = true;
    readWorkbook().then(
      (info) => live && setWorkbook(info),
      (failure: unknown) => live && setError(failure),
    );
    // Without the list of sheets the pane still imports the active one; the picker is only left out.
    readSheets().then(
      (list) => live && setSheets(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [readWorkbook, readSheets]);

  const pickSheet = async (name: string) => {
    setError(null);
    setOpening(true);
    try {
      await openSheet(name);
      setWorkbook(await readWorkbook());
    } catch (failure) {
      setError(failure);
    } finally {
      setOpening(false);
    }
  };

  const selectRow = (rowNumber: number) => {
    setError(null);
    selectSheetRow(rowNumber).catch(setError);
  };
  const done = () => {
    importing.reset();
    sheetLink.reload();
  };

  const title = workbook ? (workbook.workbookName ?? 'Unsaved workbook') : 'Steward';
  return (
    <>
      <PaneHeader title={title} subtitle={workbook ? `Sheet: ${workbook.sheetName}` : undefined} />
      <main className={styles.body}>
        <ErrorBar error={error} onDismiss={workbook ? () => setError(null) : undefined} />
        <ErrorBar error={sheetLink.error} title="Steward could not tell whether this sheet is linked" />
        <ErrorBar error={importing.error} title="The sheet was not imported" onDismiss={importing.dismissError} />
        {!workbook && !error && <Spinner size="tiny" label="Reading the workbook…" />}
        {workbook && step.kind === 'idle' && (
          <SheetPicker
            sheets={sheets}
            current={workbook.sheetName}
            disabled={opening}
            onPick={(name) => void pickSheet(name)}
          />
        )}
        {workbook &&
          step.kind === 'idle' &&
          (sheetLink.link ? (
            <LinkedSheetCard
              link={sheetLink.link}
              canEdit={canEdit}
              busy={false}
              onSync={() => void importing.start('sheet')}
            />
          ) : (
            <ImportActions
              canEdit={canEdit}
              unsaved={!workbook.workbookName}
              onImport={(scope) => void importing.start(scope)}
            />
          ))}
        {step.kind === 'reading' && <ReadingProgress progress={step.progress} />}
        {(step.kind === 'review' || step.kind === 'committed') && (
          <>
            {step.kind === 'review' && step.job.status === 'ready' && <ConflictNotice job={step.job} />}
            {/* First what needs the user's decision, above the import's outcome and its long list of counts. */}
            {step.kind === 'committed' && step.job.status === 'committed' && (
              <SheetDecisions imported={step.imported} job={step.job} />
            )}
            <ImportReview
              compact
              job={step.job}
              onJobChange={importing.changeJob}
              onRowClick={selectRow}
              onCommitted={importing.committed}
            />
            {step.kind === 'committed' && step.job.status === 'committed' && (
              <AfterCommit imported={step.imported} job={step.job} onIdsWritten={sheetLink.reload} />
            )}
            {step.kind === 'committed' && step.job.status === 'undone' && (
              <AfterUndo imported={step.imported} job={step.job} onCleared={sheetLink.reload} />
            )}
            {step.kind === 'committed' ? (
              <Button className={styles.done} appearance="primary" onClick={done}>
                Done
              </Button>
            ) : (
              <Button
                className={styles.done}
                icon={<ArrowLeftRegular />}
                disabled={step.job.status === 'committing'}
                onClick={done}
              >
                Back without importing
              </Button>
            )}
          </>
        )}
        {workbook && step.kind === 'idle' && (
          <Suspense fallback={<Spinner size="tiny" label="Loading reports…" />}>
            <ReportsCard sheets={reportSheets} />
          </Suspense>
        )}
        {step.kind === 'idle' && <AccountCard />}
      </main>
    </>
  );
}
