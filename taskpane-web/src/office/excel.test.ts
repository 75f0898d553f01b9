import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { installExcelGrid } from '../test/excelGrid';
import { uninstallOffice } from '../test/officeMock';
import {
  addRejectedRowsSheet,
  asCellText,
  clearStewardIds,
  readSheetRows,
  readWorkbookInfo,
  rowsPerCall,
  selectSheetRow,
  writeRowValues,
  writeStewardIds,
  type SheetChunk,
} from './excel';

const globals = globalThis as { Excel?: unknown };

afterEach(uninstallOffice);

const HEADER = ['First Name', 'Last Name', 'E-mail Address', 'Phone'];
const person = (n: number) => [`First${n}`, `Last${n}`, `p${n}@example.com`, `555-${n}`];

async function readAll(scope: 'sheet' | 'selection', cellsPerCall?: number) {
  const chunks: SheetChunk[] = [];
  await readSheetRows({ scope, onChunk: (chunk) => void chunks.push(chunk), cellsPerCall });
  return chunks;
}

describe('reading the workbook', () => {
  it('reads the workbook and the active sheet', async () => {
    installExcelGrid({ workbookName: 'Clients 2026.xlsx', sheetName: 'Clients', rows: [] });
    await expect(readWorkbookInfo()).resolves.toEqual({ workbookName: 'Clients 2026.xlsx', sheetName: 'Clients' });
  });

  it('calls a never-saved workbook unnamed', async () => {
    installExcelGrid({ workbookName: '', rows: [] });
    await expect(readWorkbookInfo()).resolves.toMatchObject({ workbookName: null });
  });

  it('rejects in words when Excel fails', async () => {
    globals.Excel = new OfficeMockObject({
      host: 'excel',
      run: async () => {
        throw new Error('RichApi.Error: the workbook is busy');
      },
    });
    await expect(readWorkbookInfo()).rejects.toThrow(
      "Excel could not tell the workbook's name: RichApi.Error: the workbook is busy",
    );
  });

  it('rejects outside Excel', async () => {
    await expect(readWorkbookInfo()).rejects.toThrow('Excel is not available here.');
  });
});

describe('reading the sheet in chunks', () => {
  it('sizes chunks by the sheet width', () => {
    expect(rowsPerCall(10)).toBe(2000);
    expect(rowsPerCall(40)).toBe(500);
    expect(rowsPerCall(1000)).toBe(20);
  });

  it('finds the header below blank rows and reads the rows under it in chunks, one sync each', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => person(i + 1));
    const excel = installExcelGrid({ rows: [[], [], HEADER, ...rows] });
    // 4 columns and 40 cells a call: 10 rows a chunk.
    const chunks = await readAll('sheet', 40);
    expect(chunks.map((c) => [c.startRow, c.rows.length, c.rowsRead, c.last])).toEqual([
      [4, 10, 10, false],
      [14, 10, 20, false],
      [24, 5, 25, true],
    ]);
    expect(chunks[0]).toMatchObject({ header: HEADER, headerRow: 3, rowsTotal: 25, sheetName: 'Sheet1' });
    expect(chunks[2]?.rows.at(-1)).toEqual(person(25));
    // bounds, the header probe, and three chunks
    expect(excel.log.syncs).toBe(5);
    expect(excel.log.ranges.slice(1).every(([, , height, width]) => height * width <= 40)).toBe(true);
  });

  it('returns the text as shown, and the value where a number does not fit its column', async () => {
    installExcelGrid({
      rows: [
        ['Name', 'Since', 'Phone'],
        ['Ann', { value: 46082, text: '2026-03-01' }, { value: 2079460958, text: '########' }],
      ],
    });
    const [chunk] = await readAll('sheet');
    expect(chunk?.rows).toEqual([['Ann', '2026-03-01', '2079460958']]);
  });

  it('reads only the selected rows, under the sheet’s header', async () => {
    installExcelGrid({
      rows: [HEADER, ...Array.from({ length: 10 }, (_, i) => person(i + 1))],
      selection: { rowIndex: 4, rowCount: 3 },
    });
    const chunks = await readAll('selection');
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({
      header: HEADER,
      headerRow: 1,
      startRow: 5,
      rowsTotal: 3,
      rows: [person(4), person(5), person(6)],
    });
  });

  it('says so when the sheet is empty, header-only, or the selection has no rows', async () => {
    installExcelGrid({ rows: [] });
    await expect(readAll('sheet')).rejects.toThrow('This sheet is empty: there is no header row to import.');
    installExcelGrid({ rows: [HEADER] });
    await expect(readAll('sheet')).rejects.toThrow('This sheet has a header row but no rows under it.');
    installExcelGrid({ rows: [HEADER, person(1)], selection: { rowIndex: 0, rowCount: 1 } });
    await expect(readAll('selection')).rejects.toThrow('The selection has no rows under the header row.');
  });
});

describe('writing into the sheet', () => {
  it('selects a sheet row', async () => {
    const excel = installExcelGrid({ rows: [HEADER, person(1)] });
    await selectSheetRow(7);
    expect(excel.log.selected).toEqual(['7:7']);
  });

  it('adds the Steward ID column after the last column and writes the ids as text', async () => {
    const excel = installExcelGrid({ rows: [HEADER, person(1), person(2), person(3), person(4)] });
    const outcome = await writeStewardIds(1, [
      { rowNumber: 2, contactId: 'c-1' },
      { rowNumber: 3, contactId: 'c-2' },
      { rowNumber: 5, contactId: '1234' },
    ]);
    expect(outcome).toEqual({ written: 3, added: true });
    expect(excel.text().map((row) => row[4] ?? '')).toEqual(['Steward ID', 'c-1', 'c-2', '', '1234']);
    expect(excel.cell(4, 4)).toMatchObject({ value: '1234', numberFormat: '@' });
  });

  it('writes into the Steward ID column the sheet already has', async () => {
    const excel = installExcelGrid({
      rows: [
        ['Steward ID', ...HEADER],
        ['old', ...person(1)],
      ],
    });
    await expect(writeStewardIds(1, [{ rowNumber: 2, contactId: 'c-9' }])).resolves.toEqual({
      written: 1,
      added: false,
    });
    expect(excel.text()[1]).toEqual(['c-9', ...person(1)]);
    expect(excel.text()[0]).toHaveLength(5);
  });

  it('clears the Steward IDs that name no linked contact, and leaves the others and the header', async () => {
    const excel = installExcelGrid({
      rows: [
        [...HEADER, 'Steward ID'],
        [...person(1), 'c-1'],
        [...person(2), 'c-2'],
        [...person(3), ''],
        [...person(4), 'c-4'],
      ],
    });
    await expect(clearStewardIds(1, new Set(['c-2']))).resolves.toEqual({ cleared: 2 });
    expect(excel.text().map((row) => row[4] ?? '')).toEqual(['Steward ID', '', 'c-2', '', '']);
    expect(excel.text()[1]?.slice(0, 4)).toEqual(person(1));
  });

  it('clears nothing in a sheet without a Steward ID column', async () => {
    const excel = installExcelGrid({ rows: [HEADER, person(1)] });
    await expect(clearStewardIds(1, new Set())).resolves.toEqual({ cleared: 0 });
    expect(excel.text()[1]).toEqual(person(1));
  });

  it('refreshes only the cells that differ, found by header, and never writes a formula', async () => {
    const excel = installExcelGrid({
      rows: [
        ['Phone', 'First Name', 'Notes', 'E-mail Address'],
        ['555-1', 'Ann', '', 'ann@example.com'],
        ['555-2', 'Bob', 'keep', 'bob@example.com'],
      ],
    });
    const columns = [
      { header: 'First Name', field: 'firstName' },
      { header: 'E-mail Address', field: 'email' },
      { header: 'Phone', field: 'phone' },
      { header: 'Notes', field: 'notes' },
      { header: 'Gone', field: 'city' },
    ];
    const outcome = await writeRowValues(1, columns, [
      {
        rowNumber: 2,
        values: { firstName: 'Ann', email: 'ann@new.example', phone: '+44 20 7946 0958', notes: '=HYPERLINK("x")' },
      },
      {
        rowNumber: 3,
        values: { firstName: 'Bob', email: 'bob@example.com', phone: '555-2', notes: 'keep', city: 'Leeds' },
      },
    ]);
    expect(outcome).toEqual({ cellsChanged: 3 });
    expect(excel.text()).toEqual([
      ['Phone', 'First Name', 'Notes', 'E-mail Address'],
      ['+44 20 7946 0958', 'Ann', '=HYPERLINK("x")', 'ann@new.example'],
      ['555-2', 'Bob', 'keep', 'bob@example.com'],
    ]);
    expect([excel.cell(1, 0).formula, excel.cell(1, 2).formula]).toEqual([undefined, undefined]);
  });

  it('escapes text Excel would turn into a formula or a number', () => {
    expect(['=1+1', '+44', '-x', '@me', '02134', 'Ann', ''].map(asCellText)).toEqual([
      "'=1+1",
      "'+44",
      "'-x",
      "'@me",
      "'02134",
      'Ann',
      '',
    ]);
  });

  it('adds a Rejected rows sheet with the row number, the cells and the reason', async () => {
    const excel = installExcelGrid({ sheetName: 'Clients', rows: [HEADER] });
    const outcome = await addRejectedRowsSheet(HEADER, [
      { rowNumber: 7, reason: 'email: is not an email address', cells: ['=cmd', 'Lee', 'not-an-email', null] },
    ]);
    expect(outcome).toEqual({ sheetName: 'Rejected rows' });
    expect(excel.text('Rejected rows')).toEqual([
      ['Row', ...HEADER, 'Reason'],
      ['7', '=cmd', 'Lee', 'not-an-email', '', 'email: is not an email address'],
    ]);
    expect(excel.cell(1, 1, 'Rejected rows').formula).toBeUndefined();
    expect(excel.activeSheet()).toBe('Clients');
    await expect(addRejectedRowsSheet(HEADER, [])).resolves.toEqual({ sheetName: 'Rejected rows (2)' });
  });
});
