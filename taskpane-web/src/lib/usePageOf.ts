import { useCallback, useEffect, useState } from 'react';
import { useApi, type Api, type Page } from '../api';

/**
 * The page that `read` answers for `query`, read again when the query changes or on `reload()`; a read that a newer
 * one replaced is aborted. The page shown stays until the next one comes. `read` should be a module-level function,
 * and `query` plain data (it is compared by value).
 */
export function usePageOf<Q, T>(read: (api: Api, query: Q, signal: AbortSignal) => Promise<Page<T>>, query: Q) {
  const api = useApi();
  const key = JSON.stringify(query);
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    read(api, JSON.parse(key) as Q, controller.signal).then(
      (result) => {
        setPage(result);
        setError(null);
      },
      (failure: unknown) => !controller.signal.aborted && setError(failure),
    );
    return () => controller.abort();
  }, [api, read, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { page, setPage, error, reload, version };
}
