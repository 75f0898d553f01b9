import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactSummary } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { ContactsPage } from './ContactsPage';

function contact(n: number): ContactSummary {
  return {
    id: `c${n}`,
    type: 'individual',
    displayName: `Person ${n}`,
    firstName: 'Person',
    lastName: String(n),
    email: `p${n}@example.com`,
    tags: n % 2 ? ['vip'] : [],
    updatedAt: '2026-01-01T00:00:00Z',
    version: 0,
  };
}

function service(total = 60, capped = false) {
  return fakeService((request: Request) => {
    if (request.path === '/api/contacts/tags')
      return json(200, [
        { name: 'vip', contacts: 3 },
        { name: 'estate-plan', contacts: 1 },
      ]);
    if (request.path === '/api/contacts') {
      const page = Number(request.query.get('page') ?? 0);
      const size = Number(request.query.get('size') ?? 25);
      const items = Array.from({ length: Math.min(size, Math.max(0, total - page * size)) }, (_, i) =>
        contact(page * size + i + 1),
      );
      return json(200, {
        items,
        page,
        size,
        totalElements: total,
        totalPages: Math.ceil(total / size),
        totalCapped: capped,
      });
    }
    return undefined;
  });
}

const listRequests = (requests: Request[]) => requests.filter((r) => r.path === '/api/contacts');

describe('contacts table', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));
  it('searches as you type, once the typing pauses', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    expect(await screen.findByRole('link', { name: 'Person 1' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox'), 'ann');
    await waitFor(() => expect(listRequests(requests).at(-1)?.query.get('q')).toBe('ann'));
    const queries = listRequests(requests).map((r) => r.query.get('q'));
    expect(queries).toEqual([null, 'ann']);
  });

  it('filters by type and by tag', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    await screen.findByRole('link', { name: 'Person 1' });

    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(screen.getByRole('option', { name: 'Business' }));
    await waitFor(() => expect(listRequests(requests).at(-1)?.query.get('type')).toBe('business'));

    await user.click(screen.getByRole('combobox', { name: 'Tag' }));
    await user.click(await screen.findByRole('option', { name: 'vip (3)' }));
    await waitFor(() => expect(listRequests(requests).at(-1)?.query.get('tag')).toBe('vip'));
    expect(listRequests(requests).at(-1)?.query.get('type')).toBe('business');
  });

  it('pages by number and by jump, keeping the page in the address', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(400);
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    expect(await screen.findByText('1–25 of 400')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(await screen.findByText('26–50 of 400')).toBeInTheDocument();
    expect(window.location.search).toBe('?page=2');
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Page 16' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Go to page'), '12{Enter}');
    expect(await screen.findByText('276–300 of 400')).toBeInTheDocument();
    expect(window.location.search).toBe('?page=12');
    expect(listRequests(requests).at(-1)?.query.get('page')).toBe('11');
  });

  it('opens at the page the address names', async () => {
    window.history.replaceState(null, '', '/contacts?page=3');
    const { client } = service(60);
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    expect(await screen.findByText('51–60 of 60')).toBeInTheDocument();
  });

  it('pages forward and back', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(60);
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    expect(await screen.findByText('1–25 of 60')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument();
    expect(listRequests(requests).at(-1)?.query.get('page')).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('51–60 of 60')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument();
  });

  it('shows "1,000+" when the total is capped', async () => {
    const { client } = service(1000, true);
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    expect(await screen.findByText('1–25 of 1,000+')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeEnabled();
  });

  it('goes back to the first page when a filter changes', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(60);
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    await screen.findByText('1–25 of 60');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('26–50 of 60');
    await user.type(screen.getByRole('searchbox'), 'p');
    await waitFor(() => expect(listRequests(requests).at(-1)?.query.get('q')).toBe('p'));
    expect(listRequests(requests).at(-1)?.query.get('page')).toBe('0');
  });

  it('shows a failure to load in plain words', async () => {
    const { client } = fakeService((request) =>
      request.path === '/api/contacts/tags'
        ? json(200, [])
        : json(503, { detail: 'The database is starting; try again shortly.' }),
    );
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/database is starting/)).toBeInTheDocument();
  });

  it('gives viewers no edit controls', async () => {
    const { client } = service();
    renderWithApi(<ContactsPage />, client, { role: 'viewer' });
    await screen.findByRole('link', { name: 'Person 1' });
    expect(screen.queryByRole('button', { name: 'New contact' })).not.toBeInTheDocument();
  });

  it('gives users the New contact button', async () => {
    const { client } = service();
    renderWithApi(<ContactsPage />, client, { role: 'user' });
    expect(await screen.findByRole('button', { name: 'New contact' })).toBeInTheDocument();
  });

  describe('export', () => {
    afterEach(() => vi.restoreAllMocks());

    function exporting(answer: Response) {
      const { client, requests } = fakeService((request: Request) => {
        if (request.path.startsWith('/api/contacts/export.')) return answer;
        if (request.path === '/api/contacts/tags') return json(200, [{ name: 'vip', contacts: 3 }]);
        if (request.path === '/api/contacts')
          return json(200, {
            items: [contact(1)],
            page: 0,
            size: 25,
            totalElements: 1,
            totalPages: 1,
            totalCapped: false,
          });
        return undefined;
      });
      const saved: string[] = [];
      URL.createObjectURL = vi.fn(() => 'blob:export');
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        saved.push(this.download);
      });
      return { client, requests, saved };
    }

    it('downloads the list with its current filters, under the name the service gives', async () => {
      const user = userEvent.setup();
      const { client, requests, saved } = exporting(
        new Response('%PDF', {
          status: 200,
          headers: {
            'Content-Disposition': `attachment; filename="Contacts 2026-12-05.pdf"; filename*=UTF-8''Contacts%202026-12-05.pdf`,
          },
        }),
      );
      renderWithApi(<ContactsPage />, client, { role: 'viewer' });
      await screen.findByRole('link', { name: 'Person 1' });
      await user.click(screen.getByRole('combobox', { name: 'Type' }));
      await user.click(screen.getByRole('option', { name: 'Business' }));
      await user.type(screen.getByRole('searchbox'), 'ann');

      await user.click(screen.getByRole('button', { name: 'Export contacts' }));
      await user.click(await screen.findByRole('menuitem', { name: 'PDF (.pdf)' }));

      await waitFor(() => expect(saved).toEqual(['Contacts 2026-12-05.pdf']));
      const exported = requests.filter((r) => r.path.startsWith('/api/contacts/export.'));
      expect(exported.map((r) => r.path)).toEqual(['/api/contacts/export.pdf']);
      expect(Object.fromEntries(exported[0]!.query)).toEqual({ q: 'ann', type: 'business' });
    });

    it('says in plain words why an export failed', async () => {
      const user = userEvent.setup();
      const { client, saved } = exporting(json(500, { title: 'Internal Server Error' }));
      renderWithApi(<ContactsPage />, client, { role: 'user' });
      await screen.findByRole('link', { name: 'Person 1' });

      await user.click(screen.getByRole('button', { name: 'Export contacts' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('Internal Server Error');
      expect(saved).toEqual([]);
      expect(screen.getByRole('button', { name: 'Export contacts' })).toBeEnabled();
    });
  });
});
