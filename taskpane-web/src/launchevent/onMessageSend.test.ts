import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client';
import { OFFICE_ENUMS, succeeded, uninstallOffice } from '../test/officeMock';
import { NOT_RECORDED, NOTICE_KEY, onMessageSendHandler, recordTrackedSend } from './onMessageSend';
import { requestUrl } from '../test/requestUrl';

type Callback = (result: unknown) => void;

interface Seen {
  notices: Record<string, { message: string; type: string }>;
  headerReads: string[][];
}

/** A message being sent, built with office-addin-mock: its internet headers and subject. */
function installSendingItem(headers: Record<string, string>): Seen {
  const seen: Seen = { notices: {}, headerReads: [] };
  const item = {
    itemType: 'message',
    subject: { getAsync: (callback: Callback) => callback(succeeded('Your spring review')) },
    internetHeaders: {
      getAsync(names: string[], callback: Callback) {
        seen.headerReads.push(names);
        callback(succeeded(Object.fromEntries(names.filter((n) => n in headers).map((n) => [n, headers[n]]))));
      },
    },
    notificationMessages: {
      replaceAsync(key: string, details: { message: string; type: string }, callback: Callback) {
        seen.notices[key] = details;
        callback(succeeded(undefined));
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
    host: 'outlook',
    ...OFFICE_ENUMS,
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' } },
    context: { mailbox: { item }, roamingSettings: { get: () => undefined } },
  });
  return seen;
}

interface Call {
  url: string;
  method: string;
  body: unknown;
  authorization: string | null;
}

function service(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetcher: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    const call = {
      url: requestUrl(input),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      authorization: headers.get('Authorization'),
    };
    calls.push(call);
    // The client first fetches a CSRF cookie where a page has cookies (not in the JavaScript-only runtime).
    if (call.method === 'GET' && call.url.endsWith('/api/config')) return json(200, {});
    return answer(call);
  };
  return {
    posts: () => calls.filter((c) => c.method !== 'GET'),
    deps: { client: (baseUrl: string) => new ApiClient({ baseUrl, fetch: fetcher }) },
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** Lets Outlook's send event run against a service answering `answer`; what it called and how it completed. */
async function sendThrough(answer: (call: Call) => Response | Promise<Response>) {
  const { posts, deps } = service(answer);
  const completions: unknown[] = [];
  await onMessageSendHandler({ completed: (options) => completions.push(options) }, deps);
  return { posts, completions };
}

afterEach(uninstallOffice);

describe("Outlook's send event", () => {
  it('records a tracked mail as sent with its token alone, and lets the send go', async () => {
    const seen = installSendingItem({ 'x-steward-tracking': 'tok-signed-1', 'x-steward-campaign': 'camp-1' });
    const { posts, completions } = await sendThrough(() => json(200, { token: 'tok-signed-1', state: 'unconfirmed' }));

    expect(completions).toEqual([{ allowEvent: true }]);
    expect(seen.headerReads).toEqual([['x-steward-tracking']]);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toMatchObject({
      url: `${location.origin}/api/mail/tracked/tok-signed-1/on-send`,
      method: 'POST',
      body: { subject: 'Your spring review' },
      authorization: null,
    });
    expect(seen.notices).toEqual({});
  });

  it('lets an untracked mail go untouched, calling nothing', async () => {
    const seen = installSendingItem({ 'x-other': 'value' });
    const { posts, completions } = await sendThrough(() => json(200, {}));

    expect(completions).toEqual([{ allowEvent: true }]);
    expect(posts()).toHaveLength(0);
    expect(seen.notices).toEqual({});
  });

  it('lets the mail go with a notice when Steward is down', async () => {
    const seen = installSendingItem({ 'x-steward-tracking': 'tok-signed-2' });
    const { posts, completions } = await sendThrough(() => Promise.reject(new TypeError('Failed to fetch')));

    expect(posts()).toHaveLength(1);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(seen.notices[NOTICE_KEY]).toMatchObject({ type: 'informationalMessage' });
    expect(seen.notices[NOTICE_KEY]?.message).toContain('could not record this campaign mail');
    expect(NOT_RECORDED.length).toBeLessThanOrEqual(150);
  });

  it('lets the mail go with a notice when the service refuses the token', async () => {
    const seen = installSendingItem({ 'x-steward-tracking': 'forged' });
    const { deps } = service(() => json(404, { title: 'Not found', status: 404 }));

    expect(await recordTrackedSend(deps)).toBe('not-recorded');
    expect(seen.notices[NOTICE_KEY]).toBeDefined();
  });

  it('lets the mail go where the host cannot read internet headers', async () => {
    (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
      host: 'outlook',
      ...OFFICE_ENUMS,
      context: { mailbox: { item: { itemType: 'message' } } },
    });
    const { posts, completions } = await sendThrough(() => json(200, {}));

    expect(completions).toEqual([{ allowEvent: true }]);
    expect(posts()).toHaveLength(0);
  });
});

describe('where the send event finds Steward', () => {
  it('uses the origin of the script classic Outlook loaded, then the address the pane kept', async () => {
    const { serviceUrl } = await import('../office/compose');
    const page = Object.getOwnPropertyDescriptor(globalThis, 'location');
    Object.defineProperty(globalThis, 'location', { value: undefined, configurable: true });
    try {
      (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
        host: 'outlook',
        context: {
          urls: { javascriptRuntimeUrl: 'https://crm.firm.example/launchevent.js' },
          roamingSettings: { get: () => 'https://old.example' },
        },
      });
      expect(serviceUrl()).toBe('https://crm.firm.example');
      (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
        host: 'outlook',
        context: { roamingSettings: { get: () => 'https://kept.example/' } },
      });
      expect(serviceUrl()).toBe('https://kept.example');
      (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
        host: 'outlook',
        context: { roamingSettings: { get: () => undefined } },
      });
      expect(serviceUrl()).toBeNull();
    } finally {
      if (page) Object.defineProperty(globalThis, 'location', page);
    }
  });
});
