import { useCallback, useEffect, useState } from 'react';

/** What a read resolved to, or that it is still reading, or why it failed. */
export type Loadable<S> = { status: 'loading' } | { status: 'failed'; error: unknown } | S;

/**
 * The state `read` resolves to, read again when `read` changes and on `reload()`; 'loading' while it reads, 'failed'
 * with the error when it rejects. An answer that a newer read replaced is dropped. Wrap `read` in useCallback.
 */
export function useLoadable<S>(read: () => Promise<S>) {
  const [state, setState] = useState<Loadable<S>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    read().then(
      (result) => live && setState(result),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [read, generation]);

  return { state, setState, reload };
}
