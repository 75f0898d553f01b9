import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import type { ContactSummary } from '../../api';
import { ContactTable } from './ContactTable';

const base = { tags: [], updatedAt: '2026-01-01T00:00:00Z', version: 0 };
const CONTACTS: ContactSummary[] = [
  {
    ...base,
    id: '1',
    type: 'individual',
    displayName: 'Sam Lee',
    email: 'sam.lee@north.example',
    companyName: 'North LLP',
    phone: '+13035550135',
    phoneDisplay: '(303) 555-0135',
  },
  { ...base, id: '2', type: 'individual', displayName: 'Sam Lee', city: 'Boulder' },
  {
    ...base,
    id: '3',
    type: 'business',
    displayName: 'Babbage & Sons Ltd',
    companyName: 'Babbage & Sons Ltd',
    phone: '+442079460958',
    phoneDisplay: '+44 20 7946 0958',
  },
];

describe('the contacts table', () => {
  it('tells people with the same name apart, and does not repeat a business’s own name as its company', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ContactTable contacts={CONTACTS} empty="none" />
      </FluentProvider>,
    );
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]!).getAllByRole('cell')[0]).toHaveTextContent('Sam Leesam.lee@north.example');
    expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent('Sam LeeBoulder');
    expect(within(rows[3]!).getAllByRole('cell')[0]).toHaveTextContent(/^Babbage & Sons Ltd$/);
    expect(within(rows[3]!).getAllByRole('cell')[2]).toBeEmptyDOMElement();
    expect(within(rows[1]!).getAllByRole('cell')[2]).toHaveTextContent('North LLP');
  });

  it('shows phones as people write them, dialling the stored number', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ContactTable contacts={CONTACTS} empty="none" />
      </FluentProvider>,
    );
    expect(screen.getByRole('link', { name: '(303) 555-0135' })).toHaveAttribute('href', 'tel:+13035550135');
    expect(screen.getByRole('link', { name: '+44 20 7946 0958' })).toHaveAttribute('href', 'tel:+442079460958');
  });
});
