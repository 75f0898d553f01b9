import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DASHBOARD } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { onPhoneScreen } from '../../test/phoneScreen';
import { Shell } from './Shell';

afterEach(() => window.history.replaceState(null, '', '/'));

const service = () =>
  fakeService((r) => {
    if (r.path === '/api/analytics/dashboard') return json(200, DASHBOARD);
    return json(200, { items: [], page: 0, size: 25, totalElements: 0, totalPages: 0, totalCapped: false });
  });

describe('the shell', () => {
  it('shows a viewer only the sections a viewer can use', async () => {
    window.history.replaceState(null, '', '/dashboard');
    renderWithApi(<Shell />, service().client, { role: 'viewer' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Contacts' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Import' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).toBeNull();
  });

  it('says "not allowed" when a link leads a user to an admin page, instead of quietly going elsewhere', async () => {
    window.history.replaceState(null, '', '/admin/users');
    renderWithApi(<Shell />, service().client, { role: 'user' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('This page is for administrators; your role is User.');
    expect(window.location.pathname).toBe('/admin/users');
    expect(within(alert).getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/dashboard');
  });

  it('sends an unknown address to the dashboard', async () => {
    window.history.replaceState(null, '', '/no-such-page');
    renderWithApi(<Shell />, service().client, { role: 'user' });
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(window.location.pathname).toBe('/dashboard');
  });

  it('gives a phone a menu button for the sections instead of a clipped strip', async () => {
    await onPhoneScreen(async () => {
      window.history.replaceState(null, '', '/dashboard');
      const user = userEvent.setup();
      renderWithApi(<Shell />, service().client, { role: 'user' });
      expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
      const menu = screen.getByRole('button', { name: 'Menu' });
      expect(menu).toHaveAttribute('aria-expanded', 'false');
      await user.click(menu);
      const nav = screen.getByRole('navigation', { name: 'Sections' });
      await user.click(within(nav).getByRole('link', { name: 'Contacts' }));
      expect(window.location.pathname).toBe('/contacts');
      expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
    });
  });
});
