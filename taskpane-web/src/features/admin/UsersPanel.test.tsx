import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AdminUser } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { onPhoneScreen } from '../../test/phoneScreen';
import { UsersPanel } from './UsersPanel';

const ADA: AdminUser = {
  id: 'u1',
  email: 'ada@example.com',
  fullName: 'Ada Admin',
  role: 'admin',
  active: true,
  microsoftAccount: false,
  localPassword: true,
  mfaEnabled: true,
  mustChangePassword: false,
  createdAt: '2026-01-01T00:00:00Z',
  version: 7,
};

const BEN: AdminUser = { ...ADA, id: 'u2', email: 'ben@example.com', fullName: 'Ben User', role: 'user', version: 3 };

function service() {
  const users: AdminUser[] = [ADA, BEN];
  return fakeService((r: Request) => {
    if (r.path === '/api/users' && r.method === 'GET') return json(200, users);
    if (r.path === '/api/auth/register') {
      const body = r.body as { email: string; fullName: string; role: AdminUser['role'] };
      const user = { ...ADA, id: 'u3', ...body, mfaEnabled: false, version: 0 };
      users.push(user);
      return json(201, { user, oneTimePassword: 'Tidy-Copper-Fjord-19' });
    }
    if (r.path === '/api/users/u1' && r.method === 'PUT')
      return json(200, { ...ADA, ...(r.body as object), version: 8 });
    if (r.path === '/api/users/u2' && r.method === 'PUT')
      return json(200, { ...BEN, ...(r.body as object), version: 4 });
    return undefined;
  });
}

describe('users', () => {
  it('shows the one-time password of a user registered without one, once', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<UsersPanel />, client, { role: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Register a user' }));
    await user.type(screen.getByLabelText(/^Email/), 'una@example.com');
    await user.type(screen.getByLabelText(/^Full name/), 'Una User');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByTestId('one-time-password')).toHaveTextContent('Tidy-Copper-Fjord-19');
    expect(await screen.findByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/auth/register')?.body).toEqual({
      email: 'una@example.com',
      fullName: 'Una User',
      role: 'user',
    });

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
    expect(screen.queryByText('Tidy-Copper-Fjord-19')).not.toBeInTheDocument();
    expect(await screen.findByText('Una User')).toBeInTheDocument();
  });

  it('changes a role with If-Match carrying the version it showed', async () => {
    const user = userEvent.setup();
    const { client, fetch } = service();
    renderWithApi(<UsersPanel />, client, { role: 'admin' });
    await user.click(await screen.findByRole('combobox', { name: 'Role of Ben User' }));
    await user.click(screen.getByRole('option', { name: 'Viewer' }));
    await waitFor(() => expect(screen.getByText('Ben User was updated.')).toBeInTheDocument());
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect((put?.[1]?.headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect(JSON.parse(put?.[1]?.body as string)).toEqual({ role: 'viewer' });
  });

  it('asks before admins change their own role, and changes nothing when they keep it', async () => {
    const user = userEvent.setup();
    const { client, fetch } = service();
    renderWithApi(<UsersPanel />, client, { role: 'admin' });
    await user.click(await screen.findByRole('combobox', { name: 'Role of Ada Admin' }));
    await user.click(screen.getByRole('option', { name: 'Viewer' }));
    expect(await screen.findByText('Change your own role to Viewer?')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Keep it as it is' }));
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
    expect(screen.getByRole('combobox', { name: 'Role of Ada Admin' })).toHaveTextContent('Admin');
  });

  it('after a confirmed change of one’s own role, reads the session again instead of showing "updated" beside a refusal', async () => {
    const user = userEvent.setup();
    const { client, fetch } = service();
    const reload = vi.fn(async () => undefined);
    renderWithApi(<UsersPanel />, client, { role: 'admin', reload });
    await user.click(await screen.findByRole('combobox', { name: 'Role of Ada Admin' }));
    await user.click(screen.getByRole('option', { name: 'Viewer' }));
    await user.click(await screen.findByRole('button', { name: 'Change my role' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true);
    expect(screen.queryByText(/was updated/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows users as cards on a phone, with nothing to scroll sideways', async () => {
    await onPhoneScreen(async () => {
      renderWithApi(<UsersPanel />, service().client, { role: 'admin' });
      const cards = await screen.findByRole('list', { name: 'Users' });
      expect(within(cards).getByRole('listitem', { name: 'Ben User' })).toHaveTextContent('Last sign-in: Never');
      expect(screen.queryByRole('table')).toBeNull();
    });
  });
});
