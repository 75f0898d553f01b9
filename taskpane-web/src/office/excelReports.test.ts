import { afterEach, describe, expect, it } from 'vitest';
import { installExcelBook } from '../test/excelBook';
import { installExcel113, uninstallOffice } from '../test/officeMock';
import {
  canInsertSheets,
  insertReport,
  listWorkbookReports,
  refreshReport,
  REPORTS_SETTING,
  toBase64,
  type WorkbookReport,
} from './excelReports';

afterEach(uninstallOffice);

const REPORT = ['Summary', 'Charts', 'Members'];
const SPRING = { title: 'Spring letter', source: { kind: 'campaign', campaignId: 'k1' } as const };
const NOW = new Date('2026-03-05T10:00:00Z');
const LATER = new Date('2026-03-12T10:00:00Z');

const recorded = (book: ReturnType<typeof installExcelBook>) =>
  JSON.parse(String(book.setting(REPORTS_SETTING))) as WorkbookReport[];

describe('inserting a report into the workbook', () => {
  it('adds the report’s sheets at the end and records their ids in a workbook setting', async () => {
    const book = installExcelBook({ sheets: ['Clients', 'Notes'], files: { v1: REPORT } });
    const placed = await insertReport('v1', SPRING, NOW);

    expect(book.names()).toEqual(['Clients', 'Notes', 'Summary', 'Charts', 'Members']);
    expect(book.log.inserts).toEqual([{ base64: 'v1', options: { positionType: 'End' } }]);
    expect(placed.sheetNames).toEqual(REPORT);
    const [report] = recorded(book);
    expect(report).toMatchObject({
      key: 'campaign:k1',
      title: 'Spring letter',
      insertedAt: '2026-03-05T10:00:00.000Z',
    });
    expect(report?.sheets.map((sheet) => sheet.name)).toEqual(REPORT);
    expect(report?.sheets.every((sheet) => sheet.id.startsWith('{inserted-'))).toBe(true);
  });

  it('keeps the report’s own names when Excel renames sheets whose names the workbook already has', async () => {
    const book = installExcelBook({ sheets: ['Summary'], files: { v1: REPORT } });
    const placed = await insertReport('v1', SPRING, NOW);
    expect(placed.sheetNames).toEqual(['Summary (2)', 'Charts', 'Members']);
    expect(recorded(book)[0]?.sheets.map((sheet) => sheet.name)).toEqual(REPORT);
  });

  it('refuses to insert the same report twice, and lists what the workbook holds', async () => {
    installExcelBook({ sheets: ['Clients'], files: { v1: REPORT } });
    await insertReport('v1', SPRING, NOW);
    await expect(insertReport('v1', SPRING, NOW)).rejects.toThrow(
      'The report "Spring letter" is in this workbook already. Refresh it instead.',
    );
    const listed = await listWorkbookReports();
    expect(listed.map((report) => report.key)).toEqual(['campaign:k1']);
  });

  it('says in words what Excel refused', async () => {
    installExcelBook({ sheets: ['Clients'], files: {} });
    await expect(insertReport('not-a-workbook', SPRING, NOW)).rejects.toThrow(
      "Excel could not add the report's sheets: The file is not a workbook Excel can read.",
    );
  });
});

describe('refreshing a report', () => {
  it('replaces the report’s sheets at their places and under the names the user gave them, and leaves the rest alone', async () => {
    const book = installExcelBook({ sheets: ['Clients', 'Notes'], files: { v1: REPORT, v2: REPORT } });
    const first = await insertReport('v1', SPRING, NOW);
    // The user works around the report: moves a sheet, renames one, adds their own in between.
    book.move('Summary', 1);
    book.rename('Charts', 'Spring charts');
    book.move('Members', 0);
    const before = book.names();
    expect(before).toEqual(['Members', 'Clients', 'Summary', 'Notes', 'Spring charts']);

    const placed = await refreshReport('campaign:k1', 'v2', LATER);

    expect(book.names()).toEqual(before);
    expect(book.sheets().filter((sheet) => sheet.from === 'v1')).toEqual([]);
    expect(book.sheets().map((sheet) => sheet.from)).toEqual(['v2', 'seed', 'v2', 'seed', 'v2']);
    expect(placed.sheetNames).toEqual(['Summary', 'Spring charts', 'Members']);
    const [report] = recorded(book);
    expect(report?.refreshedAt).toBe('2026-03-12T10:00:00.000Z');
    expect(report?.sheets.map((sheet) => sheet.name)).toEqual(REPORT);
    const ids = report?.sheets.map((sheet) => sheet.id) ?? [];
    expect(ids.some((id) => first.report.sheets.some((old) => old.id === id))).toBe(false);
  });

  it('brings back a report sheet the user deleted, after the sheet before it', async () => {
    const book = installExcelBook({ sheets: ['Clients', 'Notes'], files: { v1: REPORT, v2: REPORT } });
    await insertReport('v1', SPRING, NOW);
    book.remove('Charts');
    book.move('Notes', 4);
    expect(book.names()).toEqual(['Clients', 'Summary', 'Members', 'Notes']);

    await refreshReport('campaign:k1', 'v2', LATER);
    expect(book.names()).toEqual(['Clients', 'Summary', 'Charts', 'Members', 'Notes']);
  });

  it('never takes the name of a sheet of the user’s', async () => {
    const book = installExcelBook({ sheets: ['Clients'], files: { v1: REPORT, v2: REPORT } });
    await insertReport('v1', SPRING, NOW);
    book.remove('Charts');
    book.rename('Clients', 'Charts');
    await refreshReport('campaign:k1', 'v2', LATER);
    expect(book.sheets()).toEqual([
      { name: 'Charts', from: 'seed' },
      { name: 'Summary', from: 'v2' },
      { name: 'Charts (2)', from: 'v2' },
      { name: 'Members', from: 'v2' },
    ]);
  });

  it('works when the report is all the workbook holds', async () => {
    const book = installExcelBook({ sheets: ['Sheet1'], files: { v1: REPORT, v2: REPORT } });
    await insertReport('v1', SPRING, NOW);
    book.remove('Sheet1');
    await refreshReport('campaign:k1', 'v2', LATER);
    expect(book.sheets()).toEqual(REPORT.map((name) => ({ name, from: 'v2' })));
  });

  it('keeps the old report when the new file cannot be inserted', async () => {
    const book = installExcelBook({ sheets: ['Clients'], files: { v1: REPORT } });
    await insertReport('v1', SPRING, NOW);
    await expect(refreshReport('campaign:k1', 'broken', LATER)).rejects.toThrow('Excel could not refresh the report');
    expect(book.sheets().map((sheet) => sheet.from)).toEqual(['seed', 'v1', 'v1', 'v1']);
  });

  it('asks for an insert when the workbook has no record of the report', async () => {
    installExcelBook({ sheets: ['Clients'], files: { v2: REPORT } });
    await expect(refreshReport('campaign:k1', 'v2', LATER)).rejects.toThrow(
      'This workbook has no record of that report any more. Insert it again.',
    );
  });
});

describe('the host and the file', () => {
  it('inserts sheets only where Excel has ExcelApi 1.13', () => {
    expect(canInsertSheets()).toBe(false);
    installExcel113(false);
    expect(canInsertSheets()).toBe(false);
    installExcel113(true);
    expect(canInsertSheets()).toBe(true);
  });

  it('turns the downloaded file into base64, however large', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const base64 = await toBase64(new Blob([bytes]));
    expect(base64.startsWith('UEsDB')).toBe(true);
    expect(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});
