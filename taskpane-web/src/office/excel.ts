/** The only module that touches the `Excel` global. Every text from users that it writes goes through `cellText`. */

import { asCellText, cellValue } from './cellText';

export { asCellText } from './cellText';

export interface WorkbookInfo {
  /** The file name, or null while the workbook has never been saved. */
  workbookName: string | null;
  sheetName: string;
}

/**
 * Cells read or written per `context.sync`. Office refuses payloads over about 5 MB; text and values of 20,000
 * cells of a contact list stay near 1–2 MB.
 */
export const CELLS_PER_CALL = 20_000;
const MAX_ROWS_PER_CALL = 2_000;
/** Rows looked at per call while searching for the header row. */
const HEADER_PROBE_ROWS = 20;
export const STEWARD_ID_HEADER = 'Steward ID';

/** A failure Excel did not cause (an empty sheet, a selection without rows): its words reach the user unchanged. */
export class SheetProblem extends Error {
  override name = 'SheetProblem';
}

/** How many rows one call may read or write for a sheet of this width. */
export function rowsPerCall(columns: number, cells = CELLS_PER_CALL): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_CALL, Math.floor(cells / Math.max(1, columns))));
}

/**
 * Runs a batch in Excel; a failure Excel causes becomes "Excel could not <doing>: <its message>", a SheetProblem
 * reaches the user as it is.
 */
export async function run<T>(doing: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new SheetProblem('Excel is not available here. Open Steward from the Excel ribbon to use the sheet.');
  }
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof SheetProblem) throw error;
    throw new Error(`Excel could not ${doing}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The workbook's name and the active sheet's, for the Excel pane's header. */
export async function readWorkbookInfo(): Promise<WorkbookInfo> {
  return run("tell the workbook's name", async (context) => {
    const workbook = context.workbook;
    const sheet = workbook.worksheets.getActiveWorksheet();
    workbook.load('name');
    sheet.load('name');
    await context.sync();
    return { workbookName: workbook.name?.trim() || null, sheetName: sheet.name };
  });
}

/** A sheet of the workbook, for choosing which one to import. */
export interface WorkbookSheetInfo {
  name: string;
  /** Rows of its used range, the header included (1 for an empty sheet). */
  rows: number;
  hidden: boolean;
  active: boolean;
}

/** The workbook's sheets in tab order, with their sizes and which is active. */
export async function listSheets(): Promise<WorkbookSheetInfo[]> {
  return run('list the sheets', async (context) => {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility');
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const used = sheets.items.map((sheet) => sheet.getUsedRange(true).load('rowCount'));
    await context.sync();
    return sheets.items.map((sheet, i) => ({
      name: sheet.name,
      rows: used[i]?.rowCount ?? 0,
      hidden: sheet.visibility !== 'Visible',
      active: sheet.name === active.name,
    }));
  });
}

/** Makes a sheet the active one: the pane imports, links and writes back the active sheet. */
export async function activateSheet(name: string): Promise<void> {
  await run('open the sheet', async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/** The cells as the sheet shows them; a number too wide for its column shows "####", so its value is taken instead. */
function displayed(range: Excel.Range): string[][] {
  const values = range.values;
  return range.text.map((row, r) =>
    row.map((text, c) => {
      const value: unknown = values[r]?.[c];
      return /^#+$/.test(text) && typeof value === 'number' ? String(value) : text;
    }),
  );
}

const isBlank = (row: string[]) => row.every((cell) => cell.trim() === '');

interface SheetBounds {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** The active sheet and its used range (values only), loaded. */
async function activeSheet(context: Excel.RequestContext): Promise<SheetBounds> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange(true);
  sheet.load('name');
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  return { sheet, used };
}

async function readBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
) {
  const block = sheet.getRangeByIndexes(row, column, rows, columns).load('text,values');
  await context.sync();
  return displayed(block);
}

async function findHeader(context: Excel.RequestContext, { sheet, used }: SheetBounds) {
  const end = used.rowIndex + used.rowCount;
  for (let top = used.rowIndex; top < end; top += HEADER_PROBE_ROWS) {
    const cells = await readBlock(
      context,
      sheet,
      top,
      used.columnIndex,
      Math.min(HEADER_PROBE_ROWS, end - top),
      used.columnCount,
    );
    const found = cells.findIndex((row) => !isBlank(row));
    const header = cells[found];
    if (header) return { headerIndex: top + found, header };
  }
  throw new SheetProblem('This sheet is empty: there is no header row to import.');
}

export type ReadScope = 'sheet' | 'selection';

/** One chunk of rows, as read: `startRow` and `headerRow` are sheet row numbers (1 is the first row). */
export interface SheetChunk {
  sheetName: string;
  header: string[];
  headerRow: number;
  startRow: number;
  rows: string[][];
  rowsRead: number;
  rowsTotal: number;
  last: boolean;
}

export interface ReadSheetOptions {
  /** The whole used range, or the selected rows (with the sheet's header row). */
  scope: ReadScope;
  /** Called with each chunk in order; reading waits for it, so a chunk can be posted before the next is read. */
  onChunk: (chunk: SheetChunk) => Promise<void> | void;
  cellsPerCall?: number;
}

/**
 * Reads the active sheet's rows under its header (the first non-empty row), in chunks of at most `cellsPerCall`
 * cells per call, as displayed text (dates and numbers as the sheet shows them).
 */
export async function readSheetRows({ scope, onChunk, cellsPerCall }: ReadSheetOptions): Promise<{ rowsRead: number }> {
  return run('read the sheet', async (context) => {
    const selection = scope === 'selection' ? context.workbook.getSelectedRange().load('rowIndex,rowCount') : null;
    const bounds = await activeSheet(context);
    const { sheet, used } = bounds;
    const { headerIndex, header } = await findHeader(context, bounds);
    let from = headerIndex + 1;
    let to = used.rowIndex + used.rowCount;
    if (selection) {
      from = Math.max(from, selection.rowIndex);
      to = Math.min(to, selection.rowIndex + selection.rowCount);
      if (from >= to)
        throw new SheetProblem('The selection has no rows under the header row. Select the rows to import.');
    } else if (from >= to) {
      throw new SheetProblem('This sheet has a header row but no rows under it.');
    }
    const perCall = rowsPerCall(used.columnCount, cellsPerCall);
    const rowsTotal = to - from;
    let rowsRead = 0;
    for (let top = from; top < to; top += perCall) {
      const count = Math.min(perCall, to - top);
      const rows = await readBlock(context, sheet, top, used.columnIndex, count, used.columnCount);
      rowsRead += count;
      await onChunk({
        sheetName: sheet.name,
        header,
        headerRow: headerIndex + 1,
        startRow: top + 1,
        rows,
        rowsRead,
        rowsTotal,
        last: top + count >= to,
      });
    }
    return { rowsRead };
  });
}

/** Selects a row of the active sheet (1 is the first row), so that the user sees the row a message is about. */
export async function selectSheetRow(rowNumber: number): Promise<void> {
  await run('select the row', async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange(`${rowNumber}:${rowNumber}`).select();
    await context.sync();
  });
}

/** The header row's cells (relative to the used range's first column) and where that column starts. */
async function readHeaderRow(context: Excel.RequestContext, { sheet, used }: SheetBounds, headerRow: number) {
  const [cells = []] = await readBlock(context, sheet, headerRow - 1, used.columnIndex, 1, used.columnCount);
  return cells.map((cell) => cell.trim().toLowerCase());
}

/** Consecutive row numbers, in runs of at most `limit`. */
function runsOf<T extends { rowNumber: number }>(rows: T[], limit: number): T[][] {
  const sorted = [...rows].sort((a, b) => a.rowNumber - b.rowNumber);
  const runs: T[][] = [];
  for (const row of sorted) {
    const current = runs.at(-1);
    const previous = current?.at(-1);
    if (current && previous && previous.rowNumber + 1 === row.rowNumber && current.length < limit) current.push(row);
    else runs.push([row]);
  }
  return runs;
}

export interface RowContact {
  rowNumber: number;
  contactId: string;
}

/**
 * Writes each row's contact id into the `Steward ID` column, adding that column after the last used column when the
 * sheet has none, so that the next import of the sheet updates these contacts.
 */
export async function writeStewardIds(
  headerRow: number,
  rows: RowContact[],
): Promise<{ written: number; added: boolean }> {
  return run('write the Steward ID column', async (context) => {
    const bounds = await activeSheet(context);
    const { sheet, used } = bounds;
    const header = await readHeaderRow(context, bounds, headerRow);
    let column = header.indexOf(STEWARD_ID_HEADER.toLowerCase());
    const added = column < 0;
    if (added) {
      column = used.columnCount;
      sheet.getRangeByIndexes(headerRow - 1, used.columnIndex + column, 1, 1).values = [[cellValue(STEWARD_ID_HEADER)]];
    }
    const perCall = rowsPerCall(1);
    let pending = 0;
    for (const run of runsOf(rows, perCall)) {
      const first = run[0];
      if (!first) continue;
      const range = sheet.getRangeByIndexes(first.rowNumber - 1, used.columnIndex + column, run.length, 1);
      range.numberFormat = run.map(() => ['@']);
      range.values = run.map((row) => [row.contactId]); // ids, not user text: the '@' format keeps them text
      pending += run.length;
      if (pending >= perCall) {
        await context.sync();
        pending = 0;
      }
    }
    await context.sync();
    return { written: rows.length, added };
  });
}

/**
 * Clears the `Steward ID` cells that name none of the contacts in `linked` (after an undo, the contacts it removed),
 * so that the next import of the sheet does not refuse those rows for naming contacts in the trash.
 */
export async function clearStewardIds(headerRow: number, linked: ReadonlySet<string>): Promise<{ cleared: number }> {
  return run('clear Steward IDs', async (context) => {
    const bounds = await activeSheet(context);
    const { sheet, used } = bounds;
    const column = (await readHeaderRow(context, bounds, headerRow)).indexOf(STEWARD_ID_HEADER.toLowerCase());
    if (column < 0) return { cleared: 0 };
    const end = used.rowIndex + used.rowCount;
    const perCall = rowsPerCall(1);
    let cleared = 0;
    for (let top = headerRow; top < end; top += perCall) {
      const count = Math.min(perCall, end - top);
      const ids = await readBlock(context, sheet, top, used.columnIndex + column, count, 1);
      ids.forEach(([id = ''], offset) => {
        if (id.trim() !== '' && !linked.has(id.trim())) {
          sheet.getRangeByIndexes(top + offset, used.columnIndex + column, 1, 1).values = [[cellValue('')]];
          cleared++;
        }
      });
    }
    await context.sync();
    return { cleared };
  });
}

/** A sheet column (by its header) and the contact field it shows. */
export interface ColumnField {
  header: string;
  field: string;
}

export interface RowValues {
  rowNumber: number;
  values: Record<string, string | null | undefined>;
}

/**
 * "Refresh sheet": writes the CRM's values into the linked rows, only into cells whose shown text differs, and never
 * as a formula. Columns are found by their header, so moved columns still get the right field.
 */
export async function writeRowValues(
  headerRow: number,
  columns: ColumnField[],
  rows: RowValues[],
  cellsPerCall?: number,
): Promise<{ cellsChanged: number }> {
  return run('write into the sheet', async (context) => {
    const bounds = await activeSheet(context);
    const { sheet, used } = bounds;
    const header = await readHeaderRow(context, bounds, headerRow);
    const targets = columns
      .map((column) => ({ field: column.field, index: header.indexOf(column.header.trim().toLowerCase()) }))
      .filter((target) => target.index >= 0);
    if (targets.length === 0) return { cellsChanged: 0 };
    const perCall = rowsPerCall(used.columnCount, cellsPerCall);
    const sorted = rows.filter((row) => row.rowNumber > headerRow).sort((a, b) => a.rowNumber - b.rowNumber);
    let cellsChanged = 0;
    for (let start = 0; start < sorted.length;) {
      const first = sorted[start]!.rowNumber;
      let end = start;
      while (end < sorted.length && sorted[end]!.rowNumber < first + perCall) end++;
      const block = sorted.slice(start, end);
      const height = block.at(-1)!.rowNumber - first + 1;
      const shown = await readBlock(context, sheet, first - 1, used.columnIndex, height, used.columnCount);
      for (const row of block) {
        for (const { field, index } of targets) {
          if (!(field in row.values)) continue; // a field the caller leaves alone
          const wanted = row.values[field] ?? '';
          const current = shown[row.rowNumber - first]?.[index] ?? '';
          if (current.trim() === wanted.trim()) continue;
          sheet.getRangeByIndexes(row.rowNumber - 1, used.columnIndex + index, 1, 1).values = [[asCellText(wanted)]];
          cellsChanged++;
        }
      }
      await context.sync();
      start = end;
    }
    return { cellsChanged };
  });
}

export interface SheetRow {
  rowNumber: number;
  reason: string;
  cells: (string | null)[];
}

/** Adds a worksheet listing rejected rows (row number, the original cells, the reason). */
export async function addRejectedRowsSheet(header: string[], rows: SheetRow[]): Promise<{ sheetName: string }> {
  return run('add the rejected rows sheet', async (context) => {
    const sheets = context.workbook.worksheets;
    const names = ['Rejected rows', ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Rejected rows (${n})`)];
    const existing = names.map((name) => sheets.getItemOrNullObject(name).load('isNullObject'));
    await context.sync();
    const sheetName = names[existing.findIndex((sheet) => sheet.isNullObject)];
    if (!sheetName)
      throw new SheetProblem('There are too many "Rejected rows" sheets already. Delete one, then try again.');
    const sheet = sheets.add(sheetName);
    const table: (string | number)[][] = [
      ['Row', ...header, 'Reason'],
      ...rows.map((row) => [row.rowNumber, ...header.map((_, i) => row.cells[i] ?? ''), row.reason]),
    ];
    const width = header.length + 2;
    const perCall = rowsPerCall(width);
    for (let top = 0; top < table.length; top += perCall) {
      const part = table.slice(top, top + perCall);
      sheet.getRangeByIndexes(top, 0, part.length, width).values = part.map((row) => row.map(cellValue));
      await context.sync();
    }
    // Not activated: the pane works on the sheet the user imported, which stays the active one.
    return { sheetName };
  });
}
