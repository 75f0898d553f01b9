import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Mailbox } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { MailboxesPanel } from './MailboxesPanel';

const SHARED: Mailbox = {
  id: 'm1',
  address: 'campaigns@firm.example',
  kind: 'shared',
  createdAt: '2026-11-01T08:00:00Z',
  lastSyncedAt: '2026-11-05T09:35:00Z',
  lastError: null,
  messagesRead: 120,
  repliesFound: 4,
};

function service() {
  let stored: Mailbox[] = [SHARED];
  return fakeService((r: Request) => {
    if (r.path === '/api/tenant/mailboxes' && r.method === 'GET') return json(200, stored);
    if (r.path === '/api/tenant/mailboxes' && r.method === 'POST') {
      const body = r.body as { address: string; kind: Mailbox['kind'] };
      if (!body.address.includes('@')) {
        return json(422, {
          status: 422,
          title: 'Invalid input',
          detail: 'Some fields are not valid.',
          errors: [{ field: 'address', message: 'must be an email address, such as campaigns@firm.example' }],
        });
      }
      const added = {
        ...SHARED,
        id: 'm2',
        address: body.address,
        kind: body.kind,
        lastSyncedAt: null,
        messagesRead: 0,
        repliesFound: 0,
      };
      stored = [...stored, added];
      return json(201, added);
    }
    if (r.path === '/api/tenant/mailboxes/m1/sync') {
      return json(200, { ran: true, messagesRead: 12, headersRead: 3, repliesFound: 2, resynced: false });
    }
    if (r.path === '/api/tenant/mailboxes/m1' && r.method === 'DELETE') {
      stored = stored.filter((m) => m.id !== 'm1');
      return new Response(null, { status: 204 });
    }
    return undefined;
  });
}

describe('mailboxes read for replies', () => {
  it('lists the mailboxes with their last sync, syncs one now and says what it found', async () => {
    const user = userEvent.setup();
    const { client } = service();
    renderWithApi(<MailboxesPanel />, client, { role: 'admin' });

    const shared = await screen.findByRole('listitem', { name: 'campaigns@firm.example' });
    expect(
      within(shared).getByText(/Shared campaign mailbox · Synced .* 120 messages read · 4 replies found/),
    ).toBeInTheDocument();
    await user.click(within(shared).getByRole('button', { name: 'Sync now' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'campaigns@firm.example: 12 new or changed messages read, 2 replies found.',
    );
  });

  it('adds a person who opted in, and says what is wrong with a bad address', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<MailboxesPanel />, client, { role: 'admin' });
    const form = await screen.findByRole('form', { name: 'Add a mailbox' });

    await user.type(within(form).getByRole('textbox', { name: /Mailbox address/ }), 'not an address');
    await user.click(within(form).getByRole('button', { name: 'Read this mailbox' }));
    expect(
      await within(form).findByText('The address must be an email address, such as campaigns@firm.example.'),
    ).toBeInTheDocument();

    await user.clear(within(form).getByRole('textbox', { name: /Mailbox address/ }));
    await user.type(within(form).getByRole('textbox', { name: /Mailbox address/ }), 'ada@firm.example');
    await user.click(within(form).getByRole('radio', { name: 'A person who opted in' }));
    await user.click(within(form).getByRole('button', { name: 'Read this mailbox' }));

    expect(await screen.findByRole('listitem', { name: 'ada@firm.example' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({
      address: 'ada@firm.example',
      kind: 'user',
    });
  });

  it('stops reading a mailbox', async () => {
    const user = userEvent.setup();
    const { client } = service();
    renderWithApi(<MailboxesPanel />, client, { role: 'admin' });

    await user.click(await screen.findByRole('button', { name: 'Stop reading campaigns@firm.example' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Steward no longer reads campaigns@firm.example.');
    expect(screen.queryByRole('listitem', { name: 'campaigns@firm.example' })).not.toBeInTheDocument();
  });
});
