/**
 * The only module that writes to a message being composed in Outlook: its recipients and subject, the body (the
 * campaign's mail goes in before the signature), the internet headers that mark it as tracked, and sending.
 * Like `outlook.ts`, every call returns a promise that rejects with a plain sentence.
 */
import { OfficeError, officeCall, type MailAddress } from './outlook';

type Compose = Office.MessageCompose & {
  sendAsync?: (callback: (result: Office.AsyncResult<void>) => void) => void;
};

function composeItem(): Compose | null {
  if (typeof Office === 'undefined') return null;
  const item = Office.context?.mailbox?.item as Compose | null | undefined;
  return item ?? null;
}

function requireItem(): Compose {
  const item = composeItem();
  if (!item) throw new OfficeError('Outlook shows no message being written.');
  return item;
}

/** Whether Outlook shows the pane beside a message being written (compose), rather than one being read. */
export function isComposing(): boolean {
  const item = composeItem();
  const to = item?.to as { getAsync?: unknown } | unknown[] | undefined;
  return Boolean(to && !Array.isArray(to) && typeof to.getAsync === 'function');
}

/** The signed-in user's own address (the mailbox a tracked mail is sent from). */
export function userAddress(): string | null {
  if (typeof Office === 'undefined') return null;
  return Office.context?.mailbox?.userProfile?.emailAddress?.trim() || null;
}

function addresses(list: Office.EmailAddressDetails[] | null | undefined): MailAddress[] {
  return (list ?? [])
    .map((details) => ({ name: (details.displayName ?? '').trim(), email: (details.emailAddress ?? '').trim() }))
    .filter((address) => address.email !== '');
}

/** The To recipients of the message being written. */
export async function readRecipients(): Promise<MailAddress[]> {
  const item = requireItem();
  return addresses(
    await officeCall<Office.EmailAddressDetails[]>('read the recipients', (callback) => item.to.getAsync(callback)),
  );
}

/** Every To and Cc recipient of the message being written, each address once, To first. */
export async function readAllRecipients(): Promise<MailAddress[]> {
  const item = requireItem();
  const to = addresses(
    await officeCall<Office.EmailAddressDetails[]>('read the recipients', (callback) => item.to.getAsync(callback)),
  );
  const cc =
    item.cc && typeof item.cc.getAsync === 'function'
      ? addresses(
          await officeCall<Office.EmailAddressDetails[]>('read the Cc recipients', (callback) =>
            item.cc.getAsync(callback),
          ),
        )
      : [];
  const seen = new Set<string>();
  return [...to, ...cc].filter((address) => {
    const key = address.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function readSubject(): Promise<string> {
  const item = requireItem();
  return (await officeCall<string>('read the subject', (callback) => item.subject.getAsync(callback))) ?? '';
}

export function writeSubject(subject: string): Promise<void> {
  const item = requireItem();
  return officeCall<void>('set the subject', (callback) => item.subject.setAsync(subject, callback));
}

/** Puts HTML at the top of the body, above the signature (where the host can, else at the cursor). */
export function insertHtml(html: string): Promise<void> {
  const item = requireItem();
  const options = { coercionType: Office.CoercionType.Html };
  if (typeof item.body.prependAsync === 'function') {
    return officeCall<void>('insert the mail', (callback) => item.body.prependAsync(html, options, callback));
  }
  return officeCall<void>('insert the mail', (callback) => item.body.setSelectedDataAsync(html, options, callback));
}

const CANNOT_TRACK = 'This version of Outlook cannot mark a mail as tracked (it needs Mailbox 1.8).';

/** Rejects, before anything is written, where the host cannot set internet headers. */
export function requireTracking(): void {
  const item = requireItem();
  if (!item.internetHeaders || typeof item.internetHeaders.setAsync !== 'function') throw new OfficeError(CANNOT_TRACK);
}

/** Sets internet headers on the message (Mailbox 1.8); they travel with the sent mail. */
export function setHeaders(headers: Record<string, string>): Promise<void> {
  const item = requireItem();
  if (!item.internetHeaders || typeof item.internetHeaders.setAsync !== 'function') {
    return Promise.reject(new OfficeError(CANNOT_TRACK));
  }
  return officeCall<void>('mark the mail as tracked', (callback) => item.internetHeaders.setAsync(headers, callback));
}

/** Whether the pane can send the message itself; where it cannot, the person presses Send. */
export function canSend(): boolean {
  return typeof composeItem()?.sendAsync === 'function';
}

export function send(): Promise<void> {
  const item = requireItem();
  if (typeof item.sendAsync !== 'function')
    return Promise.reject(new OfficeError('This version of Outlook cannot send from the pane.'));
  return officeCall<void>('send the mail', (callback) => item.sendAsync?.(callback));
}

/** One internet header of the message being written, or null when it has none (or the host cannot read headers). */
export async function readHeader(name: string): Promise<string | null> {
  const item = requireItem();
  if (!item.internetHeaders || typeof item.internetHeaders.getAsync !== 'function') return null;
  const headers = await officeCall<Record<string, string>>('read the internet headers', (callback) =>
    item.internetHeaders.getAsync([name], callback),
  );
  const value =
    headers?.[name] ?? Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  return value?.trim() || null;
}

/** Shows a line above the message being written (it stays only as long as the message is open). */
export function notify(key: string, message: string): Promise<void> {
  const item = requireItem();
  const details = {
    type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
    message: message.length > 150 ? `${message.slice(0, 149)}…` : message,
    icon: 'Steward.Icon.16',
    persistent: false,
  };
  return officeCall<void>('show a notice', (callback) =>
    item.notificationMessages.replaceAsync(key, details, callback),
  );
}

const SERVICE_URL_SETTING = 'stewardServiceUrl';

/**
 * Keeps the service's address in the add-in's roaming settings, so that Outlook's send event (which may run in a
 * JavaScript-only runtime that has no page address) knows where to record a tracked mail.
 */
export function rememberServiceUrl(url: string): Promise<void> {
  if (typeof Office === 'undefined') return Promise.resolve();
  const settings = Office.context?.roamingSettings;
  if (!settings || settings.get(SERVICE_URL_SETTING) === url) return Promise.resolve();
  settings.set(SERVICE_URL_SETTING, url);
  return officeCall<void>('save the settings', (callback) => settings.saveAsync(callback));
}

/**
 * Where to reach the service: the page's own origin where the event runs in a page the service served; in classic
 * Outlook's JavaScript-only runtime, the origin of the script Outlook loaded (Mailbox 1.14), else the address the pane
 * kept; null when none is known.
 */
export function serviceUrl(): string | null {
  const web = (value: unknown) => (typeof value === 'string' && /^https?:\/\//.test(value) ? value : null);
  const origin = web(typeof location === 'undefined' ? '' : location.origin);
  if (origin) return origin;
  const context = typeof Office === 'undefined' ? undefined : Office.context;
  const script = web(
    (context as { urls?: { javascriptRuntimeUrl?: unknown } } | undefined)?.urls?.javascriptRuntimeUrl,
  );
  if (script) return new URL(script).origin;
  return web(context?.roamingSettings?.get(SERVICE_URL_SETTING))?.replace(/\/+$/, '') ?? null;
}

/** Whether this Outlook runs the add-in's send event (Mailbox 1.12), which records a tracked mail as it is sent. */
export function recordsOnSend(): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    return Office.context?.requirements?.isSetSupported('Mailbox', '1.12') === true;
  } catch {
    return false;
  }
}
