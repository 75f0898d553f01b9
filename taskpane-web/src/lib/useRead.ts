import { useEffect, useState } from 'react';
import { useApi, type Api } from '../api';

/**
 * What `read` answers for `key`, read again when the key changes; null while it is being read. An answer that comes
 * after the key changed is dropped. `read` should be a module-level function, so that it stays the same.
 */
export function useRead<T>(read: (api: Api, key: string) => Promise<T>, key: string) {
  const api = useApi();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    read(api, key).then(
      (result) => live && setData(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, read, key]);
  return { data, error };
}
