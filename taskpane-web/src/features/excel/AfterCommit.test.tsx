import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { installExcelGrid } from '../../test/excelGrid';
import { uninstallOffice } from '../../test/officeMock';
import { AfterCommit, SheetDecisions } from './AfterCommit';
import { AfterUndo } from './AfterUndo';
import type { ImportJob } from '../../api';
import type { ImportedSheet } from './sheetSync';
import { sheetJob } from '../../test/sheetJobs';

afterEach(uninstallOffice);

const HEADER = ['First Name', 'Last Name', 'E-mail Address', 'City'];
const linked = (rowNumber: number, contactId: string) => ({
  rowNumber,
  contactId,
  version: 1,
  deleted: false,
  values: {},
});

function imported(job = sheetJob(), scope: 'sheet' | 'selection' = 'sheet'): ImportedSheet {
  return { job, scope, headerRow: 1, firstRow: 2, lastRow: 4 };
}

/** Both parts, as the pane shows them after a commit. */
function AfterCommitted(props: { imported: ImportedSheet; job: ImportJob }) {
  return (
    <>
      <SheetDecisions {...props} />
      <AfterCommit {...props} />
    </>
  );
}

describe('after a committed import of the sheet', () => {
  it('writes the Steward ID column for the rows the link knows, leaving removed rows out', async () => {
    const excel = installExcelGrid({
      rows: [
        HEADER,
        ['Ann', 'Lee', 'ann@example.com', 'York'],
        ['', '', 'bad', ''],
        ['Cy', 'Fox', 'cy@example.com', 'Hull'],
      ],
    });
    const job = sheetJob({
      status: 'committed',
      removedFromSheet: [{ contactId: 'c-old', rowNumber: 3, displayName: 'Old Row' }],
    });
    const { client } = fakeService((request) => {
      if (request.path === '/api/sheet-links/link-1/rows')
        return json(200, [linked(2, 'c-ann'), linked(3, 'c-old'), linked(4, 'c-cy'), linked(9, 'c-far')]);
      return undefined;
    });
    renderWithApi(<AfterCommitted imported={imported(job)} job={job} />, client, { role: 'user' });
    expect(await screen.findByText(/Steward ID column written \(2 rows\)/)).toBeInTheDocument();
    expect(excel.text().map((row) => row[4] ?? '')).toEqual(['Steward ID', 'c-ann', '', 'c-cy']);
    // the removed contact is listed, none ticked
    expect(screen.getByRole('checkbox', { name: 'Old Row (was row 3)' })).not.toBeChecked();
  });

  it('moves to the trash only the removed contacts the user ticks', async () => {
    installExcelGrid({ rows: [HEADER] });
    const job = sheetJob({
      status: 'committed',
      removedFromSheet: [
        { contactId: 'c-1', rowNumber: 5, displayName: 'Ann Lee' },
        { contactId: 'c-2', rowNumber: 6, displayName: 'Bob Ray' },
        { contactId: 'c-3', rowNumber: 7, displayName: 'Cy Fox' },
      ],
    });
    const { client, requests } = fakeService((request) => {
      if (request.path === '/api/sheet-links/link-1/rows') return json(200, []);
      if (request.path === '/api/sheet-links/link-1/confirm-removals') return json(200, { trashed: ['c-2'] });
      return undefined;
    });
    renderWithApi(<AfterCommitted imported={imported(job)} job={job} />, client, { role: 'user' });
    expect(screen.getByRole('button', { name: 'Move 0 to the trash' })).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bob Ray (was row 6)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move 1 to the trash' }));
    expect(await screen.findByText(/1 contact moved to the trash/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{ contactIds: ['c-2'] }]);
  });

  it('offers the rows removed inside a selection too (the service reports none outside it)', async () => {
    installExcelGrid({ rows: [HEADER] });
    const job = sheetJob({
      status: 'committed',
      removedFromSheet: [{ contactId: 'c-1', rowNumber: 5, displayName: 'Ann Lee' }],
    });
    const { client } = fakeService((request) =>
      request.path === '/api/sheet-links/link-1/rows' ? json(200, []) : undefined,
    );
    renderWithApi(<AfterCommitted imported={imported(job, 'selection')} job={job} />, client, { role: 'user' });
    await screen.findByText(/Steward ID column written/);
    expect(screen.getByRole('checkbox', { name: /Ann Lee/ })).not.toBeChecked();
  });

  it('posts the picks for each contact, and writes kept Steward values into the sheet on request', async () => {
    const excel = installExcelGrid({
      rows: [HEADER, ['Ann', 'Lee', 'ann@sheet.example', 'York'], ['Bob', 'Ray', 'bob@example.com', 'Leeds']],
    });
    const job = sheetJob({
      status: 'committed',
      conflicts: [
        {
          rowNumber: 2,
          contactId: 'c-ann',
          displayName: 'Ann Lee',
          field: 'email',
          sheet: 'ann@sheet.example',
          crm: 'ann@crm.example',
        },
        { rowNumber: 2, contactId: 'c-ann', displayName: 'Ann Lee', field: 'city', sheet: 'York', crm: 'Hull' },
        { rowNumber: 3, contactId: 'c-bob', displayName: 'Bob Ray', field: 'city', sheet: 'Leeds', crm: '+Bradford' },
      ],
    });
    const { client, requests } = fakeService((request) => {
      if (request.path === '/api/sheet-links/link-1/rows') return json(200, []);
      if (request.path === '/api/sheet-links/link-1/resolve') return json(200, []);
      return undefined;
    });
    renderWithApi(<AfterCommitted imported={imported(job)} job={job} />, client, { role: 'user' });
    const save = screen.getByRole('button', { name: 'Save choices' });
    expect(save).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Row 2 · Ann Lee' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Row 3 · Bob Ray' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'All from Steward' }));
    await userEvent.click(screen.getAllByRole('radio', { name: 'Sheet: ann@sheet.example' })[0]!);
    await userEvent.click(save);
    expect(await screen.findByText('Your choices are saved in Steward.')).toBeInTheDocument();
    const resolves = requests.filter((r) => r.path.endsWith('/resolve')).map((r) => r.body);
    expect(resolves).toEqual([
      { importId: 'job-1', contactId: 'c-ann', fields: { email: 'sheet', city: 'crm' } },
      { importId: 'job-1', contactId: 'c-bob', fields: { city: 'crm' } },
    ]);
    // Steward's kept values go into the sheet at once, or the next sync would take the sheet's as new edits.
    await waitFor(() => expect(excel.text()[2]?.[3]).toBe('+Bradford'));
    expect(excel.text()[1]).toEqual(['Ann', 'Lee', 'ann@sheet.example', 'Hull']);
    expect(excel.cell(2, 3).formula).toBeUndefined();
    expect(await screen.findByText("2 cells of the sheet updated to Steward's value.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Write Steward's values into the sheet" })).not.toBeInTheDocument();
  });

  it('adds the rejected rows as a sheet', async () => {
    const excel = installExcelGrid({ sheetName: 'Clients', rows: [HEADER] });
    const job = sheetJob({
      status: 'committed',
      counts: { created: 1, updated: 0, unchanged: 0, skipped: 0, rejected: 1 },
    });
    const { client, requests } = fakeService((request) => {
      if (request.path === '/api/sheet-links/link-1/rows') return json(200, []);
      if (request.path === '/api/imports/job-1/rejected') {
        // The service refuses pages over 200 rows.
        if (Number(request.query.get('size')) > 200)
          return json(400, { title: 'Invalid input', detail: 'size must be between 1 and 200' });
        return json(200, {
          items: [{ rowNumber: 3, reason: 'email: is not an email address', cells: ['', '', 'bad', ''] }],
          page: 0,
          size: 200,
          totalElements: 1,
          totalPages: 1,
          totalCapped: false,
        });
      }
      return undefined;
    });
    renderWithApi(<AfterCommitted imported={imported(job)} job={job} />, client, { role: 'user' });
    await userEvent.click(screen.getByRole('button', { name: 'Add the rejected rows as a sheet' }));
    expect(await screen.findByText('Added the sheet “Rejected rows”.')).toBeInTheDocument();
    expect(excel.text('Rejected rows')[1]).toEqual(['3', '', '', 'bad', '', 'email: is not an email address']);
    expect(requests.filter((r) => r.path.endsWith('/rejected')).map((r) => r.query.get('page'))).toEqual(['0']);
  });

  it('after an undo, clears the Steward IDs of the contacts it removed and keeps those still linked', async () => {
    const excel = installExcelGrid({
      rows: [
        [...HEADER, 'Steward ID'],
        ['Ann', 'Lee', 'ann@example.com', 'York', 'c-ann'],
        ['Bob', 'Ray', 'bob@example.com', 'Leeds', 'c-bob'],
        ['Cy', 'Fox', 'cy@example.com', 'Hull', 'c-cy'],
      ],
    });
    const job = sheetJob({
      status: 'undone',
      undo: { removed: 2, restored: 1, editedSince: [] },
      undoneAt: '2026-03-01T10:06:00Z',
    });
    // The service unlinked the removed contacts; Bob's was restored and stays linked.
    const { client } = fakeService((request) =>
      request.path === '/api/sheet-links/link-1/rows' ? json(200, [linked(3, 'c-bob')]) : undefined,
    );
    renderWithApi(<AfterUndo imported={imported(job)} job={job} />, client, { role: 'user' });
    expect(await screen.findByText(/Cleared 2 Steward IDs of the removed contacts/)).toBeInTheDocument();
    expect(excel.text().map((row) => row[4] ?? '')).toEqual(['Steward ID', '', 'c-bob', '']);
    expect(excel.text()[1]?.slice(0, 4)).toEqual(['Ann', 'Lee', 'ann@example.com', 'York']);
  });
});
