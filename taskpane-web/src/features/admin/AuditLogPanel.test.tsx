import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { page } from '../../test/crmFixtures';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { AuditLogPanel } from './AuditLogPanel';

const ENTRY = {
  id: 'a1',
  occurredAt: '2026-03-02T09:30:00Z',
  actorLabel: 'Ada Admin',
  action: 'contact.updated',
  entityType: 'contact',
  entityId: 'c1',
  changes: { lastName: { before: 'Doe', after: 'Smith' } },
  entityLabel: 'Jane Smith',
};

function service() {
  return fakeService((r: Request) => {
    if (r.path === '/api/users') return json(200, []);
    if (r.path === '/api/audit') return json(200, page([ENTRY]));
    return undefined;
  });
}

describe('audit log', () => {
  it('sends the filters as the query, and the export link carries the same filters', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<AuditLogPanel />, client, { role: 'admin' });
    await screen.findByRole('link', { name: 'Jane Smith' });

    await user.type(screen.getByLabelText('Action'), 'auth.');
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await waitFor(() => {
      const last = requests.filter((r) => r.path === '/api/audit').at(-1);
      expect(last?.query.get('action')).toBe('auth.');
      expect(last?.query.get('from')).toBe('2026-03-01');
    });
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/audit/export?action=auth.&from=2026-03-01',
    );
  });

  it('opens an entry to its fields before and after', async () => {
    const user = userEvent.setup();
    const { client } = service();
    renderWithApi(<AuditLogPanel />, client, { role: 'admin' });
    await user.click(
      await screen.findByRole('button', {
        name: /^Details of contact.updated: Ada Admin changed Jane Smith’s last name,/,
      }),
    );
    expect(screen.getByRole('row', { name: /Last name/ })).toHaveTextContent('Last nameDoeSmith');
    expect(screen.getByRole('link', { name: 'Jane Smith' })).toHaveAttribute('href', '/contacts/c1');
  });
});
