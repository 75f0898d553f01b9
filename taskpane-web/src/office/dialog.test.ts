import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { failed, OFFICE_ENUMS, succeeded, uninstallOffice } from '../test/officeMock';
import { askInDialog, DialogClosedError, messageParent } from './dialog';

type Handler = (arg: unknown) => void;
const globals = globalThis as { Office?: unknown };

function installDialogHost(openResult: 'ok' | { code: number }) {
  const handlers: Record<string, Handler> = {};
  const opened: string[] = [];
  const sent: string[] = [];
  let closed = 0;
  // The `Office` namespace has no load/sync proxies in any host; office-addin-mock models that with its Outlook mode.
  globals.Office = new OfficeMockObject({
    host: 'outlook',
    ...OFFICE_ENUMS,
    context: {
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: Handler) {
          opened.push(url);
          if (openResult !== 'ok') {
            callback(failed(openResult.code, 'refused'));
            return;
          }
          callback(
            succeeded({
              addEventHandler: (type: string, handler: Handler) => {
                handlers[type] = handler;
              },
              close: () => {
                closed++;
              },
            }),
          );
        },
        messageParent(message: string) {
          sent.push(message);
        },
      },
    },
  });
  return { handlers, opened, sent, closed: () => closed };
}

afterEach(uninstallOffice);

describe('the dialog adapter', () => {
  it('resolves with the first message and closes the dialog', async () => {
    const host = installDialogHost('ok');
    const asking = askInDialog('https://steward.example/?dialog=signin');
    host.handlers.dialogMessageReceived?.({ message: '{"type":"signedIn"}', origin: 'https://steward.example' });
    await expect(asking).resolves.toBe('{"type":"signedIn"}');
    expect(host.opened).toEqual(['https://steward.example/?dialog=signin']);
    expect(host.closed()).toBe(1);
  });

  it('rejects with DialogClosedError when the user closes it (12006)', async () => {
    const host = installDialogHost('ok');
    const asking = askInDialog('/x');
    host.handlers.dialogEventReceived?.({ error: 12006 });
    await expect(asking).rejects.toBeInstanceOf(DialogClosedError);
  });

  it('says in words why a dialog could not open', async () => {
    installDialogHost({ code: 12007 });
    await expect(askInDialog('/x')).rejects.toThrow('A sign-in window is already open');
  });

  it('hands a message to the pane from inside the dialog', () => {
    const host = installDialogHost('ok');
    messageParent('hello');
    expect(host.sent).toEqual(['hello']);
  });

  it('refuses outside Office', async () => {
    await expect(askInDialog('/x')).rejects.toThrow('Office cannot open a window here.');
    expect(() => messageParent('x')).toThrow('not opened by Office');
  });
});
