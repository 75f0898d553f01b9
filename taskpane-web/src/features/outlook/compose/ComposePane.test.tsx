import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactSummary, Membership } from '../../../api';
import { fakeService, json, renderWithApi, type Request } from '../../../test/fakeApi';
import { installOutlookCompose, uninstallOffice } from '../../../test/officeMock';
import { OutlookPane } from '../OutlookPane';

const ann: ContactSummary = {
  id: 'c-ann',
  type: 'individual',
  displayName: 'Ann Lee',
  firstName: 'Ann',
  lastName: 'Lee',
  email: 'ann@client.example',
  tags: [],
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

const spring: Membership = {
  campaignId: 'camp-1',
  campaignName: 'Spring review',
  channel: 'email',
  campaignStatus: 'draft',
  status: 'pending',
};
const letters: Membership = {
  campaignId: 'camp-2',
  campaignName: 'Paper letters',
  channel: 'mail',
  campaignStatus: 'sent',
  status: 'pending',
};

const bob: ContactSummary = {
  ...ann,
  id: 'c-bob',
  displayName: 'Bob Stone',
  firstName: 'Bob',
  lastName: 'Stone',
  email: 'bob@client.example',
};

function service(recordedState: 'sent' | 'unconfirmed' = 'sent') {
  return fakeService((r: Request) => {
    if (r.path === '/api/contacts/lookup') {
      const emails = r.query.getAll('email');
      return json(
        200,
        [ann, bob].filter((c) => emails.includes(c.email ?? '')),
      );
    }
    if (r.path === '/api/campaigns/memberships')
      return json(200, r.query.get('contactId') === 'c-ann' ? [spring, letters] : []);
    if (r.path === '/api/campaigns') {
      const items = [
        { id: 'camp-1', name: 'Spring review' },
        { id: 'camp-3', name: 'Autumn tax letter' },
      ];
      return json(200, { items, page: 0, size: 100, totalElements: 2, totalPages: 1, totalCapped: false });
    }
    if (r.path.endsWith('/mail/tracked') && r.method === 'POST') {
      const campaignId = r.path.split('/')[3];
      const contactIds = (r.body as { contactIds: string[] }).contactIds;
      return json(200, {
        token: 'tok-123',
        campaignId,
        contactId: contactIds[0],
        contactIds,
        headerName: 'x-steward-tracking',
        state: 'composed',
      });
    }
    if (r.path.endsWith('/mail/render'))
      return json(200, { subject: 'Your spring review, Ann', html: '<p>Dear Ann,</p>', text: 'Dear Ann,' });
    if (r.path === '/api/mail/tracked/tok-123/sent') {
      return json(200, {
        token: 'tok-123',
        campaignId: 'camp-1',
        contactId: 'c-ann',
        contactIds: ['c-ann'],
        headerName: 'x-steward-tracking',
        state: recordedState,
      });
    }
    return undefined;
  });
}

afterEach(uninstallOffice);

describe('the compose pane', () => {
  it("inserts the campaign's mail for the recipient above the signature, marks it tracked, then sends and records it", async () => {
    const user = userEvent.setup();
    const written = installOutlookCompose({ body: '<p>-- Me Myself, Harbour</p>', canSend: true });
    const { client, requests } = service();
    renderWithApi(<OutlookPane />, client, { role: 'user' });

    const select = await screen.findByRole('combobox', { name: 'Campaign' });
    expect(screen.getByRole('option', { name: 'Spring review' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Autumn tax letter (not a member yet)' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Paper letters/ })).not.toBeInTheDocument();
    expect(select).toHaveValue('camp-1');

    await user.click(screen.getByRole('button', { name: 'Insert campaign mail' }));

    expect(await screen.findByText('Tracked')).toBeInTheDocument();
    expect(written.body).toBe('<p>Dear Ann,</p><p>-- Me Myself, Harbour</p>');
    expect(written.subject).toBe('Your spring review, Ann');
    expect(written.headers).toEqual({ 'x-steward-tracking': 'tok-123', 'x-steward-campaign': 'camp-1' });
    expect(requests.find((r) => r.path === '/api/campaigns/camp-1/mail/tracked')?.body).toEqual({
      contactIds: ['c-ann'],
      mailbox: 'me@firm.example',
    });
    expect(written.settings).toEqual({ stewardServiceUrl: window.location.origin });
    expect(requests.find((r) => r.path === '/api/campaigns/camp-1/mail/render')?.body).toMatchObject({
      contactId: 'c-ann',
    });

    await user.click(screen.getByRole('button', { name: 'Send and track' }));

    expect(await screen.findByText("Sent, and recorded on Ann Lee's timeline.")).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/mail/tracked/tok-123/sent')?.body).toEqual({
      subject: 'Your spring review, Ann',
    });
    expect(written.sent).toBe(true);
  });

  it('adds the recipient to another campaign, and keeps a subject already written', async () => {
    const user = userEvent.setup();
    const written = installOutlookCompose({ subject: 'Our talk on Friday' });
    const { client, requests } = service();
    renderWithApi(<OutlookPane />, client, { role: 'user' });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Campaign' }), 'camp-3');
    expect(screen.getByText('Ann Lee will be added to this campaign.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Insert campaign mail' }));
    await user.click(await screen.findByRole('button', { name: 'Record as sent' }));

    expect(await screen.findByText("Recorded on Ann Lee's timeline: now press Send in Outlook.")).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/campaigns/camp-3/mail/tracked')).toBe(true);
    expect(written.subject).toBe('Our talk on Friday');
    expect(written.sent).toBe(false);
  });

  it('says plainly when Outlook cannot mark the mail as tracked', async () => {
    const user = userEvent.setup();
    const written = installOutlookCompose({ headers: false });
    const { client, requests } = service();
    renderWithApi(<OutlookPane />, client, { role: 'user' });

    await user.click(await screen.findByRole('button', { name: 'Insert campaign mail' }));

    expect(await screen.findByText(/cannot mark a mail as tracked \(it needs Mailbox 1.8\)/)).toBeInTheDocument();
    expect(screen.queryByText('Tracked')).not.toBeInTheDocument();
    expect(written.body).toBe('');
    expect(requests.some((r) => r.path.endsWith('/mail/tracked'))).toBe(false);
  });

  it('asks for a contact when the recipient is not in Steward', async () => {
    installOutlookCompose({ to: [{ displayName: 'Stranger', emailAddress: 'who@else.example' }] });
    const { client } = service();
    renderWithApi(<OutlookPane />, client, { role: 'user' });

    expect(
      await screen.findByText('who@else.example is not in Steward yet: add them as a contact first.'),
    ).toBeInTheDocument();
  });

  it('tracks one mail for every To and Cc recipient who is a member, offers to add the others, and merges nothing', async () => {
    const user = userEvent.setup();
    const written = installOutlookCompose({
      body: '<p>-- Me</p>',
      to: [
        { displayName: 'Ann Lee', emailAddress: 'ann@client.example' },
        { displayName: 'Stranger', emailAddress: 'who@else.example' },
      ],
      cc: [
        { displayName: 'Bob Stone', emailAddress: 'bob@client.example' },
        { displayName: 'Ann again', emailAddress: 'ANN@client.example' },
      ],
    });
    const { client, requests } = service('unconfirmed');
    renderWithApi(<OutlookPane />, client, { role: 'user' });

    expect(
      await screen.findByText(/who@else.example is not in Steward yet, so the mail is not tracked for them/),
    ).toBeInTheDocument();
    const annBox = await screen.findByRole('checkbox', { name: 'Ann Lee' });
    const bobBox = screen.getByRole('checkbox', { name: 'Bob Stone (add to this campaign)' });
    expect(annBox).toBeChecked();
    expect(bobBox).not.toBeChecked();
    expect(
      screen.getByText(/This mail goes to 3 people, so Steward does not insert the campaign's mail/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert campaign mail' })).not.toBeInTheDocument();

    await user.click(bobBox);
    await user.click(screen.getByRole('button', { name: 'Track this mail' }));

    expect(
      await screen.findByText('This mail is tracked in Spring review for Ann Lee and Bob Stone.'),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/campaigns/camp-1/mail/tracked')?.body).toEqual({
      contactIds: ['c-ann', 'c-bob'],
      mailbox: 'me@firm.example',
    });
    expect(requests.some((r) => r.path.endsWith('/mail/render'))).toBe(false);
    expect(written.body).toBe('<p>-- Me</p>');
    expect(written.headers).toEqual({ 'x-steward-tracking': 'tok-123', 'x-steward-campaign': 'camp-1' });

    await user.click(screen.getByRole('button', { name: 'Record as sent' }));

    expect(
      await screen.findByText(
        'Recorded for Ann Lee and Bob Stone: now press Send in Outlook. It goes on the timelines of Ann Lee and Bob Stone once Steward finds it in your Sent Items; if you discard the mail, it never does.',
      ),
    ).toBeInTheDocument();
    expect(requests.filter((r) => r.path === '/api/mail/tracked/tok-123/sent')).toHaveLength(1);
  });

  it('tracks nobody until someone is ticked', async () => {
    const user = userEvent.setup();
    installOutlookCompose({
      to: [{ displayName: 'Ann Lee', emailAddress: 'ann@client.example' }],
      cc: [{ displayName: 'Bob Stone', emailAddress: 'bob@client.example' }],
    });
    const { client } = service();
    renderWithApi(<OutlookPane />, client, { role: 'user' });

    await user.click(await screen.findByRole('checkbox', { name: 'Ann Lee' }));

    expect(screen.getByRole('button', { name: 'Track this mail' })).toBeDisabled();
  });
});
