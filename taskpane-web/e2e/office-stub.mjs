/**
 * A stand-in for office.js: served instead of the real one (routed on `**\/office.js`), it defines `window.Office` as
 * Outlook or Excel would, so that the app starts its Outlook or Excel face in a plain Chromium.
 *
 * - Outlook: `context.mailbox.item` is the given message (message read), `body.getAsync` answers with its text,
 *   `getSharedPropertiesAsync` with the shared mailbox's owner when one is given.
 * - Outlook compose: with `compose` instead of `message`, the item is a message being written (its `to`, `subject`,
 *   `body` and `internetHeaders` are objects with async methods, and `sendAsync` sends it); what the pane writes is
 *   kept in `window.__stewardCompose` (subject, body HTML, headers, sent, notices, roaming settings) for the test to
 *   read; `cc`, preset `headers`, and `canSend: false` (no `sendAsync`) are optional. Handlers given to
 *   `Office.actions.associate` (the send event's bundle) are kept in `window.__stewardActions`.
 * - Excel: `Excel.run` with a workbook whose active sheet is an in-memory grid seeded from `workbook.rows` (shown text),
 *   with just the range calls the pane uses; `window.__stewardExcel` lets a test read and edit the grid. Sheets have
 *   IDs, an order, names and positions that can be changed, and can be deleted; the workbook has settings; and
 *   `insertWorksheetsFromBase64` opens the file it is given (a zip, read in the page), adds a sheet for each sheet its
 *   xl/workbook.xml names ("Name (2)" when taken, as Excel does) and records the call under `inserts`.
 * - Requirement sets: `requirementSets` (e.g. { ExcelApi: '1.13' }) says which `isSetSupported` answers yes to.
 * - Dialogs: `displayDialogAsync` opens the URL with `window.open`; the dialog page (which gets this stub too) calls
 *   `messageParent`, which hands the message to the opener's handler. With `dialogAnswer` set, no window opens and the
 *   dialog answers that at once (for the timing runs, which must not sign in 20 times).
 *
 * The page's script is a template literal: backslashes in its regexes are doubled so that the page gets them.
 */
export function officeStub({
  host,
  message = null,
  compose = null,
  workbook = null,
  dialogAnswer = null,
  requirementSets = {},
  platform = 'PC',
}) {
  const config = JSON.stringify({ host, message, compose, workbook, dialogAnswer, requirementSets, platform });
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
      platform: config.platform,
      requirements: {
        isSetSupported(name, version) {
          const have = config.requirementSets[name];
          if (!have) return false;
          const [haveMajor, haveMinor] = have.split('.').map(Number);
          const [major, minor] = String(version || '1.1').split('.').map(Number);
          return haveMajor > major || (haveMajor === major && haveMinor >= minor);
        },
      },
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
      // Outlook's REST form of an item id swaps the characters a URL cannot carry.
      convertToRestId(id) { return id.split('/').join('-').split('+').join('_'); },
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
  if (config.host === 'Outlook' && config.compose) {
    const c = config.compose;
    const written = { subject: c.subject || '', body: c.body || '', headers: { ...(c.headers || {}) }, sent: false, notices: {}, settings: {} };
    window.__stewardCompose = written;
    // The send event's bundle associates its handler here; the flow then raises the event itself.
    Office.actions = { associate(name, handler) { (window.__stewardActions ??= {})[name] = handler; } };
    Office.MailboxEnums = { ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' } };
    Office.context.roamingSettings = {
      get(name) { return written.settings[name]; },
      set(name, value) { written.settings[name] = value; },
      saveAsync(options, callback) { (callback || options)(ok()); },
    };
    Office.context.mailbox = {
      userProfile: { emailAddress: c.mailboxOwner, displayName: 'Mailbox user' },
      item: {
        itemType: 'message',
        to: { getAsync(options, callback) { (callback || options)(ok(c.to.map(address))); } },
        cc: { getAsync(options, callback) { (callback || options)(ok((c.cc || []).map(address))); } },
        subject: {
          getAsync(options, callback) { (callback || options)(ok(written.subject)); },
          setAsync(subject, options, callback) { written.subject = subject; (callback || options)(ok()); },
        },
        body: {
          prependAsync(html, options, callback) { written.body = html + written.body; (callback || options)(ok()); },
          setSelectedDataAsync(html, options, callback) { written.body = html + written.body; (callback || options)(ok()); },
        },
        internetHeaders: {
          setAsync(headers, options, callback) { Object.assign(written.headers, headers); (callback || options)(ok()); },
          getAsync(names, options, callback) {
            const found = {};
            for (const name of names) if (name in written.headers) found[name] = written.headers[name];
            (callback || options)(ok(found));
          },
        },
        notificationMessages: {
          replaceAsync(key, details, options, callback) { written.notices[key] = details; (callback || options)(ok()); },
        },
        ...(c.canSend === false ? {} : { sendAsync(options, callback) { written.sent = true; (callback || options)(ok()); } }),
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
    const state = {
      sheets, active: book.sheet, selected: [], syncs: 0, formulas: [],
      order: [{ id: '{sheet-1}', name: book.sheet }], settings: {}, inserts: [], nextId: 2,
    };
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
    const findSheet = (key) => state.order.find((e) => e.id === key || e.name.toLowerCase() === String(key).toLowerCase());
    const addSheet = (name, grid) => {
      const entry = { id: '{sheet-' + state.nextId++ + '}', name };
      state.order.push(entry);
      state.sheets[name] = grid;
      return entry;
    };
    // More sheets after the first, as workbook.moreSheets seeds them ({ name, rows, hidden }).
    for (const more of book.moreSheets || []) {
      addSheet(more.name, more.rows.map((row) => row.map((cell) => String(cell ?? '')))).hidden = Boolean(more.hidden);
    }
    // A sheet by ID or name, as getItem and getItemOrNullObject give it: load() reads it at the next sync, setting
    // name or position and delete() are commands, refused where Excel refuses them.
    const sheetItem = (key, orNull) => {
      let entry = null;
      const item = {
        load() {
          queue.push(() => {
            entry = findSheet(key) || null;
            if (!entry && !orNull) throw new Error('ItemNotFound: the sheet ' + key + ' does not exist.');
            item.isNullObject = !entry;
            if (entry) Object.assign(values, { id: entry.id, name: entry.name, position: state.order.indexOf(entry) });
          });
          return item;
        },
        activate() {
          queue.push(() => {
            const target = findSheet(key);
            if (!target) throw new Error('ItemNotFound: the sheet ' + key + ' does not exist.');
            state.active = target.name;
          });
        },
        delete() {
          queue.push(() => {
            const target = findSheet(key);
            if (!target) throw new Error('ItemNotFound: the sheet ' + key + ' does not exist.');
            if (state.order.length === 1) throw new Error('A workbook must contain at least one visible worksheet.');
            state.order.splice(state.order.indexOf(target), 1);
            delete state.sheets[target.name];
          });
        },
      };
      const values = {};
      for (const property of ['id', 'name', 'position']) {
        Object.defineProperty(item, property, {
          get: () => values[property],
          set: (value) => {
            values[property] = value;
            queue.push(() => {
              const target = findSheet(key);
              if (!target) throw new Error('ItemNotFound: the sheet ' + key + ' does not exist.');
              if (property === 'name') {
                const other = findSheet(value);
                if (other && other !== target) throw new Error('A sheet named ' + value + ' exists already.');
                state.sheets[value] = state.sheets[target.name];
                if (value !== target.name) delete state.sheets[target.name];
                if (state.active === target.name) state.active = value;
                target.name = value;
              } else if (property === 'position') {
                state.order.splice(state.order.indexOf(target), 1);
                state.order.splice(Math.min(value, state.order.length), 0, target);
              }
            });
          },
        });
      }
      return item;
    };
    // The sheet names of an .xlsx: its zip directory, then xl/workbook.xml (inflated with the browser's own stream).
    async function workbookSheetNames(bytes) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let end = -1;
      for (let i = bytes.length - 22; i >= 0 && end < 0; i--) if (view.getUint32(i, true) === 0x06054b50) end = i;
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || end < 0) throw new Error('The file is not an Excel workbook.');
      let at = view.getUint32(end + 16, true);
      for (let n = view.getUint16(end + 10, true); n > 0; n--) {
        const method = view.getUint16(at + 10, true);
        const size = view.getUint32(at + 20, true);
        const nameLength = view.getUint16(at + 28, true);
        const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
        const local = view.getUint32(at + 42, true);
        const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
        if (name === 'xl/workbook.xml') {
          const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
          const data = bytes.subarray(start, start + size);
          const xml = method === 8
            ? await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text()
            : new TextDecoder().decode(data);
          return [...xml.matchAll(/<(?:\\w+:)?sheet\\b[^>]*\\bname="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
        }
        at += 46 + skip;
      }
      throw new Error('The file has no xl/workbook.xml.');
    }
    const context = {
      workbook: {
        name: book.name,
        load() {},
        worksheets: {
          getActiveWorksheet: () => worksheet(state.active),
          getItemOrNullObject: (key) => sheetItem(key, true),
          getItem: (key) => sheetItem(key, false),
          add(name) {
            queue.push(() => { addSheet(name, []); });
            return worksheet(name);
          },
          load() {
            const collection = { items: [] };
            queue.push(() => {
              collection.items = state.order.map((entry) => ({
                id: entry.id,
                name: entry.name,
                visibility: entry.hidden ? 'Hidden' : 'Visible',
                getUsedRange: () => usedRange(entry.name),
              }));
            });
            return collection;
          },
        },
        settings: {
          getItemOrNullObject(key) {
            const item = { load() {
              queue.push(() => { item.isNullObject = !(key in state.settings); item.value = state.settings[key]; });
              return item;
            } };
            return item;
          },
          add(key, value) { queue.push(() => { state.settings[key] = value; }); },
        },
        insertWorksheetsFromBase64(base64, options) {
          const result = { value: undefined };
          queue.push(async () => {
            const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
            const names = await workbookSheetNames(bytes);
            const ids = names.map((name) => {
              let unique = name;
              for (let n = 2; findSheet(unique); n++) unique = name + ' (' + n + ')';
              return addSheet(unique, []).id;
            });
            state.inserts.push({ bytes: bytes.length, startsWithPK: bytes[0] === 0x50 && bytes[1] === 0x4b, options, names, ids });
            result.value = ids;
          });
          return result;
        },
        getSelectedRange() {
          const selection = book.selection || { rowIndex: 0, rowCount: 1 };
          return range(state.active, selection.rowIndex, 0, selection.rowCount, 1);
        },
      },
      async sync() {
        state.syncs++;
        const run = queue;
        queue = [];
        for (const command of run) await command();
      },
    };
    window.Excel = { run: (callback) => callback(context) };
  }
})();
`;
}
