import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AdminUser } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
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

function service() {
  const users: AdminUser[] = [ADA];
  return fakeService((r: Request) => {
    if (r.path === '/api/users' && r.method === 'GET') return json(200, users);
    if (r.path === '/api/auth/register') {
      const body = r.body as { email: string; fullName: string; role: AdminUser['role'] };
      const user = { ...ADA, id: 'u2', ...body, mfaEnabled: false, version: 0 };
      users.push(user);
      return json(201, { user, oneTimePassword: 'Tidy-Copper-Fjord-19' });
    }
    if (r.path === '/api/users/u1' && r.method === 'PUT') return json(200, { ...ADA, ...(r.body as object), version: 8 });
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
    expect(requests.find((r) => r.path === '/api/auth/register')?.body).toEqual({ email: 'una@example.com', fullName: 'Una User', role: 'user' });

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
    expect(screen.queryByText('Tidy-Copper-Fjord-19')).not.toBeInTheDocument();
    expect(await screen.findByText('Una User')).toBeInTheDocument();
  });

  it('changes a role with If-Match carrying the version it showed', async () => {
    const user = userEvent.setup();
    const { client, fetch } = service();
    renderWithApi(<UsersPanel />, client, { role: 'admin' });
    await user.click(await screen.findByRole('combobox', { name: 'Role of Ada Admin' }));
    await user.click(screen.getByRole('option', { name: 'Viewer' }));
    await waitFor(() => expect(screen.getByText('Ada Admin was updated.')).toBeInTheDocument());
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect((put?.[1]?.headers as Record<string, string>)['If-Match']).toBe('"7"');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ role: 'viewer' });
  });
});
