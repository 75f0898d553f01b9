import { Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { readWorkbookInfo, type WorkbookInfo } from '../../office/excel';
import { ErrorBar } from '../../ui/ErrorBar';
import { useSession } from '../auth/SessionContext';
import { PaneHeader } from '../pane/PaneHeader';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

export interface ExcelPaneProps {
  /** Reads the workbook's and the sheet's name; Excel's unless a test replaces it. */
  readWorkbook?: () => Promise<WorkbookInfo>;
}

/** The Excel face: which workbook this is, who is signed in, and the way to the full app. */
export function ExcelPane({ readWorkbook = readWorkbookInfo }: ExcelPaneProps) {
  const styles = useStyles();
  const { me } = useSession();
  const [workbook, setWorkbook] = useState<WorkbookInfo | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    readWorkbook().then(
      (info) => live && setWorkbook(info),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [readWorkbook]);

  const title = workbook ? (workbook.workbookName ?? 'Unsaved workbook') : 'Steward';
  return (
    <>
      <PaneHeader title={title} subtitle={workbook ? `Sheet: ${workbook.sheetName}` : undefined} />
      <main className={styles.body}>
        <ErrorBar error={error} />
        {!workbook && !error && <Spinner size="tiny" label="Reading the workbook…" />}
        <section className={styles.card} aria-label="Your Steward account">
          <dl className={styles.facts}>
            <dt className={styles.term}>Signed in as</dt>
            <dd className={styles.value}>
              {me.user.fullName} ({me.user.email})
            </dd>
            <dt className={styles.term}>Firm</dt>
            <dd className={styles.value}>{me.firm.name}</dd>
          </dl>
          <Text>
            <Link href={`${window.location.origin}/`} target="_blank" rel="noreferrer">
              Open Steward in the browser
            </Link>
          </Text>
        </section>
      </main>
    </>
  );
}
