import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportJob } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { importJob } from '../../test/importFixtures';
import { ImportReview, type ImportReviewProps } from './ImportReview';

const CUSTOM_FIELDS = [{ key: 'date_of_death', label: 'Date of death', type: 'date' }];
const REJECTED = {
  items: [
    { rowNumber: 4, reason: 'email: is not a valid email address', cells: ['Linus', 'not-an-email', ''] },
    {
      rowNumber: 9,
      reason: 'firstName: a person needs a first or last name\nphone: is not a valid phone number',
      cells: ['', '', '12'],
    },
  ],
  page: 0,
  size: 25,
  totalElements: 2,
  totalPages: 1,
  totalCapped: false,
};
const committed = (overrides: Partial<ImportJob> = {}) =>
  importJob({ status: 'committed', rowsDone: 100, preview: [], committedAt: '2026-11-20T10:05:00Z', ...overrides });

/** Holds the job as the Excel pane and the page do: every onJobChange becomes the next `job`. */
function Harness({ initial, ...props }: Omit<ImportReviewProps, 'job' | 'onJobChange'> & { initial: ImportJob }) {
  const [job, setJob] = useState(initial);
  return <ImportReview job={job} onJobChange={setJob} {...props} />;
}

function service(answer: (r: Request) => Response | undefined = () => undefined) {
  return fakeService((r) => {
    if (r.path === '/api/custom-fields') return json(200, CUSTOM_FIELDS);
    if (r.path === '/api/imports/job-1/rejected') return json(200, REJECTED);
    return answer(r);
  });
}

const writes = (requests: Request[], path: string) => requests.filter((r) => r.method !== 'GET' && r.path === path);

/** The review of job-1, on a service where the commit starts and each read of the job answers `poll()`. */
function renderCommitting(poll: () => ImportJob | undefined) {
  const { client, requests } = service((r) => {
    if (r.method === 'POST' && r.path === '/api/imports/job-1/commit')
      return json(202, importJob({ status: 'committing' }));
    if (r.method === 'GET' && r.path === '/api/imports/job-1') return json(200, poll());
    return undefined;
  });
  const onCommitted = vi.fn();
  renderWithApi(<Harness initial={importJob()} onCommitted={onCommitted} />, client, { role: 'user' });
  return { requests, onCommitted };
}

/** The review of a job for a user, on a service that answers the undo of job-1 with `answer()`. */
function renderUndoable(initial: ImportJob, answer: () => Response) {
  const { client, requests } = service((r) =>
    r.method === 'POST' && r.path === '/api/imports/job-1/undo' ? answer() : undefined,
  );
  renderWithApi(<Harness initial={initial} />, client, { role: 'user' });
  return requests;
}

/** Clicks "Undo import" and confirms it; nothing is sent before the confirmation. */
async function undoAndConfirm(requests: Request[]) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Undo import' }));
  // In jsdom, tabster sometimes focuses the dialog's surface rather than its first button, and then marks the open
  // dialog aria-hidden; Chromium does neither (the import browser flow finds it by role, and axe checks it).
  const dialog = await screen.findByRole('dialog', { name: 'Undo this import?', hidden: true });
  expect(writes(requests, '/api/imports/job-1/undo')).toHaveLength(0);
  await user.click(await within(dialog).findByRole('button', { name: 'Undo import', hidden: true }));
}

afterEach(() => vi.restoreAllMocks());

describe('import review before the commit', () => {
  it('shows what would happen, the columns with samples, and the preview rows with problems and conflicts', async () => {
    const { client } = service();
    renderWithApi(<Harness initial={importJob()} />, client, { role: 'user' });

    const figures = screen.getByLabelText('What the import would do');
    expect(within(figures).getByText('New').closest('[data-figure]')).toHaveTextContent('61');
    expect(within(figures).getByText('Rejected').closest('[data-figure]')).toHaveTextContent('5');
    expect(within(figures).getByText('Already in Steward').closest('[data-figure]')).toHaveTextContent('30');
    expect(within(figures).getByText('Repeated in file').closest('[data-figure]')).toHaveTextContent('2');

    const columns = screen.getByRole('list', { name: 'Column mapping' });
    const nameColumn = within(columns).getAllByRole('listitem')[0]!;
    expect(nameColumn).toHaveTextContent('Ada Lovelace · Grace Hopper · Linus');
    const birthday = within(columns).getAllByRole('listitem')[2]!;
    expect(within(birthday).getByText('Not recognised')).toBeInTheDocument();
    // An ignored column still shows its values, to help decide whether to import it.
    expect(birthday).toHaveTextContent('Not imported: 1815-12-10 · 1969-12-28');
    expect(
      screen.getByText('1 column was not recognised and will be ignored unless you choose a field.'),
    ).toBeInTheDocument();

    const preview = screen.getByRole('table', { name: 'Preview' });
    const rows = within(preview).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('New');
    expect(rows[2]).toHaveTextContent('Update');
    expect(within(rows[2]!).getByRole('list', { name: 'Changes in row 3' })).toHaveTextContent(
      'Phone: +15550199 → +15550100',
    );
    expect(within(rows[3]!).getByRole('list', { name: 'Problems in row 4' })).toHaveTextContent(
      'Email is not a valid email address',
    );
    expect(screen.getByRole('button', { name: 'Commit: 61 new, 30 updated' })).toBeEnabled();
  });

  it('sends a column moved to a custom field, and shows the job the service answers with', async () => {
    const user = userEvent.setup();
    const remapped = importJob({
      mapping: importJob().mapping.map((c) =>
        c.column === 2 ? { ...c, field: 'customField', customField: 'date_of_death' } : c,
      ),
      counts: { created: 62, updated: 30, unchanged: 4, skipped: 0, rejected: 4 },
    });
    const { client, requests } = service((r) =>
      r.method === 'PUT' && r.path === '/api/imports/job-1/mapping' ? json(200, remapped) : undefined,
    );
    renderWithApi(<Harness initial={importJob()} />, client, { role: 'user' });

    await user.click(screen.getByRole('combobox', { name: 'Field for column "Birthday"' }));
    await user.click(await screen.findByRole('option', { name: 'Date of death' }));

    await waitFor(() =>
      expect(writes(requests, '/api/imports/job-1/mapping').map((r) => r.body)).toEqual([
        [{ column: 2, field: 'customField', customField: 'date_of_death' }],
      ]),
    );
    expect(await screen.findByRole('button', { name: 'Commit: 62 new, 30 updated' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Field for column "Birthday"' })).toHaveTextContent('Date of death');
    expect(screen.queryByText('Not recognised')).not.toBeInTheDocument();
  });

  it('sends the chosen duplicate policy', async () => {
    const user = userEvent.setup();
    const { client, requests } = service((r) =>
      r.method === 'PUT' && r.path === '/api/imports/job-1/policy'
        ? json(200, importJob({ policy: 'skip' }))
        : undefined,
    );
    renderWithApi(<Harness initial={importJob()} />, client, { role: 'user' });
    expect(screen.getByRole('radio', { name: /^Update them/ })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: /^Skip them/ }));

    await waitFor(() =>
      expect(writes(requests, '/api/imports/job-1/policy').map((r) => r.body)).toEqual([{ policy: 'skip' }]),
    );
    await waitFor(() => expect(screen.getByRole('radio', { name: /^Skip them/ })).toBeChecked());
  });

  it('shows a refused change in the service’s words', async () => {
    const user = userEvent.setup();
    const { client } = service((r) =>
      r.method === 'PUT'
        ? json(409, { title: 'Conflict', detail: 'The import is committed already; its mapping cannot change.' })
        : undefined,
    );
    renderWithApi(<Harness initial={importJob()} />, client, { role: 'user' });
    await user.click(screen.getByRole('radio', { name: /^Create anyway/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The import is committed already; its mapping cannot change.',
    );
  });

  it('in a task pane, lists the preview rows and points at a row the user clicks', async () => {
    const user = userEvent.setup();
    const { client } = service();
    const onRowClick = vi.fn();
    renderWithApi(<Harness initial={importJob()} compact onRowClick={onRowClick} />, client, { role: 'user' });

    expect(screen.queryByRole('table', { name: 'Preview' })).not.toBeInTheDocument();
    const preview = screen.getByRole('list', { name: 'Preview' });
    await user.click(within(preview).getByRole('button', { name: 'Go to row 4' }));
    expect(onRowClick).toHaveBeenCalledWith(4);
  });

  it('gives viewers the preview without commit, mapping or policy controls', () => {
    const { client } = service();
    renderWithApi(<Harness initial={importJob()} />, client, { role: 'viewer' });
    expect(screen.getByRole('table', { name: 'Preview' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Commit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Update them/ })).toBeDisabled();
    expect(screen.getByText('You can read this import; your role does not allow importing.')).toBeInTheDocument();
  });
});

describe('commit', () => {
  it('follows the progress to the outcome, and reports the commit once', async () => {
    const user = userEvent.setup();
    const polls = [importJob({ status: 'committing', rowsDone: 50 }), committed()];
    const { requests, onCommitted } = renderCommitting(() => (polls.length > 1 ? polls.shift() : polls[0]));

    await user.click(screen.getByRole('button', { name: 'Commit: 61 new, 30 updated' }));

    expect(await screen.findByText('50 of 100 rows done')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.5');
    expect(await screen.findByText('Import committed', undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Import outcome')).toHaveTextContent('Rejected5');
    expect(screen.queryByText(/rows done/)).not.toBeInTheDocument();
    expect(onCommitted).toHaveBeenCalledTimes(1);
    expect(onCommitted.mock.calls[0]?.[0]).toMatchObject({ id: 'job-1', status: 'committed' });
    expect(writes(requests, '/api/imports/job-1/commit')).toHaveLength(1);
  });

  it('explains a failed commit and lets the user commit again', async () => {
    const user = userEvent.setup();
    const failed = importJob({
      status: 'failed',
      error: 'The connection to the database was lost while writing row 7,001.',
    });
    const { requests, onCommitted } = renderCommitting(() => failed);

    await user.click(screen.getByRole('button', { name: /^Commit:/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The commit failed; nothing was changed');
    expect(alert).toHaveTextContent('The connection to the database was lost while writing row 7,001.');
    await user.click(screen.getByRole('button', { name: 'Commit again' }));
    await waitFor(() => expect(writes(requests, '/api/imports/job-1/commit')).toHaveLength(2));
    expect(onCommitted).not.toHaveBeenCalled();
  });
});

describe('after the commit', () => {
  it('lists the rejected rows with their reasons, and a row number points at the sheet row', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    const onRowClick = vi.fn();
    renderWithApi(<Harness initial={committed()} onRowClick={onRowClick} />, client, { role: 'user' });

    const list = await screen.findByRole('list', { name: 'Rejected rows list' });
    expect(list).toHaveTextContent('Email is not a valid email address');
    expect(list).toHaveTextContent('Phone is not a valid phone number');
    expect(list).toHaveTextContent('Linus · not-an-email');
    await user.click(within(list).getByRole('button', { name: 'Go to row 9' }));
    expect(onRowClick).toHaveBeenCalledWith(9);
    expect(requests.find((r) => r.path === '/api/imports/job-1/rejected')?.query.get('page')).toBe('0');
  });

  it('shows row numbers as plain text when nothing can point at the row', async () => {
    const { client } = service();
    renderWithApi(<Harness initial={committed()} />, client, { role: 'user' });
    const list = await screen.findByRole('list', { name: 'Rejected rows list' });
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
    expect(list).toHaveTextContent('Row 4');
  });

  it('downloads the rejected rows as an .xlsx through the API client', async () => {
    const user = userEvent.setup();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]);
    const { client } = service((r) =>
      r.path === '/api/imports/job-1/rejected.xlsx' ? new Response(bytes, { status: 200 }) : undefined,
    );
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:rejected';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('rejected-rows-job-1.xlsx');
      expect(this.href).toBe('blob:rejected');
    });
    renderWithApi(<Harness initial={committed()} />, client, { role: 'user' });

    await user.click(await screen.findByRole('button', { name: 'Download rejected rows (.xlsx)' }));

    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(saved[0]?.size).toBe(6);
  });

  it('undoes after a confirmation and tells what was removed, restored and left alone', async () => {
    const undone = committed({
      status: 'undone',
      undo: { removed: 61, restored: 29, editedSince: ['c9'] },
      undoneAt: '2026-11-20T11:00:00Z',
    });
    const requests = renderUndoable(committed(), () => json(200, undone));

    await undoAndConfirm(requests);

    expect(await screen.findByText('Import undone')).toBeInTheDocument();
    expect(screen.getByText(/61 created contacts removed, 29 updated contacts restored\./)).toHaveTextContent(
      '1 contact was edited since the import and left alone.',
    );
    expect(writes(requests, '/api/imports/job-1/undo')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument();
  });

  describe('until when', () => {
    // Dates only: user-event and Fluent keep their real timers.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
    });
    afterEach(() => vi.useRealTimers());
    // The day as the reader's locale writes it; jsdom's Intl follows the machine's.
    const FIFTH_OF_MARCH = /(5 March 2027|March 5, 2027)/;

    it('says until when the import can be undone, beside the button', async () => {
      const { client } = service();
      renderWithApi(<Harness initial={committed({ undoUntil: '2027-03-05T12:00:00Z' })} />, client, { role: 'user' });

      expect(await screen.findByRole('button', { name: 'Undo import' })).toBeEnabled();
      expect(screen.getByText(/^You can undo this import until/)).toHaveTextContent(
        new RegExp(`^You can undo this import until ${FIFTH_OF_MARCH.source}\\.$`),
      );
    });

    it('offers no undo once the import is past its retention, and says since when', async () => {
      const { client } = service();
      renderWithApi(<Harness initial={committed({ undoUntil: '2026-12-05T12:00:00Z' })} />, client, {
        role: 'user',
      });

      expect(await screen.findByText('This import can no longer be undone')).toBeInTheDocument();
      expect(screen.getByText(/^It could be undone until/)).toHaveTextContent(/5 December 2026|December 5, 2026/);
      expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument();
    });

    it('says so in place of the button when the service refuses the undo as expired', async () => {
      // The pane was opened before the rows were removed: its copy of the job still offers undo.
      const requests = renderUndoable(committed({ undoUntil: '2027-03-05T12:00:00Z' }), () =>
        json(409, {
          title: 'Conflict',
          status: 409,
          detail: 'Imports can be undone for 90 days, after which their rows are no longer kept.',
          code: 'undo-expired',
          undoUntil: '2027-03-05T12:00:00Z',
        }),
      );

      await undoAndConfirm(requests);

      expect(await screen.findByText('This import can no longer be undone')).toBeInTheDocument();
      expect(screen.getByText(/^It could be undone until/)).toHaveTextContent(FIFTH_OF_MARCH);
      expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(writes(requests, '/api/imports/job-1/undo')).toHaveLength(1);
    });
  });

  it('gives viewers no undo', async () => {
    const { client } = service();
    renderWithApi(<Harness initial={committed()} />, client, { role: 'viewer' });
    await screen.findByRole('list', { name: 'Rejected rows list' });
    expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument();
  });
});
