import { useCallback, useEffect, useRef, useState } from 'react';
import { onItemChanged, readBodyText, readCurrentMessage, takeOpeningMessage, type OpenMessage } from './outlook';

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
  // The message the pane opened on may have been read while it signed in: then the first render shows it.
  const [state, setState] = useState<CurrentMessage>(() => {
    const opening = takeOpeningMessage();
    if (!opening) return { status: 'loading' };
    return opening.value ? { status: 'ready', message: opening.value } : { status: 'none' };
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const readAtOpening = useRef(state.status !== 'loading');

  useEffect(() => {
    if (readAtOpening.current) {
      readAtOpening.current = false;
      return;
    }
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
