import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CampaignReply } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { RepliesSection } from './RepliesSection';

const reply = (id: string, name: string, matchedBy: CampaignReply['matchedBy']): CampaignReply => ({
  id,
  campaignId: 'k1',
  contactId: `c-${id}`,
  contactName: name,
  sender: `${name.split(' ')[0]?.toLowerCase() ?? 'someone'}@example.com`,
  subject: 'RE: Your autumn estate-planning letter',
  internetMessageId: `<${id}@example.com>`,
  receivedAt: '2026-11-05T09:30:00Z',
  matchedBy,
  webLink: `https://outlook.office365.com/owa/?ItemID=${id}&exvsurl=1&viewmodel=ReadMessageItem`,
  mailbox: 'campaigns@firm.example',
  undoneAt: null,
});

function service(replies: CampaignReply[], undo: (r: Request) => Response) {
  return fakeService((r: Request) => {
    if (r.path === '/api/campaigns/k1/replies' && r.method === 'GET') return json(200, replies);
    if (/^\/api\/campaigns\/k1\/replies\/[^/]+\/undo$/.test(r.path) && r.method === 'POST') return undo(r);
    return undefined;
  });
}

describe('campaign replies', () => {
  it('shows who replied, how the reply was matched, and a link to the message', async () => {
    const { client } = service([reply('r1', 'Anna Müller', 'conversation'), reply('r2', 'Frank Novák', 'sender')], () =>
      json(500, {}),
    );
    renderWithApi(<RepliesSection campaignId="k1" canEdit onChanged={() => undefined} />, client, { role: 'user' });

    const anna = await screen.findByRole('listitem', { name: 'Reply from Anna Müller' });
    expect(within(anna).getByText('In the campaign mail’s conversation')).toBeInTheDocument();
    expect(within(anna).getByRole('link', { name: /Open in Outlook/ })).toHaveAttribute(
      'href',
      expect.stringContaining('ItemID=r1'),
    );
    expect(within(anna).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    const frank = screen.getByRole('listitem', { name: 'Reply from Frank Novák' });
    expect(within(frank).getByText('Matched by sender')).toBeInTheDocument();
    expect(within(frank).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });

  it('undoes a sender match, says the member is pending again, and tells the page', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    const frank = reply('r2', 'Frank Novák', 'sender');
    const { client, requests } = service([frank], () => json(200, { ...frank, undoneAt: '2026-11-06T10:00:00Z' }));
    renderWithApi(<RepliesSection campaignId="k1" canEdit onChanged={onChanged} />, client, { role: 'user' });

    const item = await screen.findByRole('listitem', { name: 'Reply from Frank Novák' });
    await user.click(within(item).getByRole('button', { name: 'Undo' }));

    const section = screen.getByRole('region', { name: 'Replies found in mailboxes' });
    expect(await within(section).findByRole('status')).toHaveTextContent('Frank Novák is pending again');
    expect(within(item).getByText('Undone')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && r.path === '/api/campaigns/k1/replies/r2/undo')).toBe(true);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('says in plain words why an undo was refused', async () => {
    const user = userEvent.setup();
    const { client } = service([reply('r2', 'Frank Novák', 'sender')], () =>
      json(409, {
        status: 409,
        title: 'Conflict',
        detail: "The member's response was changed since this reply was found.",
      }),
    );
    renderWithApi(<RepliesSection campaignId="k1" canEdit onChanged={() => undefined} />, client, { role: 'user' });

    await user.click(await screen.findByRole('button', { name: 'Undo' }));

    const section = screen.getByRole('region', { name: 'Replies found in mailboxes' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      "The member's response was changed since this reply was found.",
    );
  });

  it('offers no undo to a viewer, and says when nothing was found', async () => {
    const { client } = service([reply('r2', 'Frank Novák', 'sender')], () => json(500, {}));
    const { unmount } = renderWithApi(
      <RepliesSection campaignId="k1" canEdit={false} onChanged={() => undefined} />,
      client,
      { role: 'viewer' },
    );
    await screen.findByRole('listitem', { name: 'Reply from Frank Novák' });
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    unmount();

    const empty = service([], () => json(500, {}));
    renderWithApi(<RepliesSection campaignId="k1" canEdit onChanged={() => undefined} />, empty.client, {
      role: 'user',
    });
    expect(await screen.findByText(/No replies found yet/)).toBeInTheDocument();
  });
});
