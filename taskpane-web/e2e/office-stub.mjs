/**
 * A stand-in for office.js: served instead of the real one (routed on `**\/office.js`), it defines `window.Office` as
 * Outlook or Excel would, so that the app starts its Outlook or Excel face in a plain Chromium.
 *
 * - Outlook: `context.mailbox.item` is the given message (message read), `body.getAsync` answers with its text,
 *   `getSharedPropertiesAsync` with the shared mailbox's owner when one is given.
 * - Excel: `Excel.run` with a workbook and an active sheet.
 * - Dialogs: `displayDialogAsync` opens the URL with `window.open`; the dialog page (which gets this stub too) calls
 *   `messageParent`, which hands the message to the opener's handler. With `dialogAnswer` set, no window opens and the
 *   dialog answers that at once (for the timing runs, which must not sign in 20 times).
 */
export function officeStub({ host, message = null, workbook = null, dialogAnswer = null }) {
  const config = JSON.stringify({ host, message, workbook, dialogAnswer });
  return `(() => {
  const config = ${config};
  const ok = (value) => ({ status: 'succeeded', value });
  const handlers = {};
  const address = (a) => ({ displayName: a.name, emailAddress: a.email, recipientType: 'externalUser' });
  const Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    HostType: { Outlook: 'Outlook', Excel: 'Excel' },
    onReady(callback) {
      const info = { host: config.host, platform: 'OfficeOnline' };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: () => false },
      ui: {
        displayDialogAsync(url, options, callback) {
          const events = {};
          const dialog = {
            addEventHandler(type, handler) { events[type] = handler; },
            close() { if (window.__stewardDialogWindow) window.__stewardDialogWindow.close(); },
          };
          window.__stewardDialog = { deliver: (text) => events.dialogMessageReceived && events.dialogMessageReceived({ message: text, origin: location.origin }) };
          if (config.dialogAnswer) {
            callback(ok(dialog));
            setTimeout(() => window.__stewardDialog.deliver(JSON.stringify(config.dialogAnswer)), 0);
            return;
          }
          window.__stewardDialogWindow = window.open(url, 'steward-dialog', 'width=420,height=640');
          if (!window.__stewardDialogWindow) {
            callback({ status: 'failed', error: { code: 12009, message: 'The dialog was blocked.' } });
            return;
          }
          callback(ok(dialog));
        },
        messageParent(text) { window.opener.__stewardDialog.deliver(text); },
      },
    },
  };
  if (config.host === 'Outlook' && config.message) {
    const m = config.message;
    Office.context.mailbox = {
      userProfile: { emailAddress: m.mailboxOwner, displayName: 'Mailbox user' },
      item: {
        itemId: 'AAMkAGI-stub-1',
        itemType: 'message',
        from: address(m.from),
        sender: address(m.from),
        to: m.to.map(address),
        cc: m.cc.map(address),
        subject: m.subject,
        internetMessageId: m.internetMessageId,
        conversationId: 'AAQkAGI-conversation-1',
        dateTimeCreated: new Date(m.date),
        body: { getAsync(type, options, callback) { (callback || options)(ok(m.body)); } },
        getSharedPropertiesAsync: m.sharedOwner
          ? (callback) => callback(ok({ owner: m.sharedOwner, permissions: 3 }))
          : undefined,
      },
      addHandlerAsync(type, handler, callback) { handlers[type] = handler; if (callback) callback(ok()); },
      removeHandlerAsync(type, callback) { delete handlers[type]; if (callback) callback(ok()); },
    };
  }
  window.Office = Office;
  if (config.host === 'Excel') {
    const context = {
      workbook: {
        name: config.workbook.name,
        load() {},
        worksheets: { getActiveWorksheet: () => ({ name: config.workbook.sheet, load() {} }) },
      },
      sync: () => Promise.resolve(),
    };
    window.Excel = { run: (callback) => callback(context) };
  }
})();
`;
}
