import { OfficeMockObject } from 'office-addin-mock';
import { jsonText } from '../ui/format';

/**
 * An Excel workbook for tests, built from office-addin-mock objects over an in-memory grid. Ranges are mock objects,
 * so reading a property that was not loaded and synced gives the mock's error string, as in Office. Writes (`values`,
 * `numberFormat`) are applied to the grid at the next `context.sync`, the way Excel applies queued commands.
 *
 * A range's loaded values are those of the grid when the range was created.
 */
export interface Cell {
  value: string | number;
  /** What Excel shows; a number may show as "####" when its column is too narrow. */
  text?: string;
  formula?: string;
  numberFormat?: string;
}

export interface GridSeed {
  workbookName?: string;
  sheetName?: string;
  rows: (string | number | Cell)[][];
  /** The selected rows (zero-based first row, count). */
  selection?: { rowIndex: number; rowCount: number };
  /** More sheets, after the first (which is active). */
  moreSheets?: { name: string; rows: (string | number | Cell)[][]; hidden?: boolean }[];
}

interface Pending {
  mock: OfficeMockObject & Record<string, unknown>;
  grid?: Cell[][];
  row: number;
  column: number;
  loaded?: unknown;
  loadedFormat?: unknown;
}

const globals = globalThis as { Excel?: unknown };

const asCell = (cell: string | number | Cell): Cell => (typeof cell === 'object' ? cell : { value: cell });

/** What Excel does with a value written through `range.values`. */
function written(value: unknown, numberFormat: string | undefined): Cell {
  if (typeof value === 'number') return { value };
  const text = jsonText(value);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === '@') return { value: text, numberFormat };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  if (/^[=+\-@]/.test(text) && text.length > 1) return { value: '#NAME?', formula: text };
  return { value: text };
}

export function installExcelGrid(seed: GridSeed) {
  const sheets = new Map<string, Cell[][]>([[seed.sheetName ?? 'Sheet1', seed.rows.map((row) => row.map(asCell))]]);
  for (const more of seed.moreSheets ?? [])
    sheets.set(
      more.name,
      more.rows.map((row) => row.map(asCell)),
    );
  const hidden = new Set((seed.moreSheets ?? []).filter((more) => more.hidden).map((more) => more.name));
  let active = seed.sheetName ?? 'Sheet1';
  const pending: Pending[] = [];
  const log = {
    syncs: 0,
    /** Every range asked for by indexes: [row, column, rows, columns]. */
    ranges: [] as [number, number, number, number][],
    selected: [] as string[],
  };

  const cellAt = (grid: Cell[][], r: number, c: number): Cell => grid[r]?.[c] ?? { value: '' };
  const textOf = (cell: Cell) => cell.text ?? String(cell.value);

  function range(
    grid: Cell[][],
    row: number,
    column: number,
    rows: number,
    columns: number,
    extra: Record<string, unknown> = {},
  ) {
    const cells = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => cellAt(grid, row + r, column + c)),
    );
    const mock = new OfficeMockObject({
      host: 'excel',
      rowIndex: row,
      columnIndex: column,
      rowCount: rows,
      columnCount: columns,
      values: cells.map((line) => line.map((cell) => cell.value)),
      text: cells.map((line) => line.map(textOf)),
      numberFormat: cells.map((line) => line.map((cell) => cell.numberFormat ?? 'General')),
      ...extra,
    }) as OfficeMockObject & Record<string, unknown>;
    pending.push({ mock, grid, row, column });
    return mock;
  }

  function usedRange(grid: Cell[][]) {
    let top = -1,
      bottom = -1,
      left = Infinity,
      right = -1;
    grid.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell.value === '' && !cell.formula) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    if (top < 0) return range(grid, 0, 0, 1, 1);
    return range(grid, top, left, bottom - top + 1, right - left + 1);
  }

  function sheet(name: string) {
    const grid = sheets.get(name)!;
    const mock = new OfficeMockObject({
      host: 'excel',
      name,
      getUsedRange: () => usedRange(grid),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
        log.ranges.push([row, column, rows, columns]);
        return range(grid, row, column, rows, columns);
      },
      getRange: (address: string) => range(grid, 0, 0, 0, 0, { select: () => log.selected.push(address) }),
      activate: () => {
        active = name;
      },
    }) as OfficeMockObject & Record<string, unknown>;
    pending.push({ mock, row: 0, column: 0 });
    return mock;
  }

  /** Applies a range's queued writes to its grid. */
  function apply(entry: Pending) {
    const { mock, grid } = entry;
    if (!grid) return;
    const formats =
      Array.isArray(mock.numberFormat) && mock.numberFormat !== entry.loadedFormat
        ? (mock.numberFormat as string[][])
        : null;
    const values = Array.isArray(mock.values) && mock.values !== entry.loaded ? (mock.values as unknown[][]) : null;
    const rows = values ?? formats ?? [];
    rows.forEach((line, r) =>
      line.forEach((_, c) => {
        const target = (grid[entry.row + r] ??= []);
        for (let fill = target.length; fill < entry.column + c; fill++) target[fill] = { value: '' };
        const format = formats?.[r]?.[c] ?? target[entry.column + c]?.numberFormat;
        target[entry.column + c] = values
          ? written(values[r]?.[c], format)
          : { ...cellAt(grid, entry.row + r, entry.column + c), numberFormat: format };
      }),
    );
  }

  const context = new OfficeMockObject({
    host: 'excel',
    workbook: {
      name: seed.workbookName ?? 'Clients.xlsx',
      worksheets: {
        getActiveWorksheet: () => sheet(active),
        getItem: (name: string) => sheet(name),
        getItemOrNullObject: (name: string) => {
          const mock = new OfficeMockObject({ host: 'excel', isNullObject: !sheets.has(name) });
          pending.push({ mock: mock, row: 0, column: 0 });
          return mock;
        },
        add: (name: string) => {
          sheets.set(name, []);
          return sheet(name);
        },
      },
      getSelectedRange: () => {
        const selection = seed.selection ?? { rowIndex: 0, rowCount: 1 };
        return range(sheets.get(active)!, selection.rowIndex, 0, selection.rowCount, 1);
      },
    },
  }) as OfficeMockObject & Record<string, unknown>;
  // The sheet collection's items, as `load('items/name,items/visibility')` gives them (the mock cannot load into an
  // array): plain sheets with their names, visibility and used range.
  const worksheets = (context.workbook as Record<string, unknown>).worksheets as Record<string, unknown>;
  worksheets.load = () => worksheets;
  Object.defineProperty(worksheets, 'items', {
    get: () =>
      [...sheets.keys()].map((name) => ({
        name,
        visibility: hidden.has(name) ? 'Hidden' : 'Visible',
        getUsedRange: () => usedRange(sheets.get(name)!),
      })),
  });
  const syncContext = OfficeMockObject.prototype.sync.bind(context);
  context.sync = async () => {
    log.syncs++;
    pending.forEach(apply);
    await syncContext();
    for (const entry of pending) {
      await entry.mock.sync();
      entry.loaded = entry.mock.values;
      entry.loadedFormat = entry.mock.numberFormat;
    }
  };
  globals.Excel = new OfficeMockObject({
    host: 'excel',
    run: async (batch: (context: unknown) => Promise<unknown>) => batch(context),
  });

  return {
    log,
    /** The shown text of a sheet, row by row. */
    text: (name = seed.sheetName ?? 'Sheet1') => (sheets.get(name) ?? []).map((line) => line.map(textOf)),
    cell: (row: number, column: number, name = seed.sheetName ?? 'Sheet1') =>
      cellAt(sheets.get(name) ?? [], row, column),
    setCell: (row: number, column: number, value: string | number, name = seed.sheetName ?? 'Sheet1') => {
      const grid = sheets.get(name)!;
      (grid[row] ??= [])[column] = { value };
    },
    sheetNames: () => [...sheets.keys()],
    activeSheet: () => active,
  };
}
