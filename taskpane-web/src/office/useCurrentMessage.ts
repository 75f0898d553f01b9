import { useEffect } from 'react';
import { useLoadable } from '../lib/useLoadable';
import { onItemChanged, readBodyText, readCurrentMessage, takeOpeningMessage, type OpenMessage } from './outlook';

export type CurrentMessage =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; message: OpenMessage };

const asState = (message: OpenMessage | null): CurrentMessage =>
  message ? { status: 'ready', message } : { status: 'none' };

const readMessage = async (): Promise<CurrentMessage> => asState(await readCurrentMessage());

/** The message the pane opened on, when it was read while the pane signed in: the first render then shows it. */
const openingMessage = (): CurrentMessage | undefined => {
  const opening = takeOpeningMessage();
  return opening && asState(opening.value);
};

/**
 * The message open in Outlook, read again when a pinned pane moves to another message. `readBody` reads the body of
 * the message shown at the time of the call.
 */
export function useCurrentMessage(): CurrentMessage & { readBody: () => Promise<string>; reload: () => void } {
  const { state, setState, reload } = useLoadable(readMessage, openingMessage);

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
  }, [reload, setState]);

  return { ...state, readBody: readBodyText, reload };
}
