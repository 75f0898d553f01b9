import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, type ColumnChoice, type ImportJob, type ImportPolicy, type ImportProgress } from '../../api';

export type ImportBusy = 'remap' | 'policy' | 'commit' | 'undo' | null;

export interface ImportActionsOptions {
  onJobChange: (job: ImportJob) => void;
  onCommitted?: (job: ImportJob) => void;
}

/**
 * The job's changes (mapping, policy, commit, undo), each reported through onJobChange; a committing job is followed
 * until it settles, whether this screen started the commit or reopened it while it ran.
 */
export function useImportActions(job: ImportJob, { onJobChange, onCommitted }: ImportActionsOptions) {
  const api = useApi();
  const [busy, setBusy] = useState<ImportBusy>(null);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const reportedCommits = useRef(new Set<string>());
  // The latest callbacks, so that a long follow does not restart when the parent passes new functions.
  const callbacks = useRef({ onJobChange, onCommitted });
  useEffect(() => {
    callbacks.current = { onJobChange, onCommitted };
  });

  const reportIfCommitted = useCallback((settled: ImportJob) => {
    if (settled.status === 'committed' && !reportedCommits.current.has(settled.id)) {
      reportedCommits.current.add(settled.id);
      callbacks.current.onCommitted?.(settled);
    }
  }, []);

  const run = useCallback(
    async (kind: Exclude<ImportBusy, null>, call: () => Promise<ImportJob>) => {
      setBusy(kind);
      setError(null);
      try {
        const next = await call();
        callbacks.current.onJobChange(next);
        if (kind === 'commit') reportIfCommitted(next); // a small file may be committed before the answer
      } catch (failure) {
        setError(failure);
      } finally {
        setBusy(null);
      }
    },
    [reportIfCommitted],
  );

  const following = job.status === 'committing';
  // Follows once per committing job; the progress numbers in `job` only seed the bar.
  useEffect(() => {
    if (!following) return;
    const abort = new AbortController();
    setProgress({ id: job.id, status: job.status, rowsDone: job.rowsDone, rowsTotal: job.rowsTotal, error: null });
    api.imports.follow(job.id, setProgress, abort.signal).then(
      (settled) => {
        callbacks.current.onJobChange(settled);
        reportIfCommitted(settled);
      },
      (failure: unknown) => {
        if (!abort.signal.aborted) setError(failure);
      },
    );
    return () => abort.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the progress numbers in `job` only seed the bar (above)
  }, [api, job.id, following, reportIfCommitted]);

  return {
    busy,
    error,
    progress: following ? progress : null,
    dismissError: () => setError(null),
    remap: (choice: ColumnChoice) => run('remap', () => api.imports.remap(job.id, [choice])),
    choosePolicy: (policy: ImportPolicy) => run('policy', () => api.imports.choosePolicy(job.id, policy)),
    commit: () => run('commit', () => api.imports.commit(job.id)),
    undo: () => run('undo', () => api.imports.undo(job.id)),
  };
}
