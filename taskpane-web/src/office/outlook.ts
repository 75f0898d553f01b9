/**
 * The only module that reads Outlook's open message (`Office.context.mailbox.item`). Every call returns a promise;
 * an error reported by an `...Async` callback rejects it with a plain sentence. Components get an `OpenMessage`.
 */

import { tracked, type Tracked } from '../lib/tracked';

export interface MailAddress {
  name: string;
  email: string;
}

export interface OpenMessage {
  /** Outlook's item id when it has one (changes when the pane follows another message). */
  itemId: string | null;
  /** The item's id as Microsoft Graph (REST) spells it, for the service to read the message itself. */
  restId: string | null;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  internetMessageId: string | null;
  conversationId: string | null;
  /** ISO instant. */
  dateTimeCreated: string | null;
  /** The addresses of the mailbox the message sits in: the user's own, and a shared mailbox's owner. */
  mailboxAddresses: string[];
  /** Set when the message belongs to a shared or delegated mailbox. */
  sharedOwner: string | null;
}

/** A failure reported by Office, in words. */
export class OfficeError extends Error {
  readonly code: number | undefined;

  constructor(message: string, code?: number) {
    super(message);
    this.name = 'OfficeError';
    this.code = code;
  }
}

type MessageRead = Office.MessageRead;

function mailbox(): Office.Mailbox | null {
  if (typeof Office === 'undefined') return null;
  return Office.context?.mailbox ?? null;
}

function currentItem(): MessageRead | null {
  const item = mailbox()?.item as MessageRead | null | undefined;
  return item ?? null;
}

function address(details: Office.EmailAddressDetails | null | undefined): MailAddress | null {
  const email = details?.emailAddress?.trim();
  if (!email) return null;
  return { name: (details?.displayName ?? '').trim(), email };
}

function addresses(list: Office.EmailAddressDetails[] | null | undefined): MailAddress[] {
  return (list ?? []).map(address).filter((value): value is MailAddress => value !== null);
}

function isoDate(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Wraps an Office `...Async` call: its error reaches the caller as a rejection, never as an uncaught throw. */
export function officeCall<T>(
  what: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
        } else {
          const error = result.error;
          const reason = error?.message ? `: ${error.message}` : '.';
          reject(new OfficeError(`Outlook could not ${what}${reason}`, error?.code));
        }
      });
    } catch (error) {
      reject(new OfficeError(`Outlook could not ${what}: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
}

/** The owner of a shared or delegated mailbox's message, or null for the user's own mail. */
async function sharedOwner(item: MessageRead): Promise<string | null> {
  const withShared = item as MessageRead & {
    getSharedPropertiesAsync?: (callback: (result: Office.AsyncResult<Office.SharedProperties>) => void) => void;
  };
  if (typeof withShared.getSharedPropertiesAsync !== 'function') return null;
  try {
    const properties = await officeCall<Office.SharedProperties>('read the shared mailbox', (callback) =>
      withShared.getSharedPropertiesAsync?.(callback),
    );
    return properties?.owner?.trim() || null;
  } catch {
    // Outlook answers with an error for messages of the user's own mailbox: then there is no owner to tell.
    return null;
  }
}

/** The item id in REST form; null where Outlook cannot convert it (the id is then of no use to Graph). */
function restIdOf(itemId: string | undefined): string | null {
  const box = mailbox();
  if (!itemId || !box || typeof box.convertToRestId !== 'function') return null;
  try {
    const version = Office.MailboxEnums?.RestVersion?.v2_0 ?? ('v2.0' as Office.MailboxEnums.RestVersion);
    return box.convertToRestId(itemId, version) || null;
  } catch {
    return null;
  }
}

/** The open message, or null when Outlook shows none (the pane is pinned and the selection was cleared). */
export async function readCurrentMessage(): Promise<OpenMessage | null> {
  const item = currentItem();
  if (!item) return null;
  const owner = await sharedOwner(item);
  const own = mailbox()?.userProfile?.emailAddress?.trim();
  return {
    itemId: item.itemId ?? null,
    restId: restIdOf(item.itemId),
    from: address(item.from) ?? address(item.sender),
    to: addresses(item.to),
    cc: addresses(item.cc),
    subject: item.subject ?? '',
    internetMessageId: item.internetMessageId ?? null,
    conversationId: item.conversationId ?? null,
    dateTimeCreated: isoDate(item.dateTimeCreated),
    mailboxAddresses: [own, owner].filter((value): value is string => Boolean(value)),
    sharedOwner: owner,
  };
}

/** The read of the message the pane opened on: shared by the lookup started at sign-in and the pane's first render. */
let opening: Tracked<OpenMessage | null> | null = null;

/** The message the pane opened on, read once however many ask while it starts. */
export function readOpeningMessage(): Promise<OpenMessage | null> {
  opening ??= tracked(readCurrentMessage());
  return opening.promise;
}

/**
 * The opening read's message once it has arrived, for a first render. It is handed out once: afterwards the pane
 * reads the message itself (a pinned pane moves to other messages).
 */
export function takeOpeningMessage(): { value: OpenMessage | null } | undefined {
  const found = opening?.settled();
  if (found) opening = null;
  return found;
}

/** The open message's body as plain text (for the signature proposals and the filed summary). */
export function readBodyText(): Promise<string> {
  const item = currentItem();
  if (!item) return Promise.reject(new OfficeError('Outlook shows no message.'));
  return officeCall<string>('read the message body', (callback) =>
    item.body.getAsync(Office.CoercionType.Text, callback),
  ).then((text) => text ?? '');
}

/**
 * Calls `listener` when the user selects another message while the pane is pinned. Resolves with a function that
 * stops listening.
 */
export async function onItemChanged(listener: () => void): Promise<() => void> {
  const box = mailbox();
  if (!box || typeof box.addHandlerAsync !== 'function') return () => undefined;
  const handler = () => listener();
  await officeCall<void>('follow the selected message', (callback) =>
    box.addHandlerAsync(Office.EventType.ItemChanged, handler, callback),
  );
  return () => {
    // Outlook removes every ItemChanged handler of the pane; there is only this one.
    box.removeHandlerAsync(Office.EventType.ItemChanged, () => undefined);
  };
}
