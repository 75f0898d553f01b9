import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeliveryRun, ReportSchedule } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { SchedulePanel } from './SchedulePanel';

const DEFAULTS: ReportSchedule = {
  enabled: false,
  frequency: 'weekly',
  dayOfWeek: 1,
  dayOfMonth: null,
  time: '07:00:00',
  timeZone: 'UTC',
  report: 'portfolio',
  campaignId: null,
  destination: null,
  nextRunAt: null,
  version: null,
};

const RUNS: DeliveryRun[] = [
  {
    id: 'r2',
    dueAt: '2026-03-16T07:00:00Z',
    status: 'failed',
    periodFrom: '2026-03-09',
    periodTo: '2026-03-15',
    fileName: 'Campaigns 2026-03-09 to 2026-03-15.xlsx',
    error: 'Uploading the report failed: 403 accessDenied: the app may not write to this site.',
  },
  {
    id: 'r1',
    dueAt: '2026-03-09T07:00:00Z',
    status: 'delivered',
    periodFrom: '2026-03-02',
    periodTo: '2026-03-08',
    fileName: 'Campaigns 2026-03-02 to 2026-03-08.xlsx',
    webUrl: 'https://contoso.sharepoint.com/Reports/Campaigns.xlsx',
  },
];

function service(save: (r: Request) => Response, runs: DeliveryRun[] = RUNS) {
  return fakeService((r) => {
    if (r.path === '/api/reports/schedule' && r.method === 'GET') return json(200, DEFAULTS);
    if (r.path === '/api/reports/schedule' && r.method === 'PUT') return save(r);
    if (r.path === '/api/reports/schedule/runs') return json(200, runs);
    return undefined;
  });
}

/** Pastes rather than types: many keystrokes are slow on a loaded machine, and what is tested is the form, not typing. */
async function replaceText(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

describe('reports page: the schedule (admins)', () => {
  it('lists the recent runs with their outcome in plain words', async () => {
    const { client } = service(() => json(500, {}));
    renderWithApi(<SchedulePanel />, client, { role: 'admin' });
    const table = await screen.findByRole('table', { name: 'Recent runs' });
    const [failed, delivered] = within(table).getAllByRole('row').slice(1);
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent(
      'Not delivered: Uploading the report failed: 403 accessDenied: the app may not write to this site.',
    );
    expect(delivered).toHaveTextContent('Delivered as “Campaigns 2026-03-02 to 2026-03-08.xlsx”.');
    expect(within(delivered!).getByRole('link', { name: 'Open the file' })).toHaveAttribute('href', RUNS[1]?.webUrl);
  });

  it('saves a weekly portfolio into a OneDrive folder and says when the next report goes out', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(
      (r) => json(200, { ...(r.body as object), time: '08:15:00', nextRunAt: '2026-03-18T08:15:00Z', version: 0 }),
      [],
    );
    renderWithApi(<SchedulePanel />, client, { role: 'admin' });
    const form = await screen.findByRole('form', { name: 'Schedule' });
    expect(await screen.findByText('No scheduled report has gone out yet.')).toBeInTheDocument();

    await user.click(within(form).getByRole('switch', { name: 'Send the report on this schedule' }));
    await user.click(within(form).getByRole('combobox', { name: 'Day of the week' }));
    await user.click(await screen.findByRole('option', { name: 'Wednesday' }));
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '08:15' } });
    await replaceText(user, within(form).getByRole('textbox', { name: 'Time zone' }), 'Europe/London');
    await replaceText(user, within(form).getByRole('textbox', { name: /Their email/ }), 'reports@contoso.example');
    await replaceText(user, within(form).getByRole('textbox', { name: 'Folder' }), 'Reports/Weekly');
    expect(within(form).getByText('Every Wednesday at 08:15 (Europe/London)')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save schedule' }));

    expect(await within(form).findByText(/^The schedule was saved\. The next report goes out /)).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({
      enabled: true,
      frequency: 'weekly',
      dayOfWeek: 3,
      dayOfMonth: null,
      time: '08:15',
      timeZone: 'Europe/London',
      report: 'portfolio',
      campaignId: null,
      destination: { drive: 'user', owner: 'reports@contoso.example', folder: 'Reports/Weekly' },
      version: null,
    });
  }, 60_000);

  it("shows the service's word beside the field it is about", async () => {
    const user = userEvent.setup();
    const { client } = service(() =>
      json(422, {
        title: 'Invalid input',
        detail: 'destination.folder: not allowed',
        errors: [
          { field: 'destination.folder', message: "The folder name '..' is not allowed in OneDrive or SharePoint" },
        ],
      }),
    );
    renderWithApi(<SchedulePanel />, client, { role: 'admin' });
    const form = await screen.findByRole('form', { name: 'Schedule' });
    await user.click(within(form).getByRole('combobox', { name: 'How often' }));
    await user.click(await screen.findByRole('option', { name: 'Monthly' }));
    expect(within(form).getByRole('spinbutton', { name: /Day of the month/ })).toHaveValue(1);
    await user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    await waitFor(() =>
      expect(
        within(form).getByText("The folder name '..' is not allowed in OneDrive or SharePoint."),
      ).toBeInTheDocument(),
    );
    expect(
      within(form)
        .getAllByRole('alert')
        .some((alert) => alert.textContent?.includes('The schedule could not be saved')),
    ).toBe(true);
  }, 45_000);
});
