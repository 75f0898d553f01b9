import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  excelReportSheets,
  type PlacedReport,
  type ReportSheets,
  type WorkbookReport,
} from '../../office/excelReports';
import { campaign, page } from '../../test/crmFixtures';
import { catchDownloads, fileAnswer } from '../../test/downloads';
import { installExcelBook } from '../../test/excelBook';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { installExcel113, uninstallOffice } from '../../test/officeMock';
import { ReportsCard } from './ReportsCard';

/** The bytes of a report workbook as the service sends them (a zip starts with PK). */
const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
const XLSX_BASE64 = btoa(String.fromCharCode(...XLSX));
const SHEETS = ['Summary', 'Charts', 'Members'];
const SUMMER = campaign({ id: 'k2', name: 'Summer calls', channel: 'phone', status: 'sent' });

function service(extra: (r: Request) => Response | undefined = () => undefined) {
  return fakeService((r) => {
    if (r.path === '/api/campaigns') return json(200, page([SUMMER]));
    if (r.path === '/api/reports/campaigns/k2.xlsx') return fileAnswer('Summer calls - report 2026-03-20.xlsx', XLSX);
    if (r.path === '/api/reports/portfolio.xlsx') return fileAnswer('Portfolio report.xlsx', XLSX);
    return extra(r);
  });
}

/** A workbook adapter that remembers what it was asked, with the reports it holds. */
function fakeSheets(canInsert: boolean, held: WorkbookReport[] = []) {
  const reports = [...held];
  const placed = (report: WorkbookReport): PlacedReport => ({
    report,
    sheetNames: report.sheets.map((sheet) => sheet.name),
  });
  const sheets: ReportSheets = {
    canInsert: () => canInsert,
    dropsCharts: () => false,
    list: vi.fn(async () => [...reports]),
    insert: vi.fn(async (_file: Blob, what: Parameters<ReportSheets['insert']>[1]) => {
      const report: WorkbookReport = {
        key: what.source.kind === 'campaign' ? `campaign:${what.source.campaignId}` : 'portfolio',
        ...what,
        sheets: SHEETS.map((name, i) => ({ id: `{${i}}`, name })),
        insertedAt: '2026-03-20T10:00:00Z',
      };
      reports.push(report);
      return placed(report);
    }),
    refresh: vi.fn(async (key: string) =>
      placed({ ...reports.find((report) => report.key === key)!, refreshedAt: '2026-03-21T10:00:00Z' }),
    ),
  };
  return sheets;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

let downloads: ReturnType<typeof catchDownloads> | null = null;
afterEach(() => {
  downloads?.restore();
  uninstallOffice();
});

async function pickSummer(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('combobox', { name: 'Campaign' }), 'Summer');
  await user.click(await screen.findByRole('option', { name: /^Summer calls/ }));
}

/** As a viewer, picks the campaign Summer calls and asks to insert its report into `sheets`. */
async function insertSummer(sheets: ReturnType<typeof fakeSheets>) {
  const user = userEvent.setup();
  renderWithApi(<ReportsCard sheets={sheets} />, service().client, { role: 'viewer' });
  await pickSummer(user);
  await user.click(screen.getByRole('button', { name: 'Insert report' }));
}

describe("the Excel pane's reports", () => {
  it("inserts the chosen campaign's report from the downloaded workbook, then offers to refresh it", async () => {
    const sheets = fakeSheets(true);
    await insertSummer(sheets);

    expect(
      await screen.findByText('“Summer calls” added as 3 sheets at the end of the workbook: Summary, Charts, Members.'),
    ).toBeInTheDocument();
    const [file, what] = vi.mocked(sheets.insert).mock.calls[0] ?? [];
    expect(await bytesOf(file!)).toEqual(XLSX);
    expect(what).toEqual({ title: 'Summer calls', source: { kind: 'campaign', campaignId: 'k2' } });
    const listed = await screen.findByRole('list', { name: 'Reports in this workbook' });
    expect(within(listed).getByText('Summer calls')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh report' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert report' })).not.toBeInTheDocument();
  });

  it('refreshes a report of the workbook from a fresh download of the same report', async () => {
    const user = userEvent.setup();
    const held: WorkbookReport = {
      key: 'portfolio:2026-01-01:2026-03-31',
      title: 'Campaigns of the first quarter',
      source: { kind: 'portfolio', from: '2026-01-01', to: '2026-03-31' },
      sheets: SHEETS.map((name, i) => ({ id: `{${i}}`, name })),
      insertedAt: '2026-04-01T09:00:00Z',
    };
    const sheets = fakeSheets(true, [held]);
    const { client, requests } = service();
    renderWithApi(<ReportsCard sheets={sheets} />, client, { role: 'viewer' });
    await user.click(await screen.findByRole('button', { name: 'Refresh report Campaigns of the first quarter' }));

    expect(
      await screen.findByText(/“Campaigns of the first quarter” refreshed: 3 sheets replaced where they were/),
    ).toBeInTheDocument();
    expect(vi.mocked(sheets.refresh).mock.calls[0]?.[0]).toBe(held.key);
    const download = requests.find((r) => r.path === '/api/reports/portfolio.xlsx');
    expect([download?.query.get('from'), download?.query.get('to')]).toEqual(['2026-01-01', '2026-03-31']);
  });

  it('offers the download instead, and says why, where Excel lacks ExcelApi 1.13', async () => {
    const user = userEvent.setup();
    downloads = catchDownloads();
    const sheets = fakeSheets(false);
    const { client } = service();
    renderWithApi(<ReportsCard sheets={sheets} />, client, { role: 'viewer' });
    expect(
      await screen.findByText(/needs ExcelApi 1\.13 .* Download the report and open it instead\./),
    ).toBeInTheDocument();
    await pickSummer(user);
    expect(screen.queryByRole('button', { name: 'Insert report' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download (.xlsx)' }));
    await waitFor(() => expect(downloads?.saved).toEqual(['Summer calls - report 2026-03-20.xlsx']));
    expect(sheets.list).not.toHaveBeenCalled();
  });

  it('says in words what went wrong, and which step', async () => {
    const sheets = fakeSheets(true);
    vi.mocked(sheets.insert).mockRejectedValueOnce(
      new Error("Excel could not add the report's sheets: The workbook is protected."),
    );
    await insertSummer(sheets);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The report was not added to the workbook');
    expect(alert).toHaveTextContent("Excel could not add the report's sheets: The workbook is protected.");
  });

  it('hands Excel the downloaded workbook as base64, and refreshes it in place (through the Excel adapter)', async () => {
    const user = userEvent.setup();
    installExcel113(true);
    const book = installExcelBook({ sheets: ['Clients'], files: { [XLSX_BASE64]: SHEETS } });
    const { client } = service();
    renderWithApi(<ReportsCard sheets={excelReportSheets} />, client, { role: 'viewer' });
    await pickSummer(user);
    await user.click(screen.getByRole('button', { name: 'Insert report' }));
    expect(await screen.findByText(/added as 3 sheets/)).toBeInTheDocument();
    expect(book.log.inserts.map((insert) => insert.base64)).toEqual([XLSX_BASE64]);
    expect(book.names()).toEqual(['Clients', ...SHEETS]);

    book.move('Clients', 3);
    await user.click(await screen.findByRole('button', { name: 'Refresh report' }));
    expect(await screen.findByText(/“Summer calls” refreshed/)).toBeInTheDocument();
    expect(book.names()).toEqual(['Summary', 'Charts', 'Members', 'Clients']);
    expect(book.log.inserts).toHaveLength(2);
  });
});
