import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeService, json, renderWithApi } from '../../test/fakeApi';
import { AddinsPanel } from './AddinsPanel';

const ADDINS = {
  version: '1.0.0.0',
  addins: [
    {
      host: 'outlook',
      name: 'Steward for Outlook',
      fileName: 'outlook.xml',
      url: 'https://crm.example.com/addin/outlook.xml',
    },
  ],
};
const service = () =>
  fakeService((r) =>
    r.path === '/api/admin/addins' || r.path.startsWith('/api/addins') ? json(200, ADDINS) : undefined,
  );

describe('the add-ins page', () => {
  it('says that Office needs HTTPS, and how to get it, on a plain-HTTP service', async () => {
    renderWithApi(<AddinsPanel location={{ protocol: 'http:', origin: 'http://10.0.0.5:8080' }} />, service().client, {
      role: 'admin',
    });
    expect(screen.getByText('Office needs HTTPS')).toBeInTheDocument();
    expect(screen.getByText(/served over plain HTTP here \(http:\/\/10\.0\.0\.5:8080\)/)).toBeInTheDocument();
    expect(screen.getByText('STEWARD_TLS_CERT')).toBeInTheDocument();
  });

  it('says nothing of it over HTTPS', async () => {
    renderWithApi(
      <AddinsPanel location={{ protocol: 'https:', origin: 'https://crm.example.com' }} />,
      service().client,
      { role: 'admin' },
    );
    expect(screen.queryByText('Office needs HTTPS')).toBeNull();
  });
});
