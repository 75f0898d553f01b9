import { Badge, Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type ImportJob } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatCount, formatDate } from '../../ui/format';
import { Link } from '../../lib/router';
import { jobTitle, STATUS_BADGE, STATUS_LABELS } from './labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink, overflowWrap: 'anywhere' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

function summary(job: ImportJob): string {
  const parts = [formatDate(job.createdAt), `${formatCount(job.rowsTotal)} rows`];
  if (job.counts) {
    parts.push(
      `${formatCount(job.counts.created)} new`,
      `${formatCount(job.counts.updated)} updated`,
      `${formatCount(job.counts.rejected)} rejected`,
    );
  }
  return parts.join(' · ');
}

/** The firm's latest imports, newest first; each opens its review. */
export function RecentImports() {
  const styles = useStyles();
  const api = useApi();
  const [jobs, setJobs] = useState<ImportJob[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    api.imports.recent(abort.signal).then(setJobs, (failure: unknown) => {
      if (!abort.signal.aborted) setError(failure);
    });
    return () => abort.abort();
  }, [api, attempt]);

  return (
    <section className={styles.root} aria-labelledby="recent-imports">
      <h2 id="recent-imports" className={styles.heading}>
        <Text size={500} weight="semibold">
          Recent imports
        </Text>
      </h2>
      <ErrorBar
        error={error}
        title="The recent imports could not be loaded"
        actions={<Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>}
      />
      {!jobs && !error && <Spinner size="tiny" label="Loading imports…" />}
      {jobs?.length === 0 && <Text>No imports yet.</Text>}
      {jobs && jobs.length > 0 && (
        <ul className={styles.list} aria-label="Recent imports">
          {jobs.map((job) => (
            <li key={job.id} className={styles.item}>
              <span className={styles.text}>
                <Link to={`/imports/${job.id}`} className={styles.name}>
                  {jobTitle(job)}
                </Link>
                <Text size={200} className={styles.secondary}>
                  {summary(job)}
                </Text>
              </span>
              <Badge appearance="tint" color={STATUS_BADGE[job.status]}>
                {STATUS_LABELS[job.status]}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
