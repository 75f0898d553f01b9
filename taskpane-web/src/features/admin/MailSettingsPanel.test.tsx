import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MailSettings, MailTransportStatus } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { MailSettingsPanel } from './MailSettingsPanel';

const SETTINGS: MailSettings = {
  transport: 'smtp',
  fromAddress: 'advice@harbour.example',
  fromName: 'Harbour Advice',
  replyTo: null,
  graphMailbox: null,
  mailsPerMinute: 60,
  maxMembersPerSend: null,
  version: 2,
};

const NOT_CONNECTED = 'Microsoft 365 is not connected: set STEWARD_MICROSOFT_CLIENT_SECRET (see the README).';

function service(
  status: MailTransportStatus,
  save: (r: Request) => Response = (r) => json(200, { ...(r.body as object), version: 3 }),
) {
  return fakeService((r: Request) => {
    if (r.path === '/api/mail/settings' && r.method === 'GET') return json(200, SETTINGS);
    if (r.path === '/api/mail/settings/status') return json(200, status);
    if (r.path === '/api/mail/settings' && r.method === 'PUT') return save(r);
    return undefined;
  });
}

describe('mail settings', () => {
  it('saves a Microsoft 365 mailbox, rate and cap, and says plainly that Microsoft 365 is not connected', async () => {
    const user = userEvent.setup();
    const sentCopy =
      'No sent-copy mailbox is configured (STEWARD_MAIL_SENT_COPY_HOST): an SMTP mail cut short by a stop of the service is sent again, so its recipient may get it twice.';
    const { client, requests } = service({
      smtpProblem: null,
      graphProblem: NOT_CONNECTED,
      unavailable: null,
      sentCopy,
    });
    renderWithApi(<MailSettingsPanel />, client, { role: 'admin' });

    expect(await screen.findByText('Campaign mail can go out this way')).toBeInTheDocument();
    expect(screen.getByText(sentCopy)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'A Microsoft 365 mailbox (not connected)' }));
    expect(screen.getByText('Campaign mail cannot go out this way yet')).toBeInTheDocument();
    expect(screen.getByText(NOT_CONNECTED)).toBeInTheDocument();
    expect(screen.queryByText(sentCopy)).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Microsoft 365 mailbox/ }), 'campaigns@harbour.example');
    await user.type(screen.getByRole('textbox', { name: /Reply-to address/ }), 'replies@harbour.example');
    const cap = screen.getByRole('spinbutton', { name: /Most members per send/ });
    await user.type(cap, '500');
    await user.click(screen.getByRole('button', { name: 'Save mail settings' }));

    expect(await screen.findByText('The mail settings were saved.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      transport: 'graph',
      fromAddress: 'advice@harbour.example',
      fromName: 'Harbour Advice',
      replyTo: 'replies@harbour.example',
      graphMailbox: 'campaigns@harbour.example',
      mailsPerMinute: 60,
      maxMembersPerSend: 500,
      version: 2,
    });
  });

  it('shows what the service refused next to the field', async () => {
    const user = userEvent.setup();
    const { client } = service({ smtpProblem: null, graphProblem: null, unavailable: null }, () =>
      json(422, {
        status: 422,
        title: 'Invalid input',
        errors: [{ field: 'graphMailbox', message: 'is needed to send through Microsoft 365' }],
      }),
    );
    renderWithApi(<MailSettingsPanel />, client, { role: 'admin' });

    await user.click(await screen.findByRole('radio', { name: 'A Microsoft 365 mailbox' }));
    await user.click(screen.getByRole('button', { name: 'Save mail settings' }));

    expect(await screen.findByText('Mailbox is needed to send through Microsoft 365.')).toBeInTheDocument();
  });
});
