import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeService, json, renderWithApi, type Handler, type Request } from '../../test/fakeApi';
import { previewRow } from '../../test/importFixtures';
import { installExcelGrid } from '../../test/excelGrid';
import { uninstallOffice } from '../../test/officeMock';
import { ExcelPane } from './ExcelPane';
import { sheetJob } from '../../test/sheetJobs';

afterEach(uninstallOffice);

const HEADER = ['First Name', 'Last Name', 'E-mail Address', 'City'];
const person = (n: number) => [`First${n}`, `Last${n}`, `p${n}@example.com`, 'Leeds'];

/** The service as the pane's import review needs it: no custom fields, besides what the test answers. */
function paneService(answer: Handler) {
  return fakeService((request) => (request.path === '/api/custom-fields' ? json(200, []) : answer(request)));
}

/** The pane, on a service that links no sheet and starts an import of three rows; answers the requests it records. */
function renderPaneImportingThreeRows(): Request[] {
  const { client, requests } = paneService((request) => {
    if (request.path === '/api/sheet-links') return json(200, []);
    if (request.path === '/api/imports') return json(201, sheetJob({ rowsTotal: 3 }));
    return undefined;
  });
  renderWithApi(<ExcelPane />, client, { role: 'user' });
  return requests;
}

/** The body of the pane's first POST: the rows it sent and what it said about them. */
function firstPosted(requests: Request[]) {
  return requests
    .filter((r) => r.method === 'POST')
    .map((r) => r.body as { rows: string[][] } & Record<string, unknown>)[0];
}

describe('the Excel pane', () => {
  it('shows the workbook, the user and the firm; a viewer cannot import', async () => {
    installExcelGrid({ workbookName: '', sheetName: 'Sheet1', rows: [] });
    const { client } = fakeService(() => undefined);
    renderWithApi(<ExcelPane />, client, { role: 'viewer' });
    expect(await screen.findByRole('heading', { name: 'Unsaved workbook' })).toBeInTheDocument();
    expect(screen.getByText('Sheet: Sheet1')).toBeInTheDocument();
    expect(screen.getByText('Test firm')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import this sheet' })).toBeDisabled();
  });

  it('offers reports beside the import, for every role', async () => {
    installExcelGrid({ workbookName: 'Clients.xlsx', sheetName: 'Clients', rows: [HEADER, person(1)] });
    const reportSheets = {
      canInsert: () => true,
      dropsCharts: () => false,
      list: async () => [],
      insert: vi.fn(),
      refresh: vi.fn(),
    };
    const { client } = paneService((request) => {
      if (request.path === '/api/sheet-links') return json(200, []);
      if (request.path === '/api/campaigns')
        return json(200, { items: [], page: 0, size: 20, totalElements: 0, totalPages: 0, totalCapped: false });
      return undefined;
    });
    renderWithApi(<ExcelPane reportSheets={reportSheets} />, client, { role: 'viewer' });
    const reports = await screen.findByRole('region', { name: 'Reports' });
    expect(within(reports).getByRole('combobox', { name: 'Campaign' })).toBeInTheDocument();
    expect(within(reports).getByRole('radio', { name: 'A period' })).toBeInTheDocument();
  });

  it('says in words when Excel cannot be read', async () => {
    const { client } = fakeService(() => undefined);
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Excel is not available here.');
    expect(screen.getByText('Ada Admin (ada@example.com)')).toBeInTheDocument();
  });

  it('imports the sheet in chunks, linking it by workbook and sheet name', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => person(i + 1));
    installExcelGrid({ workbookName: 'Clients.xlsx', sheetName: 'Clients', rows: [HEADER, ...rows] });
    const { client, requests } = paneService((request) => {
      if (request.path === '/api/sheet-links') return json(200, []);
      if (request.path === '/api/imports') return json(201, sheetJob({ status: 'receiving', rowsTotal: 2000 }));
      if (request.path === '/api/imports/job-1/rows') return json(200, sheetJob({ rowsTotal: 2500 }));
      return undefined;
    });
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    await userEvent.click(await screen.findByRole('button', { name: 'Import this sheet' }));
    const review = await screen.findByRole('region', { name: 'Import of Clients' });
    expect(within(review).getByText('2,500 rows')).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(['/api/imports', '/api/imports/job-1/rows']);
    const [first, second] = posts.map((r) => r.body as { rows: string[][] } & Record<string, unknown>);
    expect(first).toMatchObject({
      workbookName: 'Clients.xlsx',
      sheetName: 'Clients',
      header: HEADER,
      headerRow: 1,
      startRow: 2,
      complete: false,
      selection: false,
    });
    expect(first?.rows).toHaveLength(2000);
    expect(second).toMatchObject({ startRow: 2002, complete: true });
    expect(second?.rows).toHaveLength(500);
    expect(second?.rows.at(-1)).toEqual(person(2500));
  });

  it('offers the visible sheets of a workbook with several, and imports the one picked', async () => {
    const excel = installExcelGrid({
      workbookName: 'Clients.xlsx',
      sheetName: 'Cover',
      rows: [['Client list — March'], ['Prepared by the office']],
      moreSheets: [
        { name: 'Lists', rows: [['Options'], ['Lead']], hidden: true },
        { name: 'Clients', rows: [HEADER, person(1), person(2), person(3)] },
      ],
    });
    const requests = renderPaneImportingThreeRows();
    const picker = await screen.findByRole('combobox', { name: 'Sheet to import' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Cover (2 rows)', 'Clients (4 rows)']);
    await userEvent.selectOptions(picker, 'Clients');
    expect(await screen.findByText('Sheet: Clients')).toBeInTheDocument();
    expect(excel.activeSheet()).toBe('Clients');
    await userEvent.click(screen.getByRole('button', { name: 'Import this sheet' }));
    await screen.findByRole('region', { name: 'Import of Clients' });
    const first = firstPosted(requests);
    expect(first).toMatchObject({ sheetName: 'Clients', header: HEADER, complete: true });
    expect(first?.rows).toEqual([person(1), person(2), person(3)]);
  });

  it('shows no sheet picker for a workbook of one sheet', async () => {
    installExcelGrid({ workbookName: 'Clients.xlsx', sheetName: 'Clients', rows: [HEADER, person(1)] });
    const { client } = paneService((request) => (request.path === '/api/sheet-links' ? json(200, []) : undefined));
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    await screen.findByRole('button', { name: 'Import this sheet' });
    expect(screen.queryByRole('combobox', { name: 'Sheet to import' })).not.toBeInTheDocument();
  });

  it('imports the selected rows as a selection, so that rows outside it are not taken as removed', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => person(i + 1));
    installExcelGrid({
      workbookName: 'Clients.xlsx',
      sheetName: 'Clients',
      rows: [HEADER, ...rows],
      selection: { rowIndex: 4, rowCount: 3 },
    });
    const requests = renderPaneImportingThreeRows();
    await userEvent.click(await screen.findByRole('button', { name: 'Import the selection' }));
    await screen.findByRole('region', { name: 'Import of Clients' });
    const first = firstPosted(requests);
    expect(first).toMatchObject({ header: HEADER, startRow: 5, selection: true, complete: true });
    expect(first?.rows).toEqual([person(4), person(5), person(6)]);
  });

  it('reviews, commits and follows the import in the pane, writes the Steward ID column, and points at a rejected row', async () => {
    const excel = installExcelGrid({
      workbookName: 'Clients.xlsx',
      sheetName: 'Clients',
      rows: [
        HEADER,
        ['Ann', 'Lee', 'ann@example.com', 'York'],
        ['Tobias', 'Wren', 'not-an-email', 'Bath'],
        ['Cy', 'Fox', 'cy@example.com', 'Hull'],
      ],
    });
    const counts = { created: 2, updated: 0, unchanged: 0, skipped: 0, rejected: 1 };
    const ready = sheetJob({
      counts,
      preview: [
        previewRow({ rowNumber: 2, values: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' } }),
        previewRow({
          rowNumber: 3,
          action: 'reject',
          values: { firstName: 'Tobias', lastName: 'Wren', email: 'not-an-email' },
          errors: [{ field: 'email', message: 'is not a valid email address' }],
        }),
        previewRow({ rowNumber: 4, values: { firstName: 'Cy', lastName: 'Fox', email: 'cy@example.com' } }),
      ],
    });
    const polls = [
      sheetJob({ status: 'committing', counts, rowsDone: 1 }),
      sheetJob({ status: 'committed', counts, rowsDone: 3, committedAt: '2026-03-01T10:05:00Z' }),
    ];
    const linked = (rowNumber: number, contactId: string) => ({
      rowNumber,
      contactId,
      version: 1,
      deleted: false,
      values: {},
    });
    const { client, requests } = paneService((request) => {
      if (request.path === '/api/sheet-links') return json(200, []);
      if (request.method === 'POST' && request.path === '/api/imports') return json(201, ready);
      if (request.method === 'POST' && request.path === '/api/imports/job-1/commit')
        return json(202, sheetJob({ status: 'committing', counts }));
      if (request.path === '/api/imports/job-1') return json(200, polls.length > 1 ? polls.shift() : polls[0]);
      if (request.path === '/api/sheet-links/link-1/rows') return json(200, [linked(2, 'c-ann'), linked(4, 'c-cy')]);
      if (request.path === '/api/imports/job-1/rejected') {
        const row = {
          rowNumber: 3,
          reason: 'email: is not a valid email address',
          cells: ['Tobias', 'Wren', 'not-an-email', 'Bath'],
        };
        return json(200, { items: [row], page: 0, size: 25, totalElements: 1, totalPages: 1, totalCapped: false });
      }
      return undefined;
    });
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    await userEvent.click(await screen.findByRole('button', { name: 'Import this sheet' }));

    const preview = await screen.findByRole('list', { name: 'Preview' });
    expect(within(preview).getByText('Ann Lee')).toBeInTheDocument();
    expect(within(preview).getByRole('list', { name: 'Problems in row 3' })).toHaveTextContent(
      'Email is not a valid email address',
    );
    expect(within(preview).getByText('Cy Fox')).toBeInTheDocument();
    // Nothing is written into the sheet before the commit.
    expect(excel.text()[0]).toEqual(HEADER);

    await userEvent.click(screen.getByRole('button', { name: 'Commit: 2 new, 0 updated' }));
    expect(await screen.findByText('1 of 3 rows done')).toBeInTheDocument();
    expect(await screen.findByText('Import committed', undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(await screen.findByText(/Steward ID column written \(2 rows\)/)).toBeInTheDocument();
    expect(excel.text().map((row) => row[4] ?? '')).toEqual(['Steward ID', 'c-ann', '', 'c-cy']);
    expect(requests.filter((r) => r.path === '/api/imports/job-1/commit')).toHaveLength(1);

    const rejected = await screen.findByRole('list', { name: 'Rejected rows list' });
    await userEvent.click(within(rejected).getByRole('button', { name: 'Go to row 3' }));
    await waitFor(() => expect(excel.log.selected).toEqual(['3:3']));

    expect(screen.getByRole('button', { name: 'Undo import' })).toBeEnabled();
  });

  it('says so when the sheet is empty, and posts nothing', async () => {
    installExcelGrid({ workbookName: 'Clients.xlsx', rows: [] });
    const { client, requests } = fakeService((request) =>
      request.path === '/api/sheet-links' ? json(200, []) : undefined,
    );
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    await userEvent.click(await screen.findByRole('button', { name: 'Import this sheet' }));
    const empty = await screen.findByText(/This sheet is empty: there is no header row to import\./);
    expect(empty.closest('[role="alert"]')).not.toBeNull();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('offers Sync and Refresh sheet for a linked sheet; refresh writes only the changed cells', async () => {
    const excel = installExcelGrid({
      workbookName: 'Clients.xlsx',
      sheetName: 'Clients',
      rows: [HEADER, ['Ann', 'Lee', 'ann@example.com', 'York'], ['Bob', 'Ray', 'bob@example.com', 'Leeds']],
    });
    const link = {
      id: 'link-1',
      workbookName: 'clients.xlsx',
      sheetName: 'CLIENTS',
      lastSyncedAt: '2026-03-01T10:00:00Z',
      rows: 2,
    };
    const linked = (rowNumber: number, values: Record<string, string>) => ({
      rowNumber,
      contactId: `c-${rowNumber}`,
      version: 2,
      deleted: false,
      values,
    });
    const { client, requests } = fakeService((request) => {
      if (request.path === '/api/sheet-links') return json(200, [link]);
      if (request.path === '/api/imports')
        return json(200, [sheetJob({ status: 'committed', committedAt: '2026-03-01T10:00:00Z' })]);
      if (request.path === '/api/sheet-links/link-1/refresh') {
        return json(200, [
          linked(2, { firstName: 'Ann', lastName: 'Lee', email: 'ann@new.example', city: '=York' }),
          linked(3, { firstName: 'Bob', lastName: 'Ray', email: 'bob@example.com', city: 'Leeds' }),
        ]);
      }
      return undefined;
    });
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    expect(await screen.findByRole('region', { name: 'Linked sheet' })).toHaveTextContent('Linked rows2');
    expect(screen.getByRole('button', { name: 'Sync' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh sheet' }));
    expect(await screen.findByText(/Sheet refreshed: 2 cells changed in 2 linked rows/)).toBeInTheDocument();
    expect(excel.text()[1]).toEqual(['Ann', 'Lee', 'ann@new.example', '=York']);
    expect(excel.cell(1, 3).formula).toBeUndefined();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/api/sheet-links/link-1/refresh']);
  });

  it('syncs a linked sheet by importing it again', async () => {
    installExcelGrid({
      workbookName: 'Clients.xlsx',
      sheetName: 'Clients',
      rows: [
        [...HEADER, 'Steward ID'],
        [...person(1), 'c-2'],
      ],
    });
    const link = { id: 'link-1', workbookName: 'Clients.xlsx', sheetName: 'Clients', lastSyncedAt: null, rows: 1 };
    const { client, requests } = paneService((request) => {
      if (request.path === '/api/sheet-links') return json(200, [link]);
      if (request.path === '/api/imports') {
        return json(
          201,
          sheetJob({
            rowsTotal: 1,
            conflicts: [
              { rowNumber: 2, contactId: 'c-2', displayName: 'Ann Lee', field: 'city', sheet: 'Leeds', crm: 'Hull' },
            ],
          }),
        );
      }
      return undefined;
    });
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    await userEvent.click(await screen.findByRole('button', { name: 'Sync' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      header: [...HEADER, 'Steward ID'],
      rows: [[...person(1), 'c-2']],
      complete: true,
    });
    expect(await screen.findByText('1 field was changed on both sides')).toBeInTheDocument();
  });
});
