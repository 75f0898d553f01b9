import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FirmSettings } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { FirmSettingsPanel } from './FirmSettingsPanel';

const FIRM: FirmSettings = {
  id: 'f1',
  name: 'Harbour Wealth',
  subdomain: 'harbour',
  azureTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  active: true,
  mfaRequired: false,
  entraRoles: 'auto',
  version: 3,
};

describe('firm settings', () => {
  it('lets the admin make Microsoft users follow their Entra app roles', async () => {
    const user = userEvent.setup();
    const { client, requests } = fakeService((r: Request) => {
      if (r.path === '/api/tenant' && r.method === 'GET') return json(200, FIRM);
      if (r.path === '/api/tenant' && r.method === 'PUT')
        return json(200, { ...FIRM, ...(r.body as object), version: 4 });
      return undefined;
    });
    renderWithApi(<FirmSettingsPanel />, client, { role: 'admin' });

    const auto = await screen.findByRole('radio', { name: /until a sign-in carries an Entra app role/ });
    expect(auto).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Follow Entra app roles' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('The firm settings were saved.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({ entraRoles: 'entra', mfaRequired: false });
    expect(screen.getByRole('radio', { name: 'Follow Entra app roles' })).toBeChecked();
  });
});
