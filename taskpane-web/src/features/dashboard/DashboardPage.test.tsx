import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DASHBOARD, DEFINITIONS } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { DashboardPage } from './DashboardPage';

/** Long click-throughs: the 15 s default is too short on a busy 2-core machine. */
const SLOW_TEST_MS = 40000;

function figure(term: string): string {
  const card = document.querySelector(`[data-figure="${term}"]`);
  return card?.querySelector('dd')?.textContent ?? '';
}

describe('dashboard', () => {
  it('shows the figures of the analytics answer, rates as percentages', async () => {
    const { client } = fakeService((r) => (r.path === '/api/analytics/dashboard' ? json(200, DASHBOARD) : undefined));
    renderWithApi(<DashboardPage />, client, { role: 'viewer' });

    expect(await screen.findByRole('heading', { name: 'Recent responses' })).toBeInTheDocument();
    expect(figure('Campaign members')).toBe('200');
    expect(figure('Response rate')).toBe('25%');
    expect(figure('Conversion rate')).toBe('10%');
    expect(figure('Individual')).toBe('120');
    expect(figure('Completed')).toBe('3');
    expect(screen.getByRole('link', { name: 'Jane Doe' })).toHaveAttribute('href', '/contacts/c1');
  });

  it(
    "explains each rate with the service's definition, and counts draft campaigns apart",
    async () => {
      const user = userEvent.setup();
      const { client } = fakeService(() => json(200, DASHBOARD));
      renderWithApi(<DashboardPage />, client, { role: 'viewer' });

      expect(
        await screen.findByText('Campaigns that were sent. 12 members of draft campaigns counted apart.'),
      ).toBeInTheDocument();
      expect(figure('Responded')).toBe('50');
      expect(figure('Median days to response')).toBe('4');
      await user.click(await screen.findByRole('button', { name: 'Response rate information' }));
      expect(await screen.findByText(DEFINITIONS.responseRate)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Conversion rate information' }));
      expect(await screen.findByText(DEFINITIONS.conversionRate)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Responded information' }));
      expect(await screen.findByText(DEFINITIONS.responded)).toBeInTheDocument();
    },
    SLOW_TEST_MS,
  );

  it('draws each chart as an image named by its title, described by its numbers, and a table of the same numbers', async () => {
    const { client } = fakeService(() => json(200, DASHBOARD));
    renderWithApi(<DashboardPage />, client, { role: 'viewer' });

    const funnel = await screen.findByRole('img', { name: 'Response funnel' });
    expect(funnel).toHaveAccessibleDescription(expect.stringContaining('All members: 200'));
    expect(screen.getByRole('img', { name: 'Responses per week' })).toHaveAccessibleDescription(
      expect.stringContaining('7 responses'),
    );
    const channels = screen.getByRole('img', { name: 'Results by channel' });
    expect(channels).toHaveAccessibleDescription(
      expect.stringContaining('Email: 120 members, 30 responded, 12 converted'),
    );
    expect(screen.getByRole('img', { name: /^Results by contact type/ })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Results by channel' });
    expect(within(table).getByRole('row', { name: /Mail/ })).toHaveTextContent('Mail80208');
  });

  it('says what failed, in words, with a way to try again', async () => {
    const { client } = fakeService(() => json(503, { title: 'Unavailable', detail: 'The database is starting.' }));
    renderWithApi(<DashboardPage />, client, { role: 'viewer' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is starting.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows an empty firm its first steps instead of a wall of zeros, each saying when it is done', async () => {
    const empty = { ...DASHBOARD, contactsByType: {}, campaignsByStatus: {} };
    const { client } = fakeService((r) => {
      if (r.path === '/api/analytics/dashboard') return json(200, empty);
      if (r.path === '/api/users') return json(200, [{ id: 'u1' }, { id: 'u2' }]);
      return undefined;
    });
    renderWithApi(<DashboardPage />, client, { role: 'admin' });
    const steps = await screen.findByRole('region', { name: 'Get started' });
    expect(within(steps).getByRole('link', { name: 'Import your spreadsheet' })).toHaveAttribute('href', '/imports');
    expect(within(steps).getByRole('link', { name: 'Add a contact' })).toBeInTheDocument();
    expect(within(steps).getByRole('link', { name: 'Install the Outlook and Excel add-ins' })).toBeInTheDocument();
    expect(await within(steps).findByText('Done: 2 people use Steward.')).toBeInTheDocument();
    expect(screen.queryByRole('definition')).toBeNull();
    expect(document.querySelector('[data-figure]')).toBeNull();
  });

  it('leaves out the steps a viewer cannot take', async () => {
    const empty = { ...DASHBOARD, contactsByType: {}, campaignsByStatus: {} };
    const { client } = fakeService((r) => (r.path === '/api/analytics/dashboard' ? json(200, empty) : undefined));
    renderWithApi(<DashboardPage />, client, { role: 'viewer' });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await waitFor(() => expect(screen.queryByText('Loading the dashboard…')).toBeNull());
    expect(screen.queryByRole('link', { name: 'Import your spreadsheet' })).toBeNull();
  });

  it('shows a dash, not "undefined", when there is no median yet (the service leaves null fields out)', async () => {
    const noMedian = { ...DASHBOARD, timeToResponse: { ...DASHBOARD.timeToResponse, median: undefined } };
    const { client } = fakeService((r) => (r.path === '/api/analytics/dashboard' ? json(200, noMedian) : undefined));
    renderWithApi(<DashboardPage />, client, { role: 'viewer' });
    await screen.findByRole('heading', { name: 'Recent responses' });
    expect(figure('Median days to response')).toBe('—');
  });
});
