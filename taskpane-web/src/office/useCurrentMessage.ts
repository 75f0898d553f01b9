import { useEffect } from 'react';
import { useLoadable } from '../lib/useLoadable';
import { onItemChanged, readBodyText, readCurrentMessage, type OpenMessage } from './outlook';

export type CurrentMessage =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; message: OpenMessage };

const readMessage = async (): Promise<CurrentMessage> => {
  const message = await readCurrentMessage();
  return message ? { status: 'ready', message } : { status: 'none' };
};

/**
 * The message open in Outlook, read again when a pinned pane moves to another message. `readBody` reads the body of
 * the message shown at the time of the call.
 */
export function useCurrentMessage(): CurrentMessage & { readBody: () => Promise<string>; reload: () => void } {
  const { state, setState, reload } = useLoadable(readMessage);

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
