import { render, screen } from '@testing-library/react';
import type { Contact } from '../../api';
import { ContactFacts } from './ContactFacts';

const imported: Contact = {
  id: 'c1',
  type: 'individual',
  displayName: 'Alan Turing',
  firstName: 'Alan',
  lastName: 'Turing',
  email: 'alan@example.com',
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  version: 1,
  externalId: '003dN00000QkZ9aQAF',
} as Contact;

describe('the contact facts', () => {
  it('show the id of the CRM record an import came from, and nothing for a contact without one', () => {
    const { rerender } = render(<ContactFacts contact={imported} />);
    expect(screen.getByText('Id in the CRM it came from')).toBeInTheDocument();
    expect(screen.getByText('003dN00000QkZ9aQAF')).toBeInTheDocument();

    rerender(<ContactFacts contact={{ ...imported, externalId: null }} />);
    expect(screen.queryByText('Id in the CRM it came from')).not.toBeInTheDocument();
  });
});
