import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContactSummary, Membership } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { MessagePeople } from './MessagePeople';

const message: OpenMessage = {
  itemId: 'item-1',
  from: { name: 'Ann Lee', email: 'ann@client.example' },
  to: [{ name: 'Me Myself', email: 'me@firm.example' }],
  cc: [{ name: 'Natarajan, Priya', email: 'priya@harbour.example' }],
  subject: 'Quarterly review',
  internetMessageId: '<m1@client.example>',
  conversationId: 'c1',
  dateTimeCreated: '2026-03-03T09:12:00.000Z',
  mailboxAddresses: ['me@firm.example'],
  sharedOwner: null,
};

const BODY = [
  'Adding Priya.',
  'Best, Ann',
  '',
  'On Mon, 2 Mar 2026 at 10:00, Priya Natarajan <priya@harbour.example> wrote:',
  '> Kind regards,',
  '> Priya Natarajan',
  '> Investment Director',
  '> Harbour Capital LLP',
  '> Tel: +44 20 7946 0958',
].join('\n');

const ann: ContactSummary = {
  id: 'c-ann',
  type: 'individual',
  displayName: 'Ann Lee',
  firstName: 'Ann',
  lastName: 'Lee',
  companyName: 'Client Ltd',
  jobTitle: 'CFO',
  email: 'ann@client.example',
  tags: ['vip'],
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

const membership: Membership = {
  campaignId: 'camp-1',
  campaignName: 'Spring review',
  channel: 'email',
  campaignStatus: 'sent',
  status: 'pending',
};

function service(extra: (request: Request) => Response | undefined = () => undefined) {
  return fakeService((request) => {
    const answer = extra(request);
    if (answer) return answer;
    if (request.path === '/api/contacts/lookup') return json(200, [ann]);
    if (request.path === '/api/campaigns/memberships') return json(200, [membership]);
    if (request.path === '/api/mail/signature') {
      return json(200, {
        phones: [{ e164: '+442079460958', raw: '+44 20 7946 0958', kind: 'work' }],
        company: 'Harbour Capital LLP',
        jobTitle: 'Investment Director',
        website: null,
      });
    }
    if (request.path === '/api/contacts' && request.method === 'POST') {
      return json(201, { ...(request.body as object), id: 'c-new', displayName: 'Priya Natarajan', createdAt: '', updatedAt: '', version: 0 });
    }
    if (request.path === '/api/contacts/c-ann' && request.method === 'GET') {
      return json(200, { ...ann, createdAt: '', tags: ['vip', 'board'] });
    }
    if (request.path === '/api/contacts/c-ann' && request.method === 'PUT') {
      return json(200, { ...ann, ...(request.body as object), createdAt: '', version: 4 });
    }
    if (request.path === '/api/interactions') return json(201, { id: 'i1', kind: 'email', subject: null, contactIds: [] });
    if (request.path.startsWith('/api/campaigns/camp-1/contacts/')) return json(200, { status: 'responded', responseDate: null, version: 2 });
    return undefined;
  });
}

const show = (client: ReturnType<typeof service>['client']) =>
  renderWithApi(<MessagePeople message={message} readBody={async () => BODY} />, client, { role: 'user' });

describe('the people of the open message', () => {
  it('looks everyone up in one call and shows a known sender’s card', async () => {
    const { client, requests } = service();
    show(client);
    const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
    expect(within(card).getByText('Individual')).toBeInTheDocument();
    expect(within(card).getByText('CFO · Client Ltd')).toBeInTheDocument();
    expect(within(card).getByText('vip')).toBeInTheDocument();
    expect(await within(card).findByText('Spring review')).toBeInTheDocument();
    const lookups = requests.filter((r) => r.path === '/api/contacts/lookup');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.query.getAll('email')).toEqual(['ann@client.example', 'priya@harbour.example']);
    expect(screen.getByRole('article', { name: 'Priya Natarajan, not in Steward' })).toBeInTheDocument();
  });

  it('records a campaign status change as from Outlook', async () => {
    const { client, requests } = service();
    show(client);
    const select = await screen.findByRole('combobox', { name: 'Spring review' });
    await userEvent.selectOptions(select, 'responded');
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/campaigns/camp-1/contacts/c-ann');
    expect(put?.body).toEqual({ status: 'responded', recordedVia: 'outlook' });
  });

  it('files the email with its message id', async () => {
    const { client, requests } = service();
    show(client);
    const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
    await userEvent.click(within(card).getByRole('button', { name: 'File this email' }));
    expect(await within(card).findByText('This email is on the timeline.')).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/interactions')?.body).toMatchObject({
      kind: 'email',
      direction: 'inbound',
      subject: 'Quarterly review',
      internetMessageId: '<m1@client.example>',
      conversationId: 'c1',
      occurredAt: '2026-03-03T09:12:00.000Z',
      contactIds: ['c-ann'],
    });
  });

  it('adds an unknown person only with the proposals the user ticked, with tags and a note', async () => {
    const { client, requests } = service();
    show(client);
    const card = await screen.findByRole('article', { name: 'Priya Natarajan, not in Steward' });
    await userEvent.click(within(card).getByRole('button', { name: 'Add to Steward' }));
    expect(within(card).getByLabelText('First name')).toHaveValue('Priya');
    expect(within(card).getByLabelText('Last name')).toHaveValue('Natarajan');
    expect(within(card).getByLabelText('Email')).toHaveValue('priya@harbour.example');
    const phone = await within(card).findByRole('checkbox', { name: 'Phone: +44 20 7946 0958' });
    const company = within(card).getByRole('checkbox', { name: 'Company: Harbour Capital LLP' });
    const title = within(card).getByRole('checkbox', { name: 'Job title: Investment Director' });
    expect([phone, company, title].map((box) => (box as HTMLInputElement).checked)).toEqual([false, false, false]);
    // The signature the service read is Priya's quoted message, not Ann's reply.
    expect((requests.find((r) => r.path === '/api/mail/signature')?.body as { text: string }).text).toContain('Investment Director');
    expect((requests.find((r) => r.path === '/api/mail/signature')?.body as { text: string }).text).not.toContain('Adding Priya');

    await userEvent.click(phone);
    await userEvent.click(title);
    await userEvent.type(within(card).getByLabelText('Tags'), 'prospect{Enter}');
    await userEvent.type(within(card).getByLabelText('Note'), 'Met at the review');
    await userEvent.click(within(card).getByRole('button', { name: 'Add to Steward' }));

    expect(await screen.findByRole('article', { name: 'Priya Natarajan, in Steward' })).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/contacts' && r.method === 'POST')?.body).toEqual({
      type: 'individual',
      firstName: 'Priya',
      lastName: 'Natarajan',
      email: 'priya@harbour.example',
      phone: '+442079460958',
      companyName: null,
      jobTitle: 'Investment Director',
      tags: ['prospect'],
    });
    expect(requests.find((r) => r.path === '/api/interactions')?.body).toMatchObject({
      kind: 'note',
      summary: 'Met at the review',
      contactIds: ['c-new'],
    });
  });

  it('tags a known person, keeping the tags others added meanwhile', async () => {
    const { client, requests } = service();
    show(client);
    const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
    await userEvent.click(within(card).getByRole('button', { name: 'Tag' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Tags' }), 'spring, vip');
    await userEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await within(card).findByText('Added 2 tags.')).toBeInTheDocument();
    expect(within(card).getByText('spring')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({ tags: ['vip', 'board', 'spring'] });
  });

  it('says in words when the lookup fails', async () => {
    const { client } = service((r) =>
      r.path === '/api/contacts/lookup' ? json(503, { detail: 'Steward is restarting.' }) : undefined,
    );
    show(client);
    expect(await screen.findByRole('alert')).toHaveTextContent('Steward is restarting.');
  });

  it('shows viewers the cards without actions', async () => {
    const { client } = service();
    renderWithApi(<MessagePeople message={message} readBody={async () => BODY} />, client, { role: 'viewer' });
    const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
    expect(await within(card).findByText('Pending')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Tag' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add to Steward' })).toBeNull();
  });
});
