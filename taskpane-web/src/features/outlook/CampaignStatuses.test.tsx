import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Membership } from '../../api';
import { campaignReport, DEFINITIONS } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { CampaignStatuses } from './CampaignStatuses';

const membership: Membership = {
  campaignId: 'k2',
  campaignName: 'Summer calls',
  channel: 'phone',
  campaignStatus: 'sent',
  status: 'responded',
};

describe("the Outlook pane's campaigns", () => {
  it("shows a campaign's rates as the service defines them only when asked, with the definitions as footnotes", async () => {
    const user = userEvent.setup();
    const { client, requests } = fakeService((r) => {
      if (r.path === '/api/campaigns/memberships') return json(200, [membership]);
      if (r.path === '/api/analytics/campaigns/k2') return json(200, campaignReport());
      return undefined;
    });
    renderWithApi(<CampaignStatuses contactId="c1" name="Ann Lee" canEdit />, client, { role: 'user' });

    const info = await screen.findByRole('button', { name: 'Figures of Summer calls' });
    // Opening the pane costs no call per campaign: the figures load when the button is pressed.
    expect(requests.some((r) => r.path.startsWith('/api/analytics'))).toBe(false);
    await user.click(info);
    const list = await screen.findByLabelText('Figures of Summer calls', { selector: 'dl' });
    expect(list).toHaveTextContent('Members8');
    expect(list).toHaveTextContent('Responded6');
    expect(list).toHaveTextContent('Response rate75%');
    expect(list).toHaveTextContent('Conversion rate25%');
    const notes = screen.getByRole('list', { name: 'How these are counted' });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([DEFINITIONS.responded, DEFINITIONS.responseRate, DEFINITIONS.conversionRate, DEFINITIONS.drafts]);
  });

  it("says in words when a campaign's figures cannot be loaded", async () => {
    const user = userEvent.setup();
    const { client } = fakeService((r) => {
      if (r.path === '/api/campaigns/memberships') return json(200, [membership]);
      return json(403, { title: 'Forbidden', detail: 'Your role does not allow this.' });
    });
    renderWithApi(<CampaignStatuses contactId="c1" name="Ann Lee" canEdit />, client, { role: 'user' });
    await user.click(await screen.findByRole('button', { name: 'Figures of Summer calls' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("The campaign's figures could not be loaded");
  });
});
