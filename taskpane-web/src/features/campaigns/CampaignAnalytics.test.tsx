import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { campaignReport, DEFINITIONS, draftReport } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { CampaignAnalytics } from './CampaignAnalytics';

const figure = (term: string) => document.querySelector(`[data-figure="${term}"] dd`)?.textContent ?? '';

describe('campaign results', () => {
  it("shows the service's figures, each rate with its definition, and the days to response", async () => {
    const user = userEvent.setup();
    const { client } = fakeService((r) =>
      r.path === '/api/analytics/campaigns/k2' ? json(200, campaignReport()) : undefined,
    );
    renderWithApi(<CampaignAnalytics campaignId="k2" revision={0} />, client, { role: 'viewer' });

    expect(await screen.findByRole('img', { name: 'Days to response' })).toBeInTheDocument();
    // Members and responded come from the service's figures, not from adding up statuses here.
    expect(figure('Members')).toBe('8');
    expect(figure('Responded')).toBe('6');
    expect(figure('Response rate')).toBe('75%');
    expect(figure('Median days to response')).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Median days to response information' }));
    expect(await screen.findByText(DEFINITIONS.daysToResponse)).toBeInTheDocument();
  });

  it('gives a draft no rates, and says that drafts are counted apart', async () => {
    const user = userEvent.setup();
    const { client } = fakeService(() => json(200, draftReport()));
    renderWithApi(<CampaignAnalytics campaignId="k1" revision={0} />, client, { role: 'viewer' });

    expect(await screen.findByText(`This campaign is a draft. ${DEFINITIONS.drafts}`)).toBeInTheDocument();
    expect(figure('Response rate')).toBe('—');
    await user.click(screen.getByRole('button', { name: 'Response rate information' }));
    expect(await screen.findByRole('note')).toHaveTextContent(DEFINITIONS.drafts);
  });
});
