import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useApi, type CustomFieldDefinition, type Page, type RejectedRow } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { Pager } from '../../ui/Pager';
import { reasonLines } from './labels';
import { RowNumber } from './RowNumber';
import { saveFile } from '../../ui/saveFile';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0, flexGrow: 1 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  reason: { color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
  cells: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface RejectedRowsProps {
  jobId: string;
  customFields: CustomFieldDefinition[];
  onRowClick?: (rowNumber: number) => void;
}

/** The rows the import left out, each with its row number and reason, and the same rows as an .xlsx. */
export function RejectedRows({ jobId, customFields, onRowClick }: RejectedRowsProps) {
  const styles = useStyles();
  const api = useApi();
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<RejectedRow> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    api.imports.rejected(jobId, pageIndex, PAGE_SIZE, abort.signal).then(setPage, (failure: unknown) => {
      if (!abort.signal.aborted) setError(failure);
    });
    return () => abort.abort();
  }, [api, jobId, pageIndex]);

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      saveFile(await api.imports.rejectedFile(jobId), `rejected-rows-${jobId.slice(0, 8)}.xlsx`);
    } catch (failure) {
      setDownloadError(failure);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section className={styles.root} aria-label="Rejected rows">
      <div className={styles.titleRow}>
        <h3 className={styles.title}>
          <Text weight="semibold" size={400}>
            Rejected rows
          </Text>
        </h3>
        <Button
          icon={downloading ? <Spinner size="extra-tiny" /> : <ArrowDownloadRegular />}
          disabled={downloading}
          onClick={() => void download()}
        >
          Download rejected rows (.xlsx)
        </Button>
      </div>
      <ErrorBar
        error={downloadError}
        title="The file could not be downloaded"
        onDismiss={() => setDownloadError(null)}
      />
      <ErrorBar error={error} title="The rejected rows could not be read" />
      {!page && !error && <Spinner size="tiny" label="Reading the rejected rows…" />}
      {page && (
        <>
          <ul className={styles.list} aria-label="Rejected rows list">
            {page.items.map((row) => (
              <li key={row.rowNumber} className={styles.item}>
                <span>
                  <Text size={200}>Row </Text>
                  <RowNumber rowNumber={row.rowNumber} onRowClick={onRowClick} />
                </span>
                <span className={styles.text}>
                  {reasonLines(row.reason, customFields).map((line) => (
                    <Text key={line} className={styles.reason}>
                      {line}
                    </Text>
                  ))}
                  <Text size={200} className={styles.cells}>
                    {row.cells.filter(Boolean).join(' · ')}
                  </Text>
                </span>
              </li>
            ))}
          </ul>
          {page.totalElements > PAGE_SIZE && <Pager page={page} onPage={setPageIndex} />}
        </>
      )}
    </section>
  );
}
