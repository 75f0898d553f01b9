/**
 * A local sign-in kept across pane opens. Office gives each add-in its own, partitioned browser storage, so the
 * refresh token kept there is this add-in's alone; the access token is never stored. The service rotates the
 * refresh token on every use and ends the whole sign-in when a spent one comes back, so every use goes through
 * {@link KeptSignIn.exclusive}: two panes open at once (a read pane and a compose window) take turns, and each
 * starts from the newest token the other left.
 */
export interface KeptSignIn {
  read(): string | null;
  write(refreshToken: string): void;
  clear(): void;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

const KEY = 'steward.pane.refreshToken';
const LOCK = 'steward.pane.signIn';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (a locked-down browser): the sign-in then lasts as long as the pane.
    return null;
  }
}

export const keptSignIn: KeptSignIn = {
  read: () => storage()?.getItem(KEY) ?? null,
  write: (refreshToken) => storage()?.setItem(KEY, refreshToken),
  clear: () => storage()?.removeItem(KEY),
  exclusive: <T>(work: () => Promise<T>): Promise<T> => {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? (locks.request(LOCK, work) as Promise<T>) : work();
  },
};
