import { useEffect, useState } from 'react';
import { useApi, type Api } from '../api';

/**
 * What `read` answers for `key`, read again when the key or the `revision` changes; null while the key's first answer
 * is being read. A new revision keeps the last answer shown until the next one comes, and an answer that comes after
 * the key changed is dropped. `read` should be a module-level function, so that it stays the same.
 */
export function useRead<T>(read: (api: Api, key: string) => Promise<T>, key: string, revision = 0) {
  const api = useApi();
  const [answer, setAnswer] = useState<{ key: string; data: T } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    read(api, key).then(
      (data) => {
        if (!live) return;
        setAnswer({ key, data });
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, read, key, revision]);
  return { data: answer?.key === key ? answer.data : null, error };
}
