import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createApi, type ContactSummary, type Membership } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { MessagePeople } from './MessagePeople';
import { prefetchPeople } from './peopleLookup';

// The message the pane opened on, as the lookup started at sign-in reads it.
vi.mock('../../office/outlook', async (actual) => ({
  ...(await actual<typeof import('../../office/outlook')>()),
  readOpeningMessage: () => Promise.resolve(message),
}));

/** Long click-throughs: the 15 s default is too short on a busy 2-core machine. */
const SLOW_TEST_MS = 40000;

const message: OpenMessage = {
  itemId: 'item-1',
  restId: 'AAMkAD-rest-1',
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

const filedOnThree = {
  id: 'i1',
  kind: 'email',
  subject: 'Quarterly review',
  contactIds: ['c-ann', 'c-bob', 'c-carla'],
  contacts: [
    { id: 'c-ann', displayName: 'Ann Lee' },
    { id: 'c-bob', displayName: 'Bob Ray' },
    { id: 'c-carla', displayName: 'Carla Diaz' },
  ],
};

function service(extra: (request: Request) => Response | undefined = () => undefined) {
  return fakeService((request) => {
    const answer = extra(request);
    if (answer) return answer;
    if (request.path === '/api/interactions/by-message') return json(404, { detail: 'Not filed.' });
    if (request.path === '/api/contacts/c-ann/relationships') return json(200, []);
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
      return json(201, {
        ...(request.body as object),
        id: 'c-new',
        displayName: 'Priya Natarajan',
        createdAt: '',
        updatedAt: '',
        version: 0,
      });
    }
    if (request.path === '/api/contacts/c-ann' && request.method === 'GET') {
      return json(200, { ...ann, createdAt: '', tags: ['vip', 'board'] });
    }
    if (request.path === '/api/contacts/c-ann' && request.method === 'PUT') {
      return json(200, { ...ann, ...(request.body as object), createdAt: '', version: 4 });
    }
    if (request.path === '/api/interactions') {
      return json(201, {
        ...filedOnThree,
        created: true,
        newlyLinkedContactIds: ['c-ann', 'c-bob', 'c-carla'],
        readThrough: 'graph',
      });
    }
    if (request.path.startsWith('/api/campaigns/camp-1/contacts/'))
      return json(200, { status: 'responded', responseDate: null, version: 2 });
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

  it('draws the cards on its first render when the lookup started at sign-in has answered', async () => {
    const { client, requests } = service();
    await prefetchPeople(createApi(client));
    const lookups = () => requests.filter((r) => r.path === '/api/contacts/lookup');
    await waitFor(() => expect(lookups()).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the answer is read
    show(client);
    expect(screen.queryByText('Looking up the people on this message…')).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Ann Lee, in Steward' })).toBeInTheDocument();
    expect(lookups()).toHaveLength(1);
  });

  it('knows a sender who writes from an address other than their primary one', async () => {
    const priya: ContactSummary = {
      id: 'c-priya',
      type: 'individual',
      displayName: 'Priya Natarajan',
      email: 'p.natarajan@harbour-home.example',
      otherEmails: ['priya@harbour.example'],
      tags: [],
      updatedAt: '2026-03-01T10:00:00Z',
      version: 1,
    };
    const { client } = service((request) =>
      request.path === '/api/contacts/lookup' ? json(200, [ann, priya]) : undefined,
    );
    show(client);
    expect(await screen.findByRole('article', { name: 'Priya Natarajan, in Steward' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Priya Natarajan, not in Steward' })).not.toBeInTheDocument();
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

  it('files the email on everyone on it at once, with its message ids and people, and says on whom', async () => {
    const { client, requests } = service();
    show(client);
    const region = await screen.findByRole('region', { name: 'This email in Steward' });
    await userEvent.click(within(region).getByRole('button', { name: 'File this email' }));
    expect(await within(region).findByText('Filed on Ann Lee, Bob Ray and 1 more.')).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/interactions')?.body).toMatchObject({
      kind: 'email',
      direction: 'inbound',
      subject: 'Quarterly review',
      internetMessageId: '<m1@client.example>',
      conversationId: 'c1',
      occurredAt: '2026-03-03T09:12:00.000Z',
      restId: 'AAMkAD-rest-1',
      contactIds: [],
      from: { address: 'ann@client.example', name: 'Ann Lee' },
      to: [{ address: 'me@firm.example', name: 'Me Myself' }],
      cc: [{ address: 'priya@harbour.example', name: 'Natarajan, Priya' }],
    });
    // The pane asks again where the email stands, so that a later look shows it filed.
    await waitFor(() => expect(requests.filter((r) => r.path === '/api/interactions/by-message')).toHaveLength(2));
  });

  it('says when filing again added nobody new', async () => {
    const { client } = service((r) =>
      r.path === '/api/interactions'
        ? json(200, {
            ...filedOnThree,
            contacts: filedOnThree.contacts.slice(0, 2),
            created: false,
            newlyLinkedContactIds: [],
            readThrough: 'outlook',
            graphUnavailable: 'This needs a Microsoft sign-in.',
          })
        : undefined,
    );
    show(client);
    const region = await screen.findByRole('region', { name: 'This email in Steward' });
    await userEvent.click(within(region).getByRole('button', { name: 'File this email' }));
    expect(
      await within(region).findByText('Already filed on Ann Lee and Bob Ray; nobody new to add.'),
    ).toBeInTheDocument();
    expect(within(region).getByText(/Microsoft Graph: This needs a Microsoft sign-in\./)).toBeInTheDocument();
  });

  it('shows that the email was found as a reply to a campaign', async () => {
    const { client, requests } = service((r) =>
      r.path === '/api/interactions/by-message'
        ? json(200, { ...filedOnThree, campaignId: 'camp-1', campaignName: 'Spring review', filedVia: 'mailbox' })
        : undefined,
    );
    show(client);
    const region = await screen.findByRole('region', { name: 'This email in Steward' });
    expect(
      await within(region).findByText(
        'Found by the mailbox sync as a reply to Spring review; filed on Ann Lee, Bob Ray and 1 more.',
      ),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/interactions/by-message')?.query.get('internetMessageId')).toBe(
      '<m1@client.example>',
    );
  });

  it('marks the email as the person’s response to one of their campaigns, and the pane then says so', async () => {
    let marked = false;
    const { client, requests } = service((r) => {
      if (r.path === '/api/interactions') marked = true;
      if (r.path === '/api/interactions/by-message' && marked) {
        return json(200, { ...filedOnThree, campaignId: 'camp-1', campaignName: 'Spring review', filedVia: 'outlook' });
      }
      return undefined;
    });
    show(client);
    const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
    await userEvent.click(within(card).getByRole('button', { name: 'Mark as a response' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark as a response' });
    await userEvent.selectOptions(await within(dialog).findByLabelText('Their answer'), 'converted');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as a response' }));
    expect(
      await within(card).findByText('Marked as a response to Spring review; filed on Ann Lee, Bob Ray and 1 more.'),
    ).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/interactions')?.body).toMatchObject({
      kind: 'email',
      internetMessageId: '<m1@client.example>',
      contactIds: ['c-ann'],
      campaignId: 'camp-1',
      responseStatus: 'converted',
    });
    const region = await screen.findByRole('region', { name: 'This email in Steward' });
    expect(
      await within(region).findByText('Filed on Ann Lee, Bob Ray and 1 more, as a reply to Spring review.'),
    ).toBeInTheDocument();
  });

  it('shows a known person’s relationships', async () => {
    const { client } = service((r) =>
      r.path === '/api/contacts/c-ann/relationships'
        ? json(200, [
            {
              id: 'r1',
              type: 'executor',
              direction: 'outgoing',
              label: 'Executor of',
              otherContact: { ...ann, id: 'c-estate', type: 'estate', displayName: 'Estate of Porter Cummings' },
              createdAt: '',
            },
          ])
        : undefined,
    );
    show(client);
    const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
    const relationships = await within(card).findByRole('list', { name: 'Relationships of Ann Lee' });
    expect(relationships).toHaveTextContent('Executor of Estate of Porter Cummings');
  });

  it(
    'adds a known person to another campaign, beside the ones they are in',
    async () => {
      let memberships = [membership];
      const { client, requests } = service((r) => {
        if (r.path === '/api/campaigns/memberships') return json(200, memberships);
        if (r.path === '/api/campaigns' && r.method === 'GET') {
          return json(200, {
            items: [
              { id: 'camp-1', name: 'Spring review' },
              { id: 'camp-2', name: 'Autumn estate-planning letter' },
            ],
            page: 0,
            size: 100,
            totalElements: 2,
            totalPages: 1,
            totalCapped: false,
          });
        }
        if (r.path === '/api/campaigns/camp-2/contacts' && r.method === 'POST') {
          memberships = [
            ...memberships,
            { ...membership, campaignId: 'camp-2', campaignName: 'Autumn estate-planning letter' },
          ];
          return json(200, { added: 1, alreadyMembers: 0 });
        }
        return undefined;
      });
      show(client);
      const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
      await userEvent.click(await within(card).findByRole('button', { name: 'Add to campaign' }));
      const dialog = await screen.findByRole('dialog', { name: 'Add Ann Lee to a campaign' });
      const choice = await within(dialog).findByLabelText('Campaign');
      // Only the campaigns Ann is not in yet are offered.
      expect(
        within(choice)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Autumn estate-planning letter']);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Add to campaign' }));
      expect(await within(card).findByRole('combobox', { name: 'Autumn estate-planning letter' })).toHaveValue(
        'pending',
      );
      expect(requests.find((r) => r.path === '/api/campaigns/camp-2/contacts')?.body).toEqual({
        contactIds: ['c-ann'],
      });
    },
    SLOW_TEST_MS,
  );

  it(
    'adds an unknown person only with the proposals the user ticked, with tags and a note',
    async () => {
      const { client, requests } = service();
      show(client);
      const card = await screen.findByRole('article', { name: 'Priya Natarajan, not in Steward' });
      await userEvent.click(within(card).getByRole('button', { name: 'Add to Steward' }));
      expect(await within(card).findByLabelText('First name')).toHaveValue('Priya');
      expect(within(card).getByLabelText('Last name')).toHaveValue('Natarajan');
      expect(within(card).getByLabelText('Email')).toHaveValue('priya@harbour.example');
      const phone = await within(card).findByRole('checkbox', { name: 'Phone: +44 20 7946 0958' });
      const company = within(card).getByRole('checkbox', { name: 'Company: Harbour Capital LLP' });
      const title = within(card).getByRole('checkbox', { name: 'Job title: Investment Director' });
      expect([phone, company, title].map((box) => (box as HTMLInputElement).checked)).toEqual([false, false, false]);
      // The signature the service read is Priya's quoted message, not Ann's reply.
      expect((requests.find((r) => r.path === '/api/mail/signature')?.body as { text: string }).text).toContain(
        'Investment Director',
      );
      expect((requests.find((r) => r.path === '/api/mail/signature')?.body as { text: string }).text).not.toContain(
        'Adding Priya',
      );

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
    },
    SLOW_TEST_MS,
  );

  it(
    'tags a known person, keeping the tags others added meanwhile',
    async () => {
      const { client, requests } = service();
      show(client);
      const card = await screen.findByRole('article', { name: 'Ann Lee, in Steward' });
      await userEvent.click(within(card).getByRole('button', { name: 'Tag' }));
      await userEvent.type(await screen.findByRole('textbox', { name: 'Tags' }), 'spring, vip');
      await userEvent.click(screen.getByRole('button', { name: 'Add tag' }));
      expect(await within(card).findByText('Added 2 tags.')).toBeInTheDocument();
      expect(within(card).getByText('spring')).toBeInTheDocument();
      expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({ tags: ['vip', 'board', 'spring'] });
    },
    SLOW_TEST_MS,
  );

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
