import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { campaign, campaignReport, page, PORTFOLIO } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { CampaignReportPanel } from './CampaignReportPanel';
import { PeriodReportPanel } from './PeriodReportPanel';

const SAVED = {
  fileName: 'Summer calls - report 2026-03-20.xlsx',
  webUrl: 'https://contoso-my.sharepoint.com/personal/ada/Documents/Steward%20reports/Summer%20calls.xlsx',
  folder: 'Steward reports',
  size: 18000,
};

function service(onedrive: Response | (() => Response), extra: (r: Request) => Response | undefined = () => undefined) {
  return fakeService((r) => {
    if (r.path === '/api/campaigns')
      return json(200, page([campaign({ id: 'k2', name: 'Summer calls', channel: 'phone', status: 'sent' })]));
    if (r.path === '/api/analytics/campaigns/k2') return json(200, campaignReport());
    if (r.path === '/api/reports/onedrive') return typeof onedrive === 'function' ? onedrive() : onedrive;
    return extra(r);
  });
}

async function pickSummerCalls(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('combobox', { name: 'Campaign' }));
  await user.click(await screen.findByRole('option', { name: /^Summer calls/ }));
  return screen.findByRole('region', { name: 'Campaign report' });
}

/** Clicks Save to OneDrive in `region` once the pane has learnt that saving is available. */
async function saveOnceReady(user: ReturnType<typeof userEvent.setup>, region: HTMLElement) {
  const save = await within(region).findByRole('button', { name: 'Save to OneDrive' });
  await waitFor(() => expect(save).not.toHaveAttribute('aria-disabled', 'true'));
  await user.click(save);
}

describe('save a report to OneDrive', () => {
  it('saves the campaign workbook into the OneDrive of a Microsoft sign-in and links to the file', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(json(200, { available: true, defaultFolder: 'Steward reports' }), (r) =>
      r.method === 'POST' && r.path === '/api/reports/campaigns/k2/onedrive' ? json(201, SAVED) : undefined,
    );
    renderWithApi(<CampaignReportPanel />, client, { role: 'viewer' });
    const region = await pickSummerCalls(user);

    await saveOnceReady(user, region);

    const saved = await within(region).findByText('Saved to your OneDrive');
    const bar = saved.closest<HTMLElement>('.fui-MessageBar')!;
    expect(bar).toHaveTextContent(`“${SAVED.fileName}” is in the folder Steward reports.`);
    expect(within(bar).getByRole('link', { name: 'Open it in OneDrive' })).toHaveAttribute('href', SAVED.webUrl);
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/api/reports/campaigns/k2/onedrive',
    ]);
  }, 45_000);

  it('is off for a password sign-in, and says why in plain words', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(
      json(200, {
        available: false,
        defaultFolder: 'Steward reports',
        code: 'microsoft-sign-in-required',
        reason: 'This needs a Microsoft sign-in.',
      }),
    );
    renderWithApi(<CampaignReportPanel />, client, { role: 'user' });
    const region = await pickSummerCalls(user);

    const reason = await within(region).findByText(
      /Saving to OneDrive needs a Microsoft sign-in\. You signed in with a Steward password/,
    );
    const save = within(region).getByRole('button', { name: 'Save to OneDrive' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveAccessibleDescription(reason.textContent ?? '');
    await user.click(save);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('is off where Steward is not connected to Microsoft 365', async () => {
    const user = userEvent.setup();
    const { client } = service(
      json(200, {
        available: false,
        defaultFolder: 'Steward reports',
        code: 'microsoft-not-connected',
        reason: 'Microsoft 365 is not connected: set STEWARD_MICROSOFT_CLIENT_SECRET',
      }),
    );
    renderWithApi(<CampaignReportPanel />, client, { role: 'admin' });
    const region = await pickSummerCalls(user);
    expect(
      await within(region).findByText(/this Steward is not connected to Microsoft 365\. An admin can connect it/),
    ).toBeInTheDocument();
    expect(within(region).queryByText(/STEWARD_MICROSOFT_CLIENT_SECRET/)).not.toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Save to OneDrive' })).toHaveAttribute('aria-disabled', 'true');
  });

  it("saves the period's workbook, and shows Graph's refusal in words", async () => {
    const user = userEvent.setup();
    const { client, requests } = fakeService((r) => {
      if (r.path === '/api/reports/portfolio')
        return json(200, { ...PORTFOLIO, from: r.query.get('from'), to: r.query.get('to') });
      if (r.path === '/api/reports/onedrive') return json(200, { available: true, defaultFolder: 'Steward reports' });
      if (r.path === '/api/reports/portfolio/onedrive')
        return json(502, { title: 'Microsoft 365 failed', detail: 'Uploading the report failed: 403 accessDenied.' });
      return undefined;
    });
    renderWithApi(<PeriodReportPanel today="2026-05-20" />, client, { role: 'viewer' });
    const region = await screen.findByRole('region', { name: 'Period report' });
    await saveOnceReady(user, region);

    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('The report could not be saved to OneDrive');
    expect(alert).toHaveTextContent('Uploading the report failed: 403 accessDenied.');
    const post = requests.find((r) => r.method === 'POST');
    expect(`${post?.query.get('from')}/${post?.query.get('to')}`).toBe('2026-01-01/2026-03-31');
  });
});
