import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportTemplate } from '../../api';
import { catchDownloads, fileAnswer } from '../../test/downloads';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { TemplatesPanel } from './TemplatesPanel';

const CUSTOM: ReportTemplate = {
  kind: 'campaign',
  custom: true,
  fileName: 'Firm campaign report.xlsx',
  size: 48_213,
  uploadedAt: '2026-03-04T10:00:00Z',
  uploadedBy: 'u1',
  uploadedByName: 'Ada Admin',
};
const BUILT_IN: ReportTemplate = { kind: 'portfolio', custom: false };

const xlsx = (name: string) =>
  new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

let downloads: ReturnType<typeof catchDownloads> | null = null;
afterEach(() => downloads?.restore());

function service(
  answer: (r: Request) => Response | undefined,
  templates: () => ReportTemplate[] = () => [CUSTOM, BUILT_IN],
) {
  return fakeService((r) =>
    r.path === '/api/reports/templates' && r.method === 'GET' ? json(200, templates()) : answer(r),
  );
}

describe('report templates', () => {
  it("says which template is the firm's own, and downloads the one in use", async () => {
    const user = userEvent.setup();
    downloads = catchDownloads();
    const { client } = service((r) =>
      r.path === '/api/reports/templates/campaign.xlsx' ? fileAnswer('Campaign report template.xlsx') : undefined,
    );
    renderWithApi(<TemplatesPanel />, client, { role: 'admin' });

    const campaign = await screen.findByRole('region', { name: 'Campaign report template' });
    expect(within(campaign).getByText("Firm's own")).toBeInTheDocument();
    expect(within(campaign).getByText(/Firm campaign report\.xlsx, uploaded .* by Ada Admin\./)).toBeInTheDocument();
    const portfolio = screen.getByRole('region', { name: 'Portfolio report template' });
    expect(within(portfolio).getByText('Built-in')).toBeInTheDocument();
    expect(within(portfolio).queryByRole('button', { name: 'Restore the built-in template' })).not.toBeInTheDocument();

    await user.click(within(campaign).getByRole('button', { name: 'Download the current template' }));
    await waitFor(() => expect(downloads?.saved).toEqual(['Campaign report template.xlsx']));
  });

  it('uploads the firm’s version as a multipart file, then lists the templates again', async () => {
    const user = userEvent.setup();
    let uploaded = false;
    const { client, requests } = service(
      (r) => {
        if (r.method === 'PUT' && r.path === '/api/reports/templates/portfolio') {
          uploaded = true;
          return new Response(null, { status: 204 });
        }
        return undefined;
      },
      () =>
        uploaded
          ? [CUSTOM, { ...BUILT_IN, custom: true, fileName: 'Ours.xlsx', uploadedAt: '2026-03-05T09:00:00Z' }]
          : [CUSTOM, BUILT_IN],
    );
    renderWithApi(<TemplatesPanel />, client, { role: 'admin' });
    const portfolio = await screen.findByRole('region', { name: 'Portfolio report template' });
    await user.upload(within(portfolio).getByLabelText('Portfolio report template file'), xlsx('Ours.xlsx'));

    expect(await within(portfolio).findByText("Ours.xlsx is now the firm's portfolio template.")).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect((put?.form?.get('file') as File | null)?.name).toBe('Ours.xlsx');
    expect(await within(portfolio).findByText("Firm's own")).toBeInTheDocument();
  });

  it('shows a refused template in the service’s words, with each thing it lacks', async () => {
    const user = userEvent.setup();
    const detail =
      'The campaign template lacks table Figures, column "Responded" of table ByChannel. Start from the current template (download it) and keep these.';
    const { client } = service((r) =>
      r.method === 'PUT'
        ? json(422, {
            title: 'Template cannot be used',
            status: 422,
            detail,
            code: 'template-incomplete',
            missing: ['table Figures', 'column "Responded" of table ByChannel'],
          })
        : undefined,
    );
    renderWithApi(<TemplatesPanel />, client, { role: 'admin' });
    const campaign = await screen.findByRole('region', { name: 'Campaign report template' });
    await user.upload(within(campaign).getByLabelText('Campaign report template file'), xlsx('Restyled.xlsx'));

    const alert = await within(campaign).findByRole('alert');
    expect(alert).toHaveTextContent('The template was not accepted');
    expect(alert).toHaveTextContent(detail);
    const missing = within(campaign).getByRole('list', { name: 'What the template lacks' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['table Figures', 'column "Responded" of table ByChannel']);
  });

  it('restores the built-in template only after a confirmation', async () => {
    const user = userEvent.setup();
    let restored = false;
    const { client, requests } = service(
      (r) => {
        if (r.method === 'DELETE' && r.path === '/api/reports/templates/campaign') {
          restored = true;
          return new Response(null, { status: 204 });
        }
        return undefined;
      },
      () => (restored ? [{ kind: 'campaign', custom: false }, BUILT_IN] : [CUSTOM, BUILT_IN]),
    );
    renderWithApi(<TemplatesPanel />, client, { role: 'admin' });
    const campaign = await screen.findByRole('region', { name: 'Campaign report template' });

    await user.click(within(campaign).getByRole('button', { name: 'Restore the built-in template' }));
    // In jsdom, after other tests of this file, Fluent's focus trap sometimes marks the open dialog itself aria-hidden
    // (it is focused and shown), so it is found by its title here; the browser tests check it by role and with axe.
    const title = await screen.findByText('Restore the built-in campaign template?');
    const dialog = title.closest<HTMLElement>('[role="dialog"]')!;
    expect(dialog).toHaveTextContent('Firm campaign report.xlsx');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryAllByRole('dialog', { hidden: true })).toHaveLength(0));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(
      await within(campaign).findByRole('button', { name: 'Restore the built-in template', hidden: true }),
    );
    const again = (await screen.findByText('Restore the built-in campaign template?')).closest<HTMLElement>(
      '[role="dialog"]',
    )!;
    await user.click(within(again).getByRole('button', { name: 'Restore', hidden: true }));
    expect(await within(campaign).findByText('The built-in campaign template is in use again.')).toBeInTheDocument();
    expect(await within(campaign).findByText('Built-in')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });
});
