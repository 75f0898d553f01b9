/**
 * Outlook's send event (Smart Alerts, Mailbox 1.12): a mail marked as tracked by the compose pane is recorded as sent
 * to its members as Outlook sends it. It runs without the pane and without a sign-in: the mail's signed tracking
 * token is its only credential, and the service accepts it for that one thing. It never stops a send: a mail Steward
 * does not track goes untouched, and when Steward cannot be reached the mail goes anyway, with a notice.
 */
import { ApiClient } from '../api/client';
import { campaignMailApi, TRACKING_HEADER } from '../api/campaignMail';
import { notify, readHeader, readSubject, serviceUrl } from '../office/compose';

/** What the handler did, for tests and the log. */
export type SendOutcome = 'untracked' | 'recorded' | 'not-recorded';

export const NOTICE_KEY = 'stewardOnSend';
export const NOT_RECORDED =
  'Steward could not record this campaign mail as sent (it could not be reached). The mail was sent; record it from the Steward pane.';

export interface SendEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface HandlerDeps {
  /** Builds the client for the service at `baseUrl`; tests give one with a fake fetch. */
  client(baseUrl: string): ApiClient;
}

const defaultDeps: HandlerDeps = {
  client: (baseUrl) => new ApiClient({ baseUrl }),
};

/** Records the mail being sent if it is tracked; always lets it go. */
export async function recordTrackedSend(deps: HandlerDeps = defaultDeps): Promise<SendOutcome> {
  let token: string | null;
  try {
    token = await readHeader(TRACKING_HEADER);
  } catch {
    return 'untracked';
  }
  if (!token) return 'untracked';
  try {
    const base = serviceUrl();
    if (!base) throw new Error('No address for Steward');
    const subject = ((await readSubject().catch(() => '')) || '').trim() || null;
    const recorded = await campaignMailApi(deps.client(base)).trackedSentOnSend(token, subject);
    return recorded.state === 'composed' ? 'not-recorded' : 'recorded';
  } catch {
    await notify(NOTICE_KEY, NOT_RECORDED).catch(() => undefined);
    return 'not-recorded';
  }
}

/** The function the manifest names (`onMessageSendHandler`). */
export function onMessageSendHandler(event: SendEvent, deps: HandlerDeps = defaultDeps): Promise<void> {
  return recordTrackedSend(deps)
    .catch(() => 'not-recorded' as const)
    .then(() => event.completed({ allowEvent: true }));
}
