import { OfficeMockObject } from 'office-addin-mock';

/** Office's enums as office.js defines them; office-addin-mock knows none of them until the seed gives them. */
export const OFFICE_ENUMS = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text', Html: 'html' },
  EventType: {
    ItemChanged: 'olkItemSelectedChanged',
    DialogMessageReceived: 'dialogMessageReceived',
    DialogEventReceived: 'dialogEventReceived',
  },
};

type Callback = (result: unknown) => void;

export const succeeded = (value: unknown) => ({ status: 'succeeded', value });
export const failed = (code: number, message: string) => ({
  status: 'failed',
  error: { code, message, name: 'Error' },
});

export interface MessageSeed {
  from?: { displayName: string; emailAddress: string };
  to?: { displayName: string; emailAddress: string }[];
  cc?: { displayName: string; emailAddress: string }[];
  subject?: string;
  body?: string;
  bodyError?: { code: number; message: string };
  /** The owner of a shared mailbox; without it the item has no getSharedPropertiesAsync (older Outlook). */
  sharedOwner?: string;
  sharedError?: boolean;
}

const globals = globalThis as { Office?: unknown; Excel?: unknown };

/** Installs an Outlook `Office` global with one open message, built with office-addin-mock. */
export function installOutlook(seed: MessageSeed) {
  const handlers: Record<string, () => void> = {};
  const item: Record<string, unknown> = {
    itemId: 'AAMkAD-1',
    itemType: 'message',
    from: seed.from ?? { displayName: 'Ann Lee', emailAddress: 'ann@client.example' },
    to: seed.to ?? [{ displayName: 'Me Myself', emailAddress: 'me@firm.example' }],
    cc: seed.cc ?? [],
    subject: seed.subject ?? 'Quarterly review',
    internetMessageId: '<msg-1@client.example>',
    conversationId: 'conv-1',
    dateTimeCreated: new Date('2026-03-03T09:12:00Z'),
    body: {
      getAsync(_type: string, callback: Callback) {
        callback(seed.bodyError ? failed(seed.bodyError.code, seed.bodyError.message) : succeeded(seed.body ?? ''));
      },
    },
  };
  if (seed.sharedOwner !== undefined || seed.sharedError) {
    item.getSharedPropertiesAsync = (callback: Callback) =>
      callback(
        seed.sharedError ? failed(9041, 'Not a shared item') : succeeded({ owner: seed.sharedOwner, permissions: 1 }),
      );
  }
  const office = new OfficeMockObject({
    host: 'outlook',
    ...OFFICE_ENUMS,
    context: {
      mailbox: {
        userProfile: { emailAddress: 'me@firm.example', displayName: 'Me Myself' },
        item,
        // Outlook turns an EWS id into a REST one by swapping the characters URLs cannot carry.
        convertToRestId: (itemId: string) => itemId.replace(/\//g, '-').replace(/\+/g, '_'),
        addHandlerAsync(type: string, handler: () => void, callback: Callback) {
          handlers[type] = handler;
          callback(succeeded(undefined));
        },
        removeHandlerAsync(type: string, callback: Callback) {
          delete handlers[type];
          callback(succeeded(undefined));
        },
      },
    },
  });
  globals.Office = office;
  return { office, handlers };
}

export interface ComposeSeed {
  to?: { displayName: string; emailAddress: string }[];
  cc?: { displayName: string; emailAddress: string }[];
  subject?: string;
  /** The body's HTML before the pane writes to it (a signature, say). */
  body?: string;
  /** Whether Outlook lets the pane send (`item.sendAsync`). */
  canSend?: boolean;
  /** Whether the host has `internetHeaders` (Mailbox 1.8). */
  headers?: boolean;
}

/** What the pane wrote to a message being composed. */
export interface ComposedMessage {
  subject: string;
  body: string;
  headers: Record<string, string>;
  sent: boolean;
  /** The add-in's roaming settings, as saved. */
  settings: Record<string, unknown>;
}

/** Installs an Outlook `Office` global with a message being composed, built with office-addin-mock. */
export function installOutlookCompose(seed: ComposeSeed = {}): ComposedMessage {
  const written: ComposedMessage = {
    subject: seed.subject ?? '',
    body: seed.body ?? '',
    headers: {},
    sent: false,
    settings: {},
  };
  const pending: Record<string, unknown> = {};
  const item: Record<string, unknown> = {
    itemType: 'message',
    to: {
      getAsync(callback: Callback) {
        callback(succeeded(seed.to ?? [{ displayName: 'Ann Lee', emailAddress: 'ann@client.example' }]));
      },
    },
    cc: {
      getAsync(callback: Callback) {
        callback(succeeded(seed.cc ?? []));
      },
    },
    subject: {
      getAsync(callback: Callback) {
        callback(succeeded(written.subject));
      },
      setAsync(subject: string, callback: Callback) {
        written.subject = subject;
        callback(succeeded(undefined));
      },
    },
    body: {
      prependAsync(html: string, options: { coercionType: string }, callback: Callback) {
        if (options.coercionType !== 'html') return callback(failed(9000, 'Not HTML'));
        written.body = html + written.body;
        callback(succeeded(undefined));
      },
    },
  };
  if (seed.headers !== false) {
    item.internetHeaders = {
      setAsync(headers: Record<string, string>, callback: Callback) {
        Object.assign(written.headers, headers);
        callback(succeeded(undefined));
      },
    };
  }
  if (seed.canSend) {
    item.sendAsync = (callback: Callback) => {
      written.sent = true;
      callback(succeeded(undefined));
    };
  }
  globals.Office = new OfficeMockObject({
    host: 'outlook',
    ...OFFICE_ENUMS,
    context: {
      mailbox: { userProfile: { emailAddress: 'me@firm.example', displayName: 'Me Myself' }, item },
      roamingSettings: {
        get: (name: string) => written.settings[name] ?? pending[name],
        set: (name: string, value: unknown) => {
          pending[name] = value;
        },
        saveAsync(callback: Callback) {
          Object.assign(written.settings, pending);
          callback(succeeded(undefined));
        },
      },
    },
  });
  return written;
}

export function uninstallOffice(): void {
  delete globals.Office;
  delete globals.Excel;
}

/** Installs an Excel `Office` global whose requirement sets include ExcelApi 1.13 or not. */
export function installExcel113(supported: boolean) {
  globals.Office = new OfficeMockObject({
    host: 'excel',
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'ExcelApi' && (supported || Number(version?.split('.')[1] ?? 0) < 13),
      },
    },
  });
}
