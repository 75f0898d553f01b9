import { OfficeMockObject } from 'office-addin-mock';

/**
 * A workbook of named sheets for the report adapter's tests, built from office-addin-mock objects: a sheet's `id`,
 * `name` and `position`, and a setting's `value`, read before `load` and `context.sync` give the mock's error string,
 * as in Office. Commands (insert from base64, rename, move, delete, settings) run at `context.sync`, in the order they
 * were given, and refuse what Excel refuses: a second sheet of the same name, deleting the last sheet.
 *
 * `files` says which sheets each base64 file holds; inserting it adds them at the end, renamed "Name (2)" where the
 * name is taken, as Excel does.
 */
export interface BookSeed {
  sheets: string[];
  files: Record<string, string[]>;
  settings?: Record<string, unknown>;
}

interface Sheet {
  id: string;
  name: string;
  /** Where the sheet came from: "seed" or the base64 of the file inserted. */
  from: string;
}

type Mock = OfficeMockObject & Record<string, unknown>;

const globals = globalThis as { Excel?: unknown };
const isMockError = (value: unknown) => typeof value === 'string' && value.startsWith('Error, ');

export function installExcelBook(seed: BookSeed) {
  let nextId = 1;
  const sheets: Sheet[] = seed.sheets.map((name) => ({ id: `{seed-${nextId++}}`, name, from: 'seed' }));
  const settings = new Map<string, unknown>(Object.entries(seed.settings ?? {}));
  const log = { inserts: [] as { base64: string; options: unknown }[], syncs: 0 };
  let queue: (() => void)[] = [];
  let mocks: Mock[] = [];
  let syncing = false;

  const find = (key: string) => sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  const taken = (name: string, except?: Sheet) =>
    sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());

  function sheetMock(key: string, orNull: boolean): Mock {
    const sheet = find(key);
    const remove = () =>
      queue.push(() => {
        if (!sheet || !sheets.includes(sheet)) throw new Error('ItemNotFound: the sheet does not exist.');
        if (sheets.length === 1) throw new Error('A workbook must contain at least one visible worksheet.');
        sheets.splice(sheets.indexOf(sheet), 1);
      });
    const mock = new OfficeMockObject({
      host: 'excel',
      id: sheet?.id ?? '',
      name: sheet?.name ?? '',
      position: sheet ? sheets.indexOf(sheet) : -1,
      isNullObject: !sheet,
      delete: remove,
    }) as Mock;
    // Writes to name and position become commands; what the mock itself sets while loading is not one.
    for (const property of ['name', 'position'] as const) {
      let current: unknown = mock[property];
      Object.defineProperty(mock, property, {
        get: () => current,
        set: (value: unknown) => {
          current = value;
          if (syncing || isMockError(value)) return;
          queue.push(() => {
            if (!sheet || !sheets.includes(sheet)) throw new Error('ItemNotFound: the sheet does not exist.');
            if (property === 'name') {
              if (taken(String(value), sheet)) throw new Error(`A sheet named "${String(value)}" exists already.`);
              sheet.name = String(value);
            } else {
              sheets.splice(sheets.indexOf(sheet), 1);
              sheets.splice(Math.min(Number(value), sheets.length), 0, sheet);
            }
          });
        },
      });
    }
    if (!sheet && !orNull)
      queue.push(() => {
        throw new Error(`ItemNotFound: no sheet ${key}.`);
      });
    mocks.push(mock);
    return mock;
  }

  /** What office-addin-mock keeps of a property: its value once synced, and whether a load asked for it. */
  const inner = (mock: Mock, property: string) =>
    (
      mock as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown; _loaded: boolean }> }
    )._properties.get(property);

  /** The model's values of a sheet mock's properties, as Excel would answer a load after the commands ran. */
  function current(mock: Mock): Record<string, unknown> {
    const sheet = sheets.find((s) => s.id === inner(mock, 'id')?._valueBeforeLoaded);
    return { name: sheet?.name, position: sheet ? sheets.indexOf(sheet) : -1 };
  }

  async function syncMock(mock: Mock) {
    const values = current(mock);
    for (const [property, value] of Object.entries(values)) {
      const state = inner(mock, property);
      if (state) state._valueBeforeLoaded = value;
    }
    await mock.sync();
    // A property loaded again reads its new value, as in Excel (the mock alone keeps the first one).
    for (const [property, value] of Object.entries(values)) {
      if (inner(mock, property)?._loaded) mock[property] = value;
    }
  }

  function insert(base64: string, options: unknown) {
    log.inserts.push({ base64, options });
    const result = { ids: null as string[] | null };
    queue.push(() => {
      const names = seed.files[base64];
      if (!names) throw new Error('The file is not a workbook Excel can read.');
      result.ids = names.map((name) => {
        let unique = name;
        for (let n = 2; taken(unique); n++) unique = `${name} (${n})`;
        const sheet = { id: `{inserted-${nextId++}}`, name: unique, from: base64 };
        sheets.push(sheet);
        return sheet.id;
      });
    });
    return {
      get value() {
        if (!result.ids) throw new Error('The value of a ClientResult is there only after context.sync().');
        return result.ids;
      },
    };
  }

  const worksheets = {
    getItem: (key: string) => sheetMock(key, false),
    getItemOrNullObject: (key: string) => sheetMock(key, true),
    load: () => {
      const collection = { items: [] as Mock[] };
      queue.push(() => {
        collection.items = sheets.map((sheet) => {
          const mock = sheetMock(sheet.id, false);
          mock.load('id,name,position');
          return mock;
        });
      });
      return collection;
    },
  };

  const context = new OfficeMockObject({
    host: 'excel',
    workbook: {
      insertWorksheetsFromBase64: insert,
      worksheets,
      settings: {
        getItemOrNullObject: (key: string) => {
          const mock = new OfficeMockObject({
            host: 'excel',
            value: settings.get(key),
            isNullObject: !settings.has(key),
          }) as Mock;
          mocks.push(mock);
          return mock;
        },
        add: (key: string, value: unknown) => queue.push(() => settings.set(key, value)),
      },
    },
  }) as Mock;
  context.sync = async () => {
    log.syncs++;
    const commands = queue;
    queue = [];
    commands.forEach((command) => command());
    // Commands may have created mocks (a loaded collection); they are synced with the rest.
    const loaded = mocks;
    mocks = [];
    syncing = true;
    try {
      for (const mock of loaded) await syncMock(mock);
    } finally {
      syncing = false;
    }
    mocks = loaded.concat(mocks);
  };
  globals.Excel = new OfficeMockObject({
    host: 'excel',
    run: async (batch: (context: unknown) => Promise<unknown>) => batch(context),
  });

  return {
    log,
    /** The sheets in their order, each as name and where it came from. */
    sheets: () => sheets.map(({ name, from }) => ({ name, from })),
    names: () => sheets.map((sheet) => sheet.name),
    setting: (key: string) => settings.get(key),
    rename: (from: string, to: string) => {
      const sheet = find(from);
      if (sheet) sheet.name = to;
    },
    move: (name: string, position: number) => {
      const sheet = find(name);
      if (!sheet) return;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    },
    remove: (name: string) => {
      const sheet = find(name);
      if (sheet) sheets.splice(sheets.indexOf(sheet), 1);
    },
  };
}
