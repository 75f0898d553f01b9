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
  return Boolean(to && !Array.isArray(to) && typeof (to as { getAsync?: unknown }).getAsync === 'function');
}

/** The signed-in user's own address (the mailbox a tracked mail is sent from). */
export function userAddress(): string | null {
  if (typeof Office === 'undefined') return null;
  return Office.context?.mailbox?.userProfile?.emailAddress?.trim() || null;
}

/** The To recipients of the message being written. */
export async function readRecipients(): Promise<MailAddress[]> {
  const item = requireItem();
  const list = await officeCall<Office.EmailAddressDetails[]>('read the recipients', (callback) => item.to.getAsync(callback));
  return (list ?? [])
    .map((details) => ({ name: (details.displayName ?? '').trim(), email: (details.emailAddress ?? '').trim() }))
    .filter((address) => address.email !== '');
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
  if (typeof item.sendAsync !== 'function') return Promise.reject(new OfficeError('This version of Outlook cannot send from the pane.'));
  return officeCall<void>('send the mail', (callback) => item.sendAsync?.(callback));
}
