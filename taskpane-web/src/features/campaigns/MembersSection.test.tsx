import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, Member } from '../../api';
import { campaign, member, page, person } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { AddMembersDialog } from './AddMembersDialog';
import { MembersSection } from './MembersSection';

function service(members: Member[]) {
  let stored = [...members];
  return fakeService((r: Request) => {
    if (r.path === '/api/contacts/tags') return json(200, [{ name: 'vip', contacts: 40 }]);
    if (r.path === '/api/contacts') return json(200, page([person(9)], r.query.get('tag') === 'vip' ? 40 : 154));
    if (r.path === '/api/campaigns/k1/contacts' && r.method === 'GET') {
      const status = r.query.get('status');
      return json(200, page(stored.filter((m) => !status || m.status === status)));
    }
    if (r.path === '/api/campaigns/k1/contacts' && r.method === 'POST')
      return json(200, { added: 38, alreadyMembers: 2 });
    const put = /^\/api\/campaigns\/k1\/contacts\/(.+)$/.exec(r.path);
    if (put && r.method === 'PUT') {
      const body = r.body as { status: Member['status']; notes: string | null };
      stored = stored.map((m) => (m.contact.id === put[1] ? { ...m, ...body, version: m.version + 1 } : m));
      return json(
        200,
        stored.find((m) => m.contact.id === put[1]),
      );
    }
    return undefined;
  });
}

/** The members of campaign k1 as a user (who may change responses) or a viewer (who may not) sees them. */
function renderMembers(client: ApiClient, role: 'user' | 'viewer') {
  renderWithApi(
    <MembersSection campaign={campaign()} canEdit={role === 'user'} onChanged={() => undefined} />,
    client,
    {
      role,
    },
  );
}

describe('campaign members', () => {
  it('adds by filter: says how many contacts match first, then hands on what was added', async () => {
    const user = userEvent.setup();
    const onAdded = vi.fn();
    const { client, requests } = service([member(1)]);
    renderWithApi(<AddMembersDialog campaign={campaign()} onClose={() => undefined} onAdded={onAdded} />, client, {
      role: 'user',
    });

    await user.click(screen.getByRole('tab', { name: 'By filter' }));
    expect(await screen.findByText(/154 contacts match/)).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Tag' }));
    await user.click(await screen.findByRole('option', { name: 'vip (40)' }));
    expect(await screen.findByText(/40 contacts match/)).toBeInTheDocument();
    expect(
      requests
        .filter((r) => r.path === '/api/contacts')
        .at(-1)
        ?.query.get('size'),
    ).toBe('1');

    await user.click(screen.getByRole('button', { name: 'Add matching contacts' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledWith({ added: 38, alreadyMembers: 2 }));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ filter: { tag: 'vip' } });
  });

  it('adds several contacts picked by search', async () => {
    const user = userEvent.setup();
    const onAdded = vi.fn();
    const { client, requests } = service([]);
    renderWithApi(<AddMembersDialog campaign={campaign()} onClose={() => undefined} onAdded={onAdded} />, client, {
      role: 'user',
    });
    await user.type(screen.getByRole('combobox', { name: 'Find contacts' }), 'Pers');
    await user.click(await screen.findByRole('menuitemcheckbox', { name: /Person 9/ }));
    expect(await screen.findByRole('button', { name: /Person 9/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add 1 contact' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ contactIds: ['c9'] });
  });

  it('changes a response inline with the version it showed, and keeps the row', async () => {
    const user = userEvent.setup();
    const { client, requests } = service([member(1, { version: 4 }), member(2)]);
    renderMembers(client, 'user');

    await user.click(await screen.findByRole('combobox', { name: 'Response of Person 1' }));
    await user.click(screen.getByRole('option', { name: 'Converted' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Response of Person 1' })).toHaveTextContent('Converted'),
    );
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/campaigns/k1/contacts/c1');
    expect(put?.body).toEqual({ status: 'converted', notes: null, version: 4 });
  });

  it('shows a refused change (403) in plain words', async () => {
    const user = userEvent.setup();
    const { client } = fakeService((r: Request) => {
      if (r.method === 'GET') return json(200, page([member(1)]));
      return json(403, { title: 'Forbidden', detail: 'Your role does not allow this.' });
    });
    renderMembers(client, 'user');
    await user.click(await screen.findByRole('combobox', { name: 'Response of Person 1' }));
    await user.click(screen.getByRole('option', { name: 'Responded' }));
    expect(await screen.findByText('Your role does not allow this.')).toBeInTheDocument();
  });

  it('gives viewers the statuses as text, with no way to change them', async () => {
    const { client } = service([member(1, { status: 'responded' })]);
    renderMembers(client, 'viewer');
    expect(await screen.findByText('Responded')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Response of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add members' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });

  it('exports the members with the chosen response as a file named by the service', async () => {
    const user = userEvent.setup();
    const { client, requests } = fakeService((r: Request) => {
      if (r.path === '/api/campaigns/k1/contacts/export.csv') {
        return new Response('\uFEFFName\r\n', {
          status: 200,
          headers: {
            'Content-Disposition': `attachment; filename="Autumn letter - members 2026-12-05.csv"; filename*=UTF-8''Autumn%20letter%20-%20members%202026-12-05.csv`,
          },
        });
      }
      if (r.path === '/api/campaigns/k1/contacts') return json(200, page([member(1, { status: 'converted' })]));
      return undefined;
    });
    const saved: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:members');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderMembers(client, 'viewer');
    await screen.findByText('Converted');
    await user.click(screen.getByRole('combobox', { name: 'Response' }));
    await user.click(screen.getByRole('option', { name: 'Converted' }));

    await user.click(screen.getByRole('button', { name: 'Export members' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));

    await waitFor(() => expect(saved).toEqual(['Autumn letter - members 2026-12-05.csv']));
    const exported = requests.find((r) => r.path.endsWith('/export.csv'));
    expect(exported?.query.get('status')).toBe('converted');
    click.mockRestore();
  });

  it('shows a failed export in plain words', async () => {
    const user = userEvent.setup();
    const { client } = fakeService((r: Request) => {
      if (r.path.endsWith('/export.xlsx'))
        return json(404, { title: 'Not found', detail: 'Campaign k1 was not found.' });
      return json(200, page([member(1)]));
    });
    renderMembers(client, 'user');
    await screen.findByRole('combobox', { name: 'Response of Person 1' });
    await user.click(screen.getByRole('button', { name: 'Export members' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));
    expect(await screen.findByText('Campaign k1 was not found.')).toBeInTheDocument();
  });
});
