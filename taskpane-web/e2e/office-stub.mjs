/**
 * A stand-in for office.js: served instead of the real one (routed on `**\/office.js`), it defines `window.Office` as
 * Outlook or Excel would, so that the app starts its Outlook or Excel face in a plain Chromium.
 *
 * - Outlook: `context.mailbox.item` is the given message (message read), `body.getAsync` answers with its text,
 *   `getSharedPropertiesAsync` with the shared mailbox's owner when one is given.
 * - Excel: `Excel.run` with a workbook whose active sheet is an in-memory grid seeded from `workbook.rows` (shown text),
 *   with just the range calls the pane uses; `window.__stewardExcel` lets a test read and edit the grid.
 * - Dialogs: `displayDialogAsync` opens the URL with `window.open`; the dialog page (which gets this stub too) calls
 *   `messageParent`, which hands the message to the opener's handler. With `dialogAnswer` set, no window opens and the
 *   dialog answers that at once (for the timing runs, which must not sign in 20 times).
 *
 * The page's script is a template literal: backslashes in its regexes are doubled so that the page gets them.
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
    // An in-memory workbook: each sheet is a grid of shown text. Commands queue up and run at context.sync, in order,
    // as in Excel: load() reads the grid then, setting values writes it then.
    const book = config.workbook;
    const sheets = { [book.sheet]: (book.rows || []).map((row) => row.map((cell) => String(cell ?? ''))) };
    const state = { sheets, active: book.sheet, selected: [], syncs: 0, formulas: [] };
    window.__stewardExcel = state;
    let queue = [];
    const cellText = (grid, r, c) => (grid[r] && grid[r][c] !== undefined ? grid[r][c] : '');
    const write = (name, row, col, values) => {
      const grid = state.sheets[name];
      values.forEach((line, r) => line.forEach((value, c) => {
        let text = String(value ?? '');
        if (text.startsWith("'")) text = text.slice(1);
        else if (/^[=+\\-@]/.test(text) && !/^-?\\d+(\\.\\d+)?$/.test(text)) state.formulas.push({ sheet: name, row: row + r, column: col + c, text });
        const target = (grid[row + r] ??= []);
        for (let fill = target.length; fill < col + c; fill++) target[fill] = '';
        target[col + c] = text;
      }));
    };
    const range = (name, row, col, rows, cols) => {
      let loaded = null;
      const r = {
        rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols,
        load() {
          queue.push(() => {
            const grid = state.sheets[name];
            loaded = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => cellText(grid, row + i, col + j)));
          });
          return r;
        },
        select() { queue.push(() => state.selected.push({ sheet: name, row, rows })); },
      };
      Object.defineProperty(r, 'text', { get: () => loaded });
      Object.defineProperty(r, 'values', { get: () => loaded, set: (values) => queue.push(() => write(name, row, col, values)) });
      Object.defineProperty(r, 'numberFormat', { get: () => null, set: () => undefined });
      return r;
    };
    const usedRange = (name) => {
      const r = { load() {
        queue.push(() => {
          const grid = state.sheets[name];
          let top = -1, bottom = -1, left = Infinity, right = -1;
          grid.forEach((line, i) => line.forEach((text, j) => {
            if (text === '') return;
            if (top < 0) top = i;
            bottom = i; left = Math.min(left, j); right = Math.max(right, j);
          }));
          Object.assign(r, top < 0 ? { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }
            : { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 });
        });
        return r;
      } };
      return r;
    };
    const worksheet = (name) => ({
      name,
      load() { return this; },
      getUsedRange: () => usedRange(name),
      getRangeByIndexes: (row, col, rows, cols) => range(name, row, col, rows, cols),
      getRange(address) {
        const rows = /^(\\d+):(\\d+)$/.exec(address);
        if (!rows) throw new Error('The fake Excel knows only whole-row addresses such as 5:5, not ' + address);
        return range(name, Number(rows[1]) - 1, 0, Number(rows[2]) - Number(rows[1]) + 1, 16384);
      },
    });
    const context = {
      workbook: {
        name: book.name,
        load() {},
        worksheets: {
          getActiveWorksheet: () => worksheet(state.active),
          getItemOrNullObject(name) {
            const item = { load() { queue.push(() => { item.isNullObject = !(name in state.sheets); }); return item; } };
            return item;
          },
          add(name) {
            queue.push(() => { state.sheets[name] = []; });
            return worksheet(name);
          },
        },
        getSelectedRange() {
          const selection = book.selection || { rowIndex: 0, rowCount: 1 };
          return range(state.active, selection.rowIndex, 0, selection.rowCount, 1);
        },
      },
      sync() {
        state.syncs++;
        const run = queue;
        queue = [];
        try {
          run.forEach((command) => command());
          return Promise.resolve();
        } catch (error) {
          return Promise.reject(error);
        }
      },
    };
    window.Excel = { run: (callback) => callback(context) };
  }
})();
`;
}
