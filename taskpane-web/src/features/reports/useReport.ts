import { useEffect, useState } from 'react';

/**
 * Loads a report's figures whenever `key` changes (null loads nothing), keeping only the latest answer. `load` is
 * called with an abort signal for the previous request.
 */
export function useReport<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>) {
  const [report, setReport] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setError(null);
    load(controller.signal).then(
      (value) => !controller.signal.aborted && setReport({ key, value }),
      (failure: unknown) => !controller.signal.aborted && setError(failure),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is rebuilt on each render; `key` says when there is something new to load
  }, [key]);

  const current = report?.key === key ? (report?.value ?? null) : null;
  return { report: current, error: key === null ? null : error, loading: key !== null && !current && !error };
}
