import { useCallback, useEffect, useState } from 'react';
import { onItemChanged, readBodyText, readCurrentMessage, type OpenMessage } from './outlook';

export type CurrentMessage =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; message: OpenMessage };

/**
 * The message open in Outlook, read again when a pinned pane moves to another message. `readBody` reads the body of
 * the message shown at the time of the call.
 */
export function useCurrentMessage(): CurrentMessage & { readBody: () => Promise<string>; reload: () => void } {
  const [state, setState] = useState<CurrentMessage>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    readCurrentMessage().then(
      (message) => live && setState(message ? { status: 'ready', message } : { status: 'none' }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [generation]);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    onItemChanged(reload).then(
      (remove) => {
        if (live) stop = remove;
        else remove();
      },
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [reload]);

  return { ...state, readBody: readBodyText, reload };
}
