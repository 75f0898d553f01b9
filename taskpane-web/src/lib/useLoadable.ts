import { useCallback, useEffect, useRef, useState } from 'react';

/** What a read resolved to, or that it is still reading, or why it failed. */
export type Loadable<S> = { status: 'loading' } | { status: 'failed'; error: unknown } | S;

/**
 * The state `read` resolves to, read again when `read` changes and on `reload()`; 'loading' while it reads, 'failed'
 * with the error when it rejects. An answer that a newer read replaced is dropped. Wrap `read` in useCallback.
 * `known` may give the state at once (read before the first render): then the first read is skipped.
 */
export function useLoadable<S>(read: () => Promise<S>, known?: () => S | undefined) {
  const skipFirstRead = useRef(false);
  const [state, setState] = useState<Loadable<S>>(() => {
    const ready = known?.();
    if (ready === undefined) return { status: 'loading' };
    skipFirstRead.current = true;
    return ready;
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    if (skipFirstRead.current) {
      skipFirstRead.current = false;
      return;
    }
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
