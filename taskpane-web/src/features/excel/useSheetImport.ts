import { useCallback, useState } from 'react';
import { useApi, type ImportJob } from '../../api';
import type { ReadScope } from '../../office/excel';
import { importSheet, type ImportedSheet, type ReadProgress } from './sheetSync';

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'review'; imported: ImportedSheet; job: ImportJob }
  | { kind: 'committed'; imported: ImportedSheet; job: ImportJob };

/** The sheet import's steps: reading and sending the rows, the job's review, and after its commit. */
export function useSheetImport(workbookName: string | null) {
  const api = useApi();
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);

  const start = useCallback(
    async (scope: ReadScope) => {
      setError(null);
      setStep({ kind: 'reading', progress: null });
      try {
        const imported = await importSheet(api.imports, workbookName, scope, (progress) =>
          setStep({ kind: 'reading', progress }),
        );
        setStep({ kind: 'review', imported, job: imported.job });
      } catch (failure) {
        setError(failure);
        setStep({ kind: 'idle' });
      }
    },
    [api, workbookName],
  );

  const changeJob = useCallback(
    (job: ImportJob) =>
      setStep((current) => (current.kind === 'review' || current.kind === 'committed' ? { ...current, job } : current)),
    [],
  );
  const committed = useCallback(
    (job: ImportJob) =>
      setStep((current) =>
        current.kind === 'review' ? { kind: 'committed', imported: current.imported, job } : current,
      ),
    [],
  );
  const reset = useCallback(() => setStep({ kind: 'idle' }), []);

  return { step, error, dismissError: () => setError(null), start, changeJob, committed, reset };
}
