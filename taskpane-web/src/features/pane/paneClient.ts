import { ApiClient } from '../../api';

/**
 * The pane's client sends Bearer tokens and no cookies: Office may share cookies between panes and dialogs, and the
 * pane's sign-in must stand on its own.
 */
export function paneClient(): ApiClient {
  return new ApiClient({ fetch: (input, init) => globalThis.fetch(input, { ...init, credentials: 'omit' }) });
}
