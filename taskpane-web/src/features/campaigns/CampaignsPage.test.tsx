import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { campaign, DASHBOARD, DEFINITIONS, page } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { CampaignDialog } from './CampaignDialog';
import { CampaignsPage } from './CampaignsPage';

/** A sent campaign of 12: 5 responded (2 converted, 1 not interested), as the service counts them. */
const SENT = campaign({
  id: 'k2',
  name: 'Summer calls',
  channel: 'phone',
  status: 'sent',
  members: {
    total: 12,
    pending: 7,
    responded: 5,
    converted: 2,
    notInterested: 1,
    responseRate: 0.4167,
    conversionRate: 0.1667,
  },
});

function service() {
  return fakeService((r: Request) => {
    if (r.path === '/api/analytics/dashboard') return json(200, DASHBOARD);
    if (r.path === '/api/campaigns') return json(200, page([campaign(), SENT]));
    return undefined;
  });
}

const lists = (requests: Request[]) => requests.filter((r) => r.path === '/api/campaigns');

describe('campaign list', () => {
  it('shows campaigns with their member counts, and how many campaigns stand at each status', async () => {
    const { client } = service();
    renderWithApi(<CampaignsPage />, client, { role: 'user' });
    expect(await screen.findByRole('link', { name: 'Spring letter' })).toHaveAttribute('href', '/campaigns/k1');
    expect(await screen.findByRole('tab', { name: 'All (6)' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Completed (3)' })).toBeInTheDocument();
  });

  it("shows each campaign's rates as the service computed them, none for a draft, with the definitions behind the headers", async () => {
    const user = userEvent.setup();
    const { client } = service();
    renderWithApi(<CampaignsPage />, client, { role: 'viewer' });
    const table = await screen.findByRole('table', { name: 'Campaigns' });
    const sent = await within(table).findByRole('row', { name: /Summer calls/ });
    // Responded is the service's count (responded, converted and not interested), not recomputed here.
    expect(
      within(sent)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(4),
    ).toEqual(['12', '7', '5', '2', '41.7%', '16.7%']);
    const draft = within(table).getByRole('row', { name: /Spring letter/ });
    expect(
      within(draft)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(8),
    ).toEqual(['—', '—']);

    await user.click(await within(table).findByRole('button', { name: 'Response rate information' }));
    expect(await screen.findByText(`${DEFINITIONS.responseRate} ${DEFINITIONS.drafts}`)).toBeInTheDocument();
  });

  it('filters by status and channel, and searches by name', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<CampaignsPage />, client, { role: 'user' });
    await screen.findByRole('link', { name: 'Spring letter' });

    await user.click(screen.getByRole('tab', { name: /^Sent/ }));
    await waitFor(() => expect(lists(requests).at(-1)?.query.get('status')).toBe('sent'));
    await user.click(screen.getByRole('combobox', { name: 'Channel' }));
    await user.click(screen.getByRole('option', { name: 'Phone' }));
    await waitFor(() => expect(lists(requests).at(-1)?.query.get('channel')).toBe('phone'));
    await user.type(screen.getByRole('searchbox'), 'summer');
    await waitFor(() => expect(lists(requests).at(-1)?.query.get('q')).toBe('summer'));
    expect(lists(requests).at(-1)?.query.get('status')).toBe('sent');
  });

  it('gives viewers no "New campaign"', async () => {
    const { client } = service();
    renderWithApi(<CampaignsPage />, client, { role: 'viewer' });
    await screen.findByRole('link', { name: 'Spring letter' });
    expect(screen.queryByRole('button', { name: 'New campaign' })).not.toBeInTheDocument();
  });
});

describe('campaign dialog', () => {
  it("shows a refused status change in the service's words", async () => {
    const user = userEvent.setup();
    const { client } = fakeService(() =>
      json(409, { title: 'Conflict', detail: 'A sent campaign cannot be set back to draft.' }),
    );
    renderWithApi(
      <CampaignDialog campaign={campaign({ status: 'sent' })} onClose={() => undefined} onSaved={() => undefined} />,
      client,
      { role: 'user' },
    );
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'Draft' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A sent campaign cannot be set back to draft.')).toBeInTheDocument();
    expect(screen.queryByText('Changed by someone else: reload or overwrite')).not.toBeInTheDocument();
  });

  it('offers reload or overwrite when someone else saved first', async () => {
    const user = userEvent.setup();
    const { client, requests } = fakeService((r: Request) => {
      const body = r.body as { version?: number } | undefined;
      if (r.method === 'PUT' && body?.version === 1)
        return json(409, { detail: 'Campaign was changed by someone else.', currentVersion: 2 });
      if (r.method === 'PUT') return json(200, campaign({ version: 3 }));
      return undefined;
    });
    renderWithApi(
      <CampaignDialog campaign={campaign()} onClose={() => undefined} onSaved={() => undefined} />,
      client,
      { role: 'user' },
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changed by someone else: reload or overwrite')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Overwrite' }));
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'PUT').map((r) => (r.body as { version: number }).version)).toEqual([
        1, 2,
      ]),
    );
  });
});
