import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ContactRules } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { ContactDialog } from './ContactDialog';

/** The service's rules, with small limits that a test can reach. */
const RULES: ContactRules = {
  maxLengths: { firstName: 5, lastName: 100, companyName: 200, email: 254, phone: 50, notes: 20 },
  emailPattern: String.raw`^[A-Za-z0-9!#$%&'*+/=?^_${'`'}{|}~.-]{1,64}@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$`,
  maxOtherEmails: 1,
  maxOtherPhones: 2,
  otherLabels: ['work', 'home', 'mobile', 'other'],
  maxTags: 2,
  maxTagName: 8,
  maxCustomText: 6,
  namedBy: { individual: ['firstName', 'lastName'], business: ['companyName'], estate: ['companyName'] },
};

/** A service whose rules answer as `rules` says, and which saves whatever it is sent. */
function service(rules: () => Response | Promise<Response>) {
  return fakeService((request: Request) => {
    if (request.path === '/api/contacts/rules') return rules();
    if (request.path === '/api/custom-fields') return json(200, [{ key: 'risk', label: 'Risk', type: 'text' }]);
    if (request.method === 'POST' && request.path === '/api/contacts') {
      return json(201, { id: 'c9', tags: [], version: 0, ...(request.body as object) });
    }
    return undefined;
  });
}

function openNewContact(client: ReturnType<typeof service>['client'], onSaved = vi.fn()) {
  renderWithApi(<ContactDialog contact={null} onClose={() => undefined} onSaved={onSaved} />, client, {
    role: 'user',
  });
  return onSaved;
}

/** A new contact's form once the rules have arrived, and its email input. */
async function newContactWithRules() {
  const user = userEvent.setup();
  openNewContact(service(() => json(200, RULES)).client);
  const email = await screen.findByLabelText('Email');
  await waitFor(() => expect(screen.getByLabelText('First name')).toHaveAttribute('maxLength', '5'));
  return { user, email };
}

describe('the contact form, with the service’s rules', () => {
  it('refuses more characters than a field takes', async () => {
    const user = userEvent.setup();
    openNewContact(service(() => json(200, RULES)).client);

    const first = await screen.findByLabelText('First name');
    await waitFor(() => expect(first).toHaveAttribute('maxLength', '5'));
    await user.type(first, 'Alexandra');
    await user.type(screen.getByLabelText('Notes'), 'x'.repeat(30));
    await user.type(await screen.findByLabelText('Risk'), 'moderate');

    expect(first).toHaveValue('Alexa');
    expect(screen.getByLabelText('Notes')).toHaveValue('x'.repeat(20));
    expect(screen.getByLabelText('Risk')).toHaveValue('modera');
  });

  it('says in a sentence that an email is not valid once the person leaves it', async () => {
    const { user, email } = await newContactWithRules();
    await user.type(email, 'jane@example');
    expect(screen.queryByText('Enter an email address such as name@example.com.')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Phone'));
    expect(screen.getByText('Enter an email address such as name@example.com.')).toBeInTheDocument();

    await user.type(email, '.com');
    expect(screen.queryByText('Enter an email address such as name@example.com.')).not.toBeInTheDocument();
  });

  it('says nothing when the person leaves a wrong email for a button, so that the button does not move under the click', async () => {
    const { user, email } = await newContactWithRules();
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add another email' }));
    expect(screen.getByLabelText('Email')).toHaveValue('not-an-email');
    expect(screen.queryByText('Enter an email address such as name@example.com.')).not.toBeInTheDocument();
  });

  it('offers as many other emails, phones and tags as the rules allow, and says which names a type needs', async () => {
    const user = userEvent.setup();
    openNewContact(service(() => json(200, RULES)).client);

    expect(await screen.findAllByText('Fill in at least one of first name and last name.')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Add another email' }));
    expect(screen.queryByRole('button', { name: 'Add another email' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Other email 1')).toHaveAttribute('maxLength', '254');
    await user.click(screen.getByRole('button', { name: 'Add another phone' }));
    await user.click(screen.getByRole('button', { name: 'Add another phone' }));
    expect(screen.queryByRole('button', { name: 'Add another phone' })).not.toBeInTheDocument();

    const tags = screen.getByLabelText('Tags');
    expect(tags).toHaveAttribute('maxLength', '8');
    await user.type(tags, 'vip,board,donor,');
    expect(screen.getByText('vip')).toBeInTheDocument();
    expect(screen.getByText('board')).toBeInTheDocument();
    expect(tags).toHaveValue('donor');
    expect(screen.getByText('A contact carries at most 2 tags; remove one to add another.')).toBeInTheDocument();
  });

  it('works without limits while the rules have not arrived', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(() => new Promise<Response>(() => undefined));
    const onSaved = openNewContact(client);

    const first = await screen.findByLabelText('First name');
    expect(first).not.toHaveAttribute('maxLength');
    await user.type(first, 'Alexandra');
    await user.type(screen.getByLabelText('Email'), 'not-yet-checked');
    await user.click(screen.getByLabelText('Phone'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      firstName: 'Alexandra',
      email: 'not-yet-checked',
    });
    expect(screen.queryByText('Enter an email address such as name@example.com.')).not.toBeInTheDocument();
  });

  it('works without limits when the rules cannot be read, and the forms open at once share one request', async () => {
    const user = userEvent.setup();
    const { client, requests } = service(() => json(500, { title: 'Internal Server Error' }));
    openNewContact(client);
    openNewContact(client);

    const [first] = await screen.findAllByLabelText('First name');
    await user.type(first!, 'Alexandra');
    expect(first).toHaveValue('Alexandra');
    expect(requests.filter((r) => r.path === '/api/contacts/rules')).toHaveLength(1);
  });
});
