import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { campaign, campaignReport, DEFINITIONS, draftReport, page, PORTFOLIO } from '../../test/crmFixtures';
import { catchDownloads, fileAnswer } from '../../test/downloads';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { PeriodReportPanel } from './PeriodReportPanel';
import { ReportsPage } from './ReportsPage';

const CAMPAIGNS = [campaign(), campaign({ id: 'k2', name: 'Summer calls', channel: 'phone', status: 'sent' })];

function figure(term: string, within: ParentNode = document): string {
  return within.querySelector(`[data-figure="${term}"] dd`)?.textContent ?? '';
}

function campaignService(extra: (r: Request) => Response | undefined = () => undefined) {
  return fakeService((r) => {
    if (r.path === '/api/campaigns') {
      const q = r.query.get('q')?.toLowerCase();
      return json(200, page(CAMPAIGNS.filter((c) => !q || c.name.toLowerCase().includes(q))));
    }
    if (r.path === '/api/analytics/campaigns/k2') return json(200, campaignReport());
    if (r.path === '/api/analytics/campaigns/k1') return json(200, draftReport());
    return extra(r);
  });
}

let downloads: ReturnType<typeof catchDownloads> | null = null;
afterEach(() => downloads?.restore());

describe('reports page: one campaign', () => {
  it('finds a campaign by typing, previews its figures with each rate defined, and downloads the workbook and the PDF', async () => {
    const user = userEvent.setup();
    downloads = catchDownloads();
    const { client, requests } = campaignService((r) => {
      if (r.path === '/api/reports/campaigns/k2.xlsx') return fileAnswer('Summer calls - report 2026-03-20.xlsx');
      if (r.path === '/api/reports/campaigns/k2.pdf')
        return fileAnswer('Summer calls - report 2026-03-20.pdf', '%PDF-1.7');
      return undefined;
    });
    renderWithApi(<ReportsPage tab="campaign" />, client, { role: 'viewer' });

    await user.type(await screen.findByRole('combobox', { name: 'Campaign' }), 'summ');
    await waitFor(() =>
      expect(requests.some((r) => r.path === '/api/campaigns' && r.query.get('q') === 'summ')).toBe(true),
    );
    await user.click(await screen.findByRole('option', { name: 'Summer calls · Sent · Phone' }));

    expect(await screen.findByRole('heading', { name: 'Summer calls' })).toBeInTheDocument();
    expect(figure('Members')).toBe('8');
    expect(figure('Responded')).toBe('6');
    expect(figure('Response rate')).toBe('75%');
    expect(figure('Conversion rate')).toBe('25%');
    expect(figure('Median days to response')).toBe('3');
    expect(figure('Quartiles (days)')).toBe('1.5–6.5');
    expect(screen.getByRole('img', { name: 'Days to response' })).toHaveAccessibleDescription(
      expect.stringContaining('3: 2 responses'),
    );
    expect(screen.getByRole('img', { name: 'Results by contact type' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Response rate information' }));
    expect(await screen.findByText(DEFINITIONS.responseRate)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download report (.xlsx)' }));
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() =>
      expect(downloads?.saved).toEqual([
        'Summer calls - report 2026-03-20.xlsx',
        'Summer calls - report 2026-03-20.pdf',
      ]),
    );
  });

  it('offers the matching campaigns when a name is pasted, not only typed', async () => {
    const user = userEvent.setup();
    const { client } = campaignService();
    renderWithApi(<ReportsPage tab="campaign" />, client, { role: 'viewer' });
    const combobox = await screen.findByRole('combobox', { name: 'Campaign' });
    combobox.focus();
    await user.paste('Summer');
    // The list opens at once (with the latest campaigns) and narrows when the search answers.
    await waitFor(() => expect(screen.queryByRole('option', { name: /^Spring letter/ })).not.toBeInTheDocument());
    expect(screen.getByRole('option', { name: 'Summer calls · Sent · Phone' })).toBeInTheDocument();
  });

  it('shows a draft without rates, and says why', async () => {
    const user = userEvent.setup();
    const { client } = campaignService();
    renderWithApi(<ReportsPage tab="campaign" />, client, { role: 'viewer' });
    await user.click(await screen.findByRole('combobox', { name: 'Campaign' }));
    await user.click(await screen.findByRole('option', { name: 'Spring letter · Draft · Mail' }));
    expect(await screen.findByText(`This campaign is a draft. ${DEFINITIONS.drafts}`)).toBeInTheDocument();
    expect(figure('Response rate')).toBe('—');
    expect(figure('Conversion rate')).toBe('—');
    expect(figure('Responded')).toBe('1');
  });

  it('says in words when the figures or a download fail', async () => {
    const user = userEvent.setup();
    const { client } = fakeService((r) => {
      if (r.path === '/api/campaigns') return json(200, page(CAMPAIGNS));
      if (r.path === '/api/analytics/campaigns/k2') return json(200, campaignReport());
      if (r.path === '/api/reports/campaigns/k2.xlsx')
        return json(404, { title: 'Not found', detail: 'Campaign k2 was not found.' });
      return json(503, { title: 'Unavailable', detail: 'The database is starting.' });
    });
    renderWithApi(<ReportsPage tab="campaign" />, client, { role: 'viewer' });
    await user.click(await screen.findByRole('combobox', { name: 'Campaign' }));
    await user.click(await screen.findByRole('option', { name: /^Summer calls/ }));
    await user.click(await screen.findByRole('button', { name: 'Download report (.xlsx)' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be downloaded');
    expect(alert).toHaveTextContent('Campaign k2 was not found.');

    await user.click(screen.getByRole('combobox', { name: 'Campaign' }));
    await user.click(await screen.findByRole('option', { name: /^Spring letter/ }));
    expect(await screen.findByText('The database is starting.')).toBeInTheDocument();
  });
});

describe('reports page: a period', () => {
  const portfolioService = (extra: (r: Request) => Response | undefined = () => undefined) =>
    fakeService((r) => {
      if (r.path === '/api/reports/portfolio')
        return json(200, { ...PORTFOLIO, from: r.query.get('from'), to: r.query.get('to') });
      return extra(r);
    });
  const periods = (requests: Request[]) =>
    requests
      .filter((r) => r.path === '/api/reports/portfolio')
      .map((r) => `${r.query.get('from')}/${r.query.get('to')}`);

  it('starts with the last quarter, compares its campaigns side by side, and downloads the workbook of that period', async () => {
    const user = userEvent.setup();
    downloads = catchDownloads();
    const { client, requests } = portfolioService((r) =>
      r.path === '/api/reports/portfolio.xlsx'
        ? fileAnswer(`Portfolio ${r.query.get('from')} to ${r.query.get('to')}.xlsx`)
        : undefined,
    );
    renderWithApi(<PeriodReportPanel today="2026-05-20" />, client, { role: 'viewer' });

    const table = await screen.findByRole('table', { name: 'Campaigns of the period' });
    expect(periods(requests)).toEqual(['2026-01-01/2026-03-31']);
    expect(within(table).getByRole('row', { name: /Summer calls/ })).toHaveTextContent('75%');
    expect(within(table).getByRole('row', { name: /Spring letter/ })).toHaveTextContent('—');
    expect(screen.getByText('1 sent · 1 draft (2 members, counted apart)')).toBeInTheDocument();
    expect(figure('Response rate')).toBe('75%');
    expect(screen.getByRole('img', { name: 'Results by channel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last quarter' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(table).getByRole('button', { name: 'Response rate information' }));
    expect(await screen.findByText(`${DEFINITIONS.responseRate} ${DEFINITIONS.drafts}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Last month' }));
    await waitFor(() => expect(periods(requests).at(-1)).toBe('2026-04-01/2026-04-30'));
    await user.click(await screen.findByRole('button', { name: 'Download report (.xlsx)' }));
    await waitFor(() => expect(downloads?.saved).toEqual(['Portfolio 2026-04-01 to 2026-04-30.xlsx']));
  });

  it('takes typed days, and says in words what is wrong with a period instead of asking the service', async () => {
    const user = userEvent.setup();
    const { client, requests } = portfolioService();
    renderWithApi(<PeriodReportPanel today="2026-05-20" />, client, { role: 'viewer' });
    await screen.findByRole('table', { name: 'Campaigns of the period' });

    const to = screen.getByLabelText('To');
    await user.clear(to);
    await user.type(to, '2025-12-31');
    expect(await screen.findByText('The last day must be on or after the first day.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Campaigns of the period' })).not.toBeInTheDocument();

    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2025-07-01');
    await waitFor(() => expect(periods(requests).at(-1)).toBe('2025-07-01/2025-12-31'));
    expect(screen.queryByText('The last day must be on or after the first day.')).not.toBeInTheDocument();
  });
});

describe('reports page: tabs', () => {
  it('offers the templates to admins only', async () => {
    const { client } = campaignService((r) => (r.path === '/api/reports/templates' ? json(200, []) : undefined));
    const { unmount } = renderWithApi(<ReportsPage tab="templates" />, client, { role: 'admin' });
    expect(await screen.findByRole('tab', { name: 'Templates' })).toHaveAttribute('aria-selected', 'true');
    unmount();
    renderWithApi(<ReportsPage tab="templates" />, client, { role: 'user' });
    expect(await screen.findByRole('tab', { name: 'Campaign report' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('tab', { name: 'Templates' })).not.toBeInTheDocument();
  });
});
