import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { WorkbookReport } from '../../office/excelReports';

const useStyles = makeStyles({
  caption: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface WorkbookReportListProps {
  reports: WorkbookReport[];
  /** The key of the report being refreshed, if any. */
  busy: string | null;
  onRefresh: (report: WorkbookReport) => void;
}

/** The reports Steward put into this workbook, each with when it was last brought up to date and Refresh. */
export function WorkbookReportList({ reports, busy, onRefresh }: WorkbookReportListProps) {
  const styles = useStyles();
  if (reports.length === 0) return null;
  return (
    <>
      <Text size={200} weight="semibold" className={styles.caption} aria-hidden>
        In this workbook
      </Text>
      <ul className={styles.list} aria-label="Reports in this workbook">
        {reports.map((report) => (
          <li key={report.key} className={styles.item}>
            <span className={styles.text}>
              <Text weight="semibold">{report.title}</Text>
              <Text size={200} className={styles.muted}>
                {`${report.sheets.length} ${report.sheets.length === 1 ? 'sheet' : 'sheets'} · ${report.refreshedAt ? `refreshed ${when(report.refreshedAt)}` : `inserted ${when(report.insertedAt)}`}`}
              </Text>
            </span>
            <Button
              size="small"
              icon={busy === report.key ? <Spinner size="extra-tiny" /> : <ArrowSyncRegular />}
              disabled={busy !== null}
              aria-label={`Refresh report ${report.title}`}
              onClick={() => onRefresh(report)}
            >
              Refresh
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
