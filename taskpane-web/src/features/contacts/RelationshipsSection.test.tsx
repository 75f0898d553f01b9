import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ContactSummary, Relationship } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { RelationshipsSection } from './RelationshipsSection';

const trust: ContactSummary = {
  id: 't1',
  type: 'business',
  displayName: 'Vance Family Trust',
  companyName: 'Vance Family Trust',
  tags: [],
  updatedAt: '2026-01-01T00:00:00Z',
  version: 0,
};
const spouse: ContactSummary = { ...trust, id: 's1', type: 'individual', displayName: 'Walter Vance' };

function service() {
  const edges: Relationship[] = [
    { id: 'r1', type: 'spouse', direction: 'incoming', label: 'Spouse of', otherContact: spouse, createdAt: '' },
  ];
  return fakeService((request: Request) => {
    if (request.path === '/api/contacts/e1/relationships' && request.method === 'GET') return json(200, edges);
    if (request.path === '/api/contacts/e1/relationships' && request.method === 'POST') {
      edges.push({
        id: 'r2',
        type: 'trustee',
        direction: 'outgoing',
        label: 'Trustee of',
        otherContact: trust,
        createdAt: '',
      });
      return json(201, edges[1]);
    }
    if (request.path === '/api/contacts')
      return json(200, { items: [trust], page: 0, size: 10, totalElements: 1, totalPages: 1, totalCapped: false });
    return undefined;
  });
}

describe('relationships', () => {
  it('adds one with the contact picker and the type dropdown', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<RelationshipsSection contactId="e1" contactName="Eleanor Vance" canEdit />, client, {
      role: 'user',
    });
    expect(await screen.findByRole('link', { name: 'Walter Vance' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add' }));
    await user.click(screen.getByRole('combobox', { name: /Eleanor Vance is/ }));
    await user.click(screen.getByRole('option', { name: 'Trustee of' }));
    await user.type(screen.getByRole('combobox', { name: /Other contact/ }), 'Vance');
    await user.click(await screen.findByRole('option', { name: /Vance Family Trust/ }));
    await user.click(screen.getByRole('button', { name: 'Add relationship' }));

    expect(await screen.findByRole('link', { name: 'Vance Family Trust' })).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ toContactId: 't1', type: 'trustee' });
    // A loaded machine may let the debounce fire between keys, and choosing an option searches its name: the word typed
    // is among the searches, whatever came before or after it.
    expect(requests.filter((r) => r.path === '/api/contacts').map((r) => r.query.get('q'))).toContain('Vance');
  });

  it('asks for a contact from the list before adding', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<RelationshipsSection contactId="e1" contactName="Eleanor Vance" canEdit />, client, {
      role: 'user',
    });
    await user.click(await screen.findByRole('button', { name: 'Add' }));
    await user.click(screen.getByRole('button', { name: 'Add relationship' }));
    expect(await screen.findByText('Choose a contact from the list.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows viewers the relationships without add or remove', async () => {
    const { client } = service();
    renderWithApi(<RelationshipsSection contactId="e1" contactName="Eleanor Vance" canEdit={false} />, client, {
      role: 'viewer',
    });
    await waitFor(() => expect(screen.getByText('Spouse of')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Add' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });
});
