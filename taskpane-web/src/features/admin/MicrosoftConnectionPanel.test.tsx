import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MicrosoftConnectionReport } from '../../api';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { MicrosoftConnectionPanel } from './MicrosoftConnectionPanel';

const BROKEN: MicrosoftConnectionReport = {
  connected: false,
  checks: [
    { id: 'client-id', title: 'Application (client) ID', status: 'OK', detail: '5b0a7c3e-2f41-4d8a-9c6e-1a2b3c4d5e6f' },
    { id: 'audience', title: 'Audience of sign-in tokens', status: 'OK', detail: 'api://5b0a7c3e' },
    {
      id: 'metadata',
      title: 'Microsoft sign-in metadata',
      status: 'OK',
      detail: 'Read from https://login.microsoftonline.com/…',
    },
    {
      id: 'app-token',
      title: 'Steward’s own access to Microsoft 365',
      status: 'PROBLEM',
      detail:
        'The client secret is wrong: copy the secret’s Value (not its Secret ID) into STEWARD_MICROSOFT_CLIENT_SECRET.',
    },
    {
      id: 'graph',
      title: 'Microsoft Graph and admin consent',
      status: 'SKIPPED',
      detail: 'Checked once Steward’s own access above works.',
    },
  ],
};

const CONNECTED: MicrosoftConnectionReport = {
  connected: true,
  checks: BROKEN.checks.map((c) => ({
    ...c,
    status: 'OK',
    detail: c.id === 'graph' ? 'Consented: Mail.Read' : c.detail,
  })),
};

describe('the Connect Microsoft 365 page', () => {
  it('says what is wrong in plain words, check by check', async () => {
    const { client } = fakeService((r) => (r.path === '/api/microsoft/connection' ? json(200, BROKEN) : undefined));
    renderWithApi(<MicrosoftConnectionPanel />, client, { role: 'admin' });

    expect(await screen.findByText('Microsoft 365 is not connected yet')).toBeInTheDocument();
    expect(screen.getByText('1 thing needs fixing; each says what to change.')).toBeInTheDocument();
    const token = screen.getByRole('listitem', { name: 'Steward’s own access to Microsoft 365' });
    expect(within(token).getByText('Needs fixing')).toBeInTheDocument();
    expect(within(token).getByText(/client secret is wrong/)).toBeInTheDocument();
    const graph = screen.getByRole('listitem', { name: 'Microsoft Graph and admin consent' });
    expect(within(graph).getByText('Not checked')).toBeInTheDocument();
    expect(
      within(screen.getByRole('listitem', { name: 'Application (client) ID' })).getByText('Works'),
    ).toBeInTheDocument();
  });

  it('checks again on request, and says when everything works', async () => {
    let answers = 0;
    const { client, requests } = fakeService((r) =>
      r.path === '/api/microsoft/connection' ? json(200, answers++ === 0 ? BROKEN : CONNECTED) : undefined,
    );
    renderWithApi(<MicrosoftConnectionPanel />, client, { role: 'admin' });
    await screen.findByText('Microsoft 365 is not connected yet');

    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));

    expect(await screen.findByText('Microsoft 365 is connected')).toBeInTheDocument();
    expect(screen.getByText('Consented: Mail.Read')).toBeInTheDocument();
    expect(requests.filter((r) => r.path === '/api/microsoft/connection')).toHaveLength(2);
  });

  it('shows a failure of the check itself', async () => {
    const { client } = fakeService((r) =>
      r.path === '/api/microsoft/connection'
        ? json(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Your role does not allow this.' })
        : undefined,
    );
    renderWithApi(<MicrosoftConnectionPanel />, client, { role: 'admin' });
    expect(await screen.findByText(/Your role does not allow this/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Checks' })).toBeNull();
  });
});
