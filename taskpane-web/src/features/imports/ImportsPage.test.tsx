import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { importJob } from '../../test/importFixtures';
import { matchPath, usePath } from '../../lib/router';
import { ImportsPage } from './ImportsPage';

/** The two routes of the page, as the shell's route table renders them. */
function Routed() {
  const path = usePath();
  return <ImportsPage importId={matchPath('/imports/:id', path)?.id} />;
}

const recent = [importJob({ id: 'job-0', fileName: 'old-clients.xlsx', status: 'committed', preview: [] })];

function service(upload: () => Response = () => json(201, importJob())) {
  return fakeService((r: Request) => {
    if (r.path === '/api/custom-fields') return json(200, []);
    if (r.method === 'GET' && r.path === '/api/imports') return json(200, recent);
    if (r.method === 'POST' && r.path === '/api/imports') return upload();
    if (r.method === 'GET' && r.path === '/api/imports/job-0') return json(200, recent[0]);
    if (r.method === 'GET' && r.path === '/api/imports/job-0/rejected')
      return json(200, { items: [], page: 0, size: 25, totalElements: 0, totalPages: 0, totalCapped: false });
    return undefined;
  });
}

const csv = (name = 'clients.csv') =>
  new File(['Name,E-mail Address\nAda Lovelace,ada@example.com\n'], name, { type: 'text/csv' });
const uploads = (requests: Request[]) => requests.filter((r) => r.method === 'POST' && r.path === '/api/imports');

beforeEach(() => window.history.replaceState(null, '', '/imports'));

describe('imports page', () => {
  it('uploads a picked file and shows its preview with the counts', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<Routed />, client, { role: 'user' });

    await user.upload(screen.getByLabelText('Spreadsheet to import'), csv());

    expect(await screen.findByRole('table', { name: 'Preview' })).toBeInTheDocument();
    expect(screen.getByLabelText('What the import would do')).toHaveTextContent('New61');
    expect(window.location.pathname).toBe('/imports/job-1');
    expect(uploads(requests)).toHaveLength(1);
  });

  it('uploads a dropped file', async () => {
    const { client, requests } = service();
    renderWithApi(<Routed />, client, { role: 'user' });

    fireEvent.drop(screen.getByTestId('import-drop-zone'), { dataTransfer: { files: [csv('dropped.csv')] } });

    expect(await screen.findByRole('heading', { name: 'clients.csv' })).toBeInTheDocument();
    expect(uploads(requests)).toHaveLength(1);
  });

  it('refuses a file over 100 MB before sending it', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<Routed />, client, { role: 'user' });
    const huge = csv('everyone.csv');
    Object.defineProperty(huge, 'size', { value: 150 * 1024 * 1024 });

    await user.upload(screen.getByLabelText('Spreadsheet to import'), huge);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“everyone.csv” is 150 MB; Steward accepts files up to 100 MB.',
    );
    expect(uploads(requests)).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Choose a file' })).toBeInTheDocument();
  });

  it('shows a file the service refuses in its words, and takes another file', async () => {
    const user = userEvent.setup();
    let answers = [
      json(422, {
        title: 'File cannot be imported',
        status: 422,
        code: 'password-protected',
        detail:
          'The workbook is protected with a password. Remove the password in Excel, save it, and upload it again.',
      }),
      json(201, importJob()),
    ];
    const { client, requests } = service(() => {
      const [next, ...rest] = answers;
      answers = rest;
      return next!;
    });
    renderWithApi(<Routed />, client, { role: 'user' });

    await user.upload(screen.getByLabelText('Spreadsheet to import'), csv('locked.xlsx'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported');
    expect(alert).toHaveTextContent('The workbook is protected with a password.');
    await user.upload(screen.getByLabelText('Spreadsheet to import'), csv());
    expect(await screen.findByRole('table', { name: 'Preview' })).toBeInTheDocument();
    expect(uploads(requests)).toHaveLength(2);
  });

  it('says a file is too large when a proxy refuses it without problem details', async () => {
    const user = userEvent.setup();
    const { client } = service(
      () =>
        new Response('<html>413 Request Entity Too Large</html>', {
          status: 413,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    renderWithApi(<Routed />, client, { role: 'user' });

    await user.upload(screen.getByLabelText('Spreadsheet to import'), csv());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported');
    expect(alert).toHaveTextContent('The file is larger than Steward accepts.');
  });

  it('reopens a recent import', async () => {
    const user = userEvent.setup();
    const { client } = service();
    renderWithApi(<Routed />, client, { role: 'user' });

    await user.click(await screen.findByRole('link', { name: 'old-clients.xlsx' }));

    expect(await screen.findByText('Import committed')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/imports/job-0');
    expect(screen.getByRole('button', { name: 'Undo import' })).toBeInTheDocument();
  });

  it('lets viewers read past imports but not upload', async () => {
    const { client } = service();
    renderWithApi(<Routed />, client, { role: 'viewer' });
    expect(await screen.findByRole('link', { name: 'old-clients.xlsx' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose a file' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Spreadsheet to import')).not.toBeInTheDocument();
    expect(screen.getByText('You can read past imports; your role does not allow importing.')).toBeInTheDocument();
  });
});

describe('an import that cannot be opened', () => {
  it('says so in words', async () => {
    window.history.replaceState(null, '', '/imports/gone');
    const { client } = fakeService((r) =>
      r.path === '/api/imports/gone' ? json(404, { detail: 'No import with that id.' }) : undefined,
    );
    renderWithApi(<Routed />, client, { role: 'user' });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('No import with that id.'));
  });
});
