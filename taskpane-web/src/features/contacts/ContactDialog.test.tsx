import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, Contact } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { ContactDialog } from './ContactDialog';

const STORED: Contact = {
  id: 'c1',
  type: 'individual',
  displayName: 'Jane Doe',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane@example.com',
  phone: '+15550100',
  tags: ['vip'],
  customFields: { risk: 'low' },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

/** A contact someone else saved (version 4) after this dialog opened it at version 3. */
function service() {
  const theirs: Contact = { ...STORED, displayName: 'Jane Smith', lastName: 'Smith', version: 4 };
  return fakeService((request: Request) => {
    if (request.path === '/api/custom-fields') return json(200, [{ key: 'risk', label: 'Risk', type: 'text' }]);
    if (request.method === 'GET' && request.path === '/api/contacts/c1') return json(200, theirs);
    if (request.path === '/api/contacts/c1/timeline') {
      return json(200, [
        { at: '2026-01-01T00:00:00Z', kind: 'change', title: 'Created', actor: 'Ann Admin' },
        {
          at: '2026-03-04T14:05:00Z',
          kind: 'change',
          title: 'Changed',
          actor: 'Uma Patel',
          changes: { lastName: ['Doe', 'Smith'] },
        },
      ]);
    }
    if (request.method === 'PUT' && request.path === '/api/contacts/c1') {
      const body = request.body as { version: number };
      if (body.version !== theirs.version) {
        return json(409, {
          title: 'Conflict',
          detail: 'This contact was changed by someone else since you opened it.',
          currentVersion: theirs.version,
        });
      }
      return json(200, { ...theirs, ...(request.body as object), version: 5 });
    }
    return undefined;
  });
}

async function editAndSave(user: ReturnType<typeof userEvent.setup>) {
  const first = await screen.findByLabelText('First name');
  await user.clear(first);
  await user.type(first, 'Janet');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return screen.findByRole('alert', { name: /changed this contact/ });
}

/** The dialog for `contact` (null: a new one) as a user sees it. */
function renderDialog(client: ApiClient, contact: Contact | null, onSaved: (saved: Contact) => void = () => undefined) {
  renderWithApi(<ContactDialog contact={contact} onClose={() => undefined} onSaved={onSaved} />, client, {
    role: 'user',
  });
}

/** Opens the stored contact, edits it and saves, which meets Uma's change: the notice of the conflict shows. */
async function saveOverTheirChange() {
  const user = userEvent.setup();
  const onSaved = vi.fn();
  const { client, requests } = service();
  renderDialog(client, STORED, onSaved);
  await editAndSave(user);
  return { user, onSaved, requests };
}

describe('contact dialog', () => {
  it('overwrites with the current version when asked', async () => {
    const { user, onSaved, requests } = await saveOverTheirChange();
    await user.click(screen.getByRole('button', { name: 'Overwrite' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => (r.body as { version: number }).version)).toEqual([3, 4]);
    expect(puts[1]?.body).toMatchObject({
      firstName: 'Janet',
      lastName: 'Doe',
      tags: ['vip'],
      customFields: { risk: 'low' },
    });
  });

  it('reloads the stored values, dropping the edits, when asked', async () => {
    const { user, onSaved, requests } = await saveOverTheirChange();
    await user.click(screen.getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(screen.getByLabelText('Last name')).toHaveValue('Smith'));
    expect(screen.getByLabelText('First name')).toHaveValue('Jane');
    expect(screen.queryByRole('alert', { name: /changed this contact/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(requests.filter((r) => r.method === 'PUT').at(-1)?.body).toMatchObject({ version: 4, lastName: 'Smith' });
  });

  it('says who changed the contact and when, with their values beside yours, and its buttons inside the notice', async () => {
    const user = userEvent.setup();
    const { client } = service();
    renderDialog(client, STORED);

    const notice = await editAndSave(user);
    expect(
      await within(notice).findByRole('heading', { name: /^Uma Patel changed this contact on Mar 4, 2026/ }),
    ).toBeInTheDocument();
    const rows = within(notice)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Field', "Uma Patel's", 'Yours'],
      ['First name', 'Jane', 'Janet'],
      ['Last name', 'Smith', 'Doe'],
    ]);
    expect(within(notice).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Overwrite' })).toBeInTheDocument();
  });

  it('shows each invalid field under that field', async () => {
    const user = userEvent.setup();
    const { client } = fakeService(() =>
      json(422, {
        title: 'Invalid input',
        detail: '2 fields need attention.',
        errors: [
          { field: 'email', message: 'is not a valid email address' },
          { field: 'firstName', message: 'an individual needs a first or a last name' },
        ],
      }),
    );
    renderDialog(client, null);
    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Email is not a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('An individual needs a first or a last name.')).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('alert')
        .map((alert) => alert.textContent)
        .join(' '),
    ).toContain('2 fields need attention.');
  });

  it('shows a duplicate email (a 409 naming the field) on the email field, not as a conflict', async () => {
    const user = userEvent.setup();
    const { client } = fakeService(() =>
      json(409, {
        title: 'Conflict',
        detail: 'Another contact already uses the email jane@example.com.',
        field: 'email',
      }),
    );
    renderDialog(client, null);
    await user.type(await screen.findByLabelText('Last name'), 'Doe');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Another contact already uses the email jane@example.com.')).not.toHaveLength(0);
    expect(screen.queryByRole('alert', { name: /changed this contact/ })).not.toBeInTheDocument();
  });
});

describe('a contact’s other emails and phones', () => {
  it('adds, labels and removes them, and shows the server’s word on the row it concerns', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const stored: Contact = {
      ...STORED,
      otherEmails: [{ address: 'jane@home.example', label: 'home' }],
      otherPhones: [],
    };
    let attempt = 0;
    const { client, requests } = fakeService((request: Request) => {
      if (request.path === '/api/custom-fields') return json(200, []);
      if (request.method === 'PUT' && request.path === '/api/contacts/c1') {
        attempt += 1;
        if (attempt === 1) {
          return json(422, {
            title: 'Invalid input',
            detail: '1 field needs attention.',
            errors: [{ field: 'otherEmails[1].address', message: 'is not a valid email address' }],
          });
        }
        return json(200, { ...stored, ...(request.body as object), version: 4 });
      }
      return undefined;
    });
    renderDialog(client, stored, onSaved);

    expect(await screen.findByLabelText('Other email 1')).toHaveValue('jane@home.example');
    await user.click(screen.getByRole('button', { name: 'Add another email' }));
    await user.type(screen.getByLabelText('Other email 2'), 'jane at work');
    await user.click(screen.getByRole('button', { name: 'Add another phone' }));
    await user.type(screen.getByLabelText('Other phone 1'), '+44 20 7946 0958');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('This email is not a valid email address.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Other email 2'));
    await user.type(screen.getByLabelText('Other email 2'), 'jane@work.example');
    await user.click(screen.getByRole('button', { name: 'Remove other email 1' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(puts[0]?.body).toMatchObject({
      otherEmails: [
        { address: 'jane@home.example', label: 'home' },
        { address: 'jane at work', label: 'work' },
      ],
      otherPhones: [{ number: '+44 20 7946 0958', label: 'mobile' }],
    });
    expect(puts[1]?.body).toMatchObject({
      otherEmails: [{ address: 'jane@work.example', label: 'work' }],
      otherPhones: [{ number: '+44 20 7946 0958', label: 'mobile' }],
    });
  });
});
