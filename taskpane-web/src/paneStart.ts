import { cookieTokens, createApi, type Api, type ApiClient } from './api';
import { prefetchPeople } from './features/outlook/peopleLookup';
import { officeSignIn, type OfficeSignIn } from './features/pane/officeSignIn';
import { paneClient } from './features/pane/paneClient';
import { keptSignInRefused } from './features/pane/sessionTokens';
import type { PaneOpening } from './features/pane/usePaneAuth';
import { tracked, type Tracked } from './lib/tracked';
import type { Host } from './office';

export interface PaneStart {
  client: ApiClient;
  opening: Tracked<PaneOpening>;
}

/**
 * A pane's first requests, sent while the pane's code still loads: the firm's settings at once, and once Office is
 * ready, where a local sign-in was kept from an earlier open, who the user is and (in Outlook) the open message's
 * people. The pane's first render then often has all it needs to show the sender's card. A Microsoft sign-in through
 * Office (NAA) waits for the settings, which say whether the firm has one; the pane's sign-in does that.
 */
export function startPane(
  hostReady: Promise<Host>,
  { client = paneClient(), signIn = officeSignIn }: { client?: ApiClient; signIn?: OfficeSignIn } = {},
): PaneStart {
  return { client, opening: tracked(open(createApi(client), hostReady, signIn)) };
}

async function open(api: Api, hostReady: Promise<Host>, signIn: OfficeSignIn): Promise<PaneOpening> {
  const settings = api.auth.config();
  settings.catch(() => undefined); // awaited below
  const host = await hostReady; // whether Office offers its own sign-in (NAA) is known only once it is ready
  const resuming = host === 'web' ? undefined : signIn.silentBeforeConfig?.(api);
  const found = resuming ? await resuming : null;
  if (!found) return { config: await settings, signedIn: null };
  api.client.setTokenProvider(found.tokens);
  if (host === 'outlook') void prefetchPeople(api);
  const [config, me] = await Promise.all([settings, api.auth.me()]);
  if (keptSignInRefused(config, found)) {
    found.forget();
    api.client.setTokenProvider(cookieTokens);
    return { config, signedIn: null };
  }
  return { config, signedIn: { credentials: found, me } };
}
