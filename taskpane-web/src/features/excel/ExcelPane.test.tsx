import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { installExcelGrid } from '../../test/excelGrid';
import { uninstallOffice } from '../../test/officeMock';
import { ExcelPane } from './ExcelPane';
import { sheetJob } from './testJobs';

afterEach(uninstallOffice);

const HEADER = ['First Name', 'Last Name', 'E-mail Address', 'City'];
const person = (n: number) => [`First${n}`, `Last${n}`, `p${n}@example.com`, 'Leeds'];

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

  it('says in words when Excel cannot be read', async () => {
    const { client } = fakeService(() => undefined);
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Excel is not available here.');
    expect(screen.getByText('Ada Admin (ada@example.com)')).toBeInTheDocument();
  });

  it('imports the sheet in chunks, linking it by workbook and sheet name', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => person(i + 1));
    installExcelGrid({ workbookName: 'Clients.xlsx', sheetName: 'Clients', rows: [HEADER, ...rows] });
    const { client, requests } = fakeService((request) => {
      if (request.path === '/api/sheet-links') return json(200, []);
      if (request.path === '/api/imports') return json(201, sheetJob({ status: 'receiving', rowsTotal: 2000 }));
      if (request.path === '/api/imports/job-1/rows') return json(200, sheetJob({ rowsTotal: 2500 }));
      return undefined;
    });
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    await userEvent.click(await screen.findByRole('button', { name: 'Import this sheet' }));
    expect(await screen.findByText(/Steward received 2,500 rows/)).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(['/api/imports', '/api/imports/job-1/rows']);
    const [first, second] = posts.map((r) => r.body as { rows: string[][] } & Record<string, unknown>);
    expect(first).toMatchObject({ workbookName: 'Clients.xlsx', sheetName: 'Clients', header: HEADER, headerRow: 1, startRow: 2, complete: false });
    expect(first?.rows).toHaveLength(2000);
    expect(second).toMatchObject({ startRow: 2002, complete: true });
    expect(second?.rows).toHaveLength(500);
    expect(second?.rows.at(-1)).toEqual(person(2500));
  });

  it('says so when the sheet is empty, and posts nothing', async () => {
    installExcelGrid({ workbookName: 'Clients.xlsx', rows: [] });
    const { client, requests } = fakeService((request) => (request.path === '/api/sheet-links' ? json(200, []) : undefined));
    renderWithApi(<ExcelPane />, client, { role: 'user' });
    await userEvent.click(await screen.findByRole('button', { name: 'Import this sheet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This sheet is empty: there is no header row to import.');
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('offers Sync and Refresh sheet for a linked sheet; refresh writes only the changed cells', async () => {
    const excel = installExcelGrid({
      workbookName: 'Clients.xlsx',
      sheetName: 'Clients',
      rows: [HEADER, ['Ann', 'Lee', 'ann@example.com', 'York'], ['Bob', 'Ray', 'bob@example.com', 'Leeds']],
    });
    const link = { id: 'link-1', workbookName: 'clients.xlsx', sheetName: 'CLIENTS', lastSyncedAt: '2026-03-01T10:00:00Z', rows: 2 };
    const linked = (rowNumber: number, values: Record<string, string>) => ({ rowNumber, contactId: `c-${rowNumber}`, version: 2, deleted: false, values });
    const { client, requests } = fakeService((request) => {
      if (request.path === '/api/sheet-links') return json(200, [link]);
      if (request.path === '/api/imports') return json(200, [sheetJob({ status: 'committed', committedAt: '2026-03-01T10:00:00Z' })]);
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
    installExcelGrid({ workbookName: 'Clients.xlsx', sheetName: 'Clients', rows: [[...HEADER, 'Steward ID'], [...person(1), 'c-2']] });
    const link = { id: 'link-1', workbookName: 'Clients.xlsx', sheetName: 'Clients', lastSyncedAt: null, rows: 1 };
    const { client, requests } = fakeService((request) => {
      if (request.path === '/api/sheet-links') return json(200, [link]);
      if (request.path === '/api/imports') return json(201, sheetJob({ rowsTotal: 1 }));
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
  });
});
