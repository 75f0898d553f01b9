import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './api';
import { fakeService, json, me } from './test/fakeApi';
import { officeSignIn, type OfficeSignIn } from './features/pane/officeSignIn';
import { DialogApp } from './features/pane/DialogApp';
import { PaneApp } from './PaneApp';
import { startPane } from './paneStart';
import { localCredentials } from './features/pane/sessionTokens';
import { requestUrl } from './test/requestUrl';

vi.mock('./office/excel', () => ({
  readWorkbookInfo: async () => ({ workbookName: 'Clients 2026.xlsx', sheetName: 'Prospects' }),
  listSheets: async () => [{ name: 'Prospects', rows: 12, hidden: false, active: true }],
  activateSheet: async () => undefined,
}));

/** A service that accepts one access token, and swaps one refresh token for a new access token. */
function service() {
  let valid = 'access-1';
  const { client, requests, fetch } = fakeService((request) => {
    if (request.path === '/api/config') return json(200, { localSignIn: true, microsoft: null });
    if (request.path === '/api/auth/refresh') {
      if ((request.body as { refreshToken?: string }).refreshToken !== 'refresh-1')
        return json(401, { detail: 'Sign in first.' });
      valid = 'access-2';
      return json(200, { accessToken: 'access-2', refreshToken: 'refresh-2' });
    }
    if (request.path === '/api/auth/logout') return new Response(null, { status: 204 });
    if (request.path === '/api/auth/login')
      return json(200, { accessToken: 'access-1', refreshToken: 'refresh-1', tokenType: 'Bearer' });
    if (request.path === '/api/auth/me') return json(200, me('user'));
    if (request.path === '/api/sheet-links') return json(200, []);
    return undefined;
  });
  const authorizations = () =>
    fetch.mock.calls.map(([, init]) => (init?.headers as Record<string, string> | undefined)?.Authorization ?? null);
  return { client, requests, authorizations, expire: () => (valid = 'none'), valid: () => valid };
}

const dialogSignIn = (): OfficeSignIn & { interactive: ReturnType<typeof vi.fn> } => ({
  silent: vi.fn(async () => null),
  interactive: vi.fn(async () => localCredentials({ accessToken: 'access-1', refreshToken: 'refresh-1' })),
});

/** A local sign-in kept from an earlier open, its access token still fresh. */
function keepFreshSignIn() {
  window.localStorage.setItem(
    'steward.pane.signIn',
    JSON.stringify({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      accessTokenExpiresAt: '2999-01-01T00:00:00Z',
    }),
  );
}

/** The service behind an Excel pane: the firm's settings as given, a user, and no linked sheets. */
function excelService(settings: () => Response | Promise<Response>) {
  return fakeService((request) => {
    if (request.path === '/api/config') return settings();
    if (request.path === '/api/auth/me') return json(200, me('user'));
    if (request.path === '/api/sheet-links') return json(200, []);
    return undefined;
  });
}

describe('the Office panes', () => {
  it('sign in on a click and then send the token as Bearer', async () => {
    const { client, authorizations } = service();
    const signIn = dialogSignIn();
    render(<PaneApp host="excel" client={client} signIn={signIn} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Clients 2026.xlsx')).toBeInTheDocument();
    expect(screen.getByText('Sheet: Prospects')).toBeInTheDocument();
    expect(screen.getByText('Test firm')).toBeInTheDocument();
    expect(screen.getByText('Ada Admin (ada@example.com)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Steward in the browser' })).toHaveAttribute(
      'href',
      `${window.location.origin}/`,
    );
    expect(await screen.findByRole('button', { name: 'Import this sheet' })).toBeEnabled();
    expect(authorizations().at(-1)).toBe('Bearer access-1');
  });

  it('say in words why signing in failed, and offer it again', async () => {
    const { client } = service();
    const signIn = dialogSignIn();
    signIn.interactive.mockRejectedValueOnce(new Error('The sign-in window was closed before signing in.'));
    render(<PaneApp host="outlook" client={client} signIn={signIn} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The sign-in window was closed before signing in.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('refresh an expired token with the refresh token kept in memory', async () => {
    const calls: string[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(requestUrl(input), 'http://localhost').pathname;
      const authorization = (init?.headers as Record<string, string>).Authorization ?? '';
      calls.push(`${path} ${authorization}`.trim());
      if (path === '/api/config') return json(200, { localSignIn: true });
      if (path === '/api/auth/refresh') {
        const body = JSON.parse(init?.body as string) as { refreshToken: string };
        return body.refreshToken === 'refresh-1'
          ? json(200, { accessToken: 'access-2', refreshToken: 'refresh-2' })
          : json(401, { detail: 'Sign in first.' });
      }
      if (path === '/api/auth/me') {
        return authorization === 'Bearer access-2' ? json(200, me('user')) : json(401, { detail: 'Expired.' });
      }
      return json(404, {});
    };
    const client = new ApiClient({ fetch });
    const credentials = localCredentials({ accessToken: 'stale', refreshToken: 'refresh-1' });
    render(
      <PaneApp
        host="excel"
        client={client}
        signIn={{ silent: async () => credentials, interactive: async () => credentials }}
      />,
    );
    expect(await screen.findByText('Test firm')).toBeInTheDocument();
    expect(calls).toEqual([
      '/api/config',
      '/api/auth/me Bearer stale',
      '/api/auth/refresh Bearer stale',
      '/api/auth/me Bearer access-2',
    ]);
    expect(credentials.logoutBody()).toEqual({ refreshToken: 'refresh-2' });
  });

  it('resume a local sign-in kept from an earlier open without a click, and forget it on sign-out', async () => {
    window.localStorage.setItem(
      'steward.pane.signIn',
      JSON.stringify({ accessToken: 'stale', refreshToken: 'refresh-1', accessTokenExpiresAt: '2020-01-01T00:00:00Z' }),
    );
    const { client, requests } = service();
    render(<PaneApp host="excel" client={client} signIn={officeSignIn} />);
    expect(await screen.findByText('Test firm')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/auth/refresh')?.body).toEqual({ refreshToken: 'refresh-1' });
    expect(JSON.parse(window.localStorage.getItem('steward.pane.signIn')!)).toMatchObject({
      refreshToken: 'refresh-2',
    });

    await userEvent.click(await screen.findByRole('button', { name: /^Account:/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/auth/logout')?.body).toEqual({ refreshToken: 'refresh-2' });
    expect(window.localStorage.getItem('steward.pane.signIn')).toBeNull();
  });

  it("ask who the user is with a kept sign-in while the firm's settings are still on their way", async () => {
    keepFreshSignIn();
    let sendSettings: () => void = () => undefined;
    const settings = new Promise<void>((resolve) => (sendSettings = resolve));
    const { client, requests } = excelService(() =>
      settings.then(() => json(200, { localSignIn: true, microsoft: null })),
    );
    const { opening } = startPane(Promise.resolve('excel'), { client, signIn: officeSignIn });
    await waitFor(() => expect(requests.map((r) => r.path)).toContain('/api/auth/me'));
    render(<PaneApp host="excel" client={client} signIn={officeSignIn} opening={opening} />);
    expect(screen.queryByText('Test firm')).not.toBeInTheDocument();

    sendSettings();
    expect(await screen.findByText('Test firm')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('draw the signed-in pane at once when its opening requests answered before the first render', async () => {
    keepFreshSignIn();
    const { client, requests } = excelService(() => json(200, { localSignIn: true, microsoft: null }));
    const { opening } = startPane(Promise.resolve('excel'), { client, signIn: officeSignIn });
    await opening.promise;
    render(<PaneApp host="excel" client={client} signIn={officeSignIn} opening={opening} />);
    expect(screen.queryByText('Loading Steward…')).not.toBeInTheDocument();
    expect(await screen.findByText('Test firm')).toBeInTheDocument();
    // The pane asked once: its sign-in did not start over after the first render.
    expect(requests.filter((r) => r.path === '/api/auth/me')).toHaveLength(1);
    expect(requests.filter((r) => r.path === '/api/config')).toHaveLength(1);
  });

  it('forget a kept sign-in once the firm has turned Steward passwords off', async () => {
    keepFreshSignIn();
    const { client } = fakeService((request) => {
      if (request.path === '/api/config') return json(200, { localSignIn: false, microsoft: null });
      if (request.path === '/api/auth/me') return json(200, me('user'));
      return undefined;
    });
    const { opening } = startPane(Promise.resolve('excel'), { client, signIn: officeSignIn });
    render(<PaneApp host="excel" client={client} signIn={officeSignIn} opening={opening} />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('Test firm')).not.toBeInTheDocument();
    expect(window.localStorage.getItem('steward.pane.signIn')).toBeNull();
  });

  it('end the sign-in on the service when signing out', async () => {
    const { client, requests } = service();
    render(<PaneApp host="excel" client={client} signIn={dialogSignIn()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Account:/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/auth/logout')?.body).toEqual({ refreshToken: 'refresh-1' });
  });

  it('ask for the browser when the account must change its password first', async () => {
    const { client } = fakeService((request) => {
      if (request.path === '/api/config') return json(200, { localSignIn: true });
      if (request.path === '/api/auth/me') return json(200, me('user', { mustChangePassword: true }));
      return undefined;
    });
    render(<PaneApp host="outlook" client={client} signIn={dialogSignIn()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/Choose a new password in Steward first/)).toBeInTheDocument();
  });
});

describe('the sign-in dialog', () => {
  it('signs in with the local password and hands the tokens to the pane', async () => {
    const { client, requests } = service();
    const sent: string[] = [];
    const { DialogSignIn } = await import('./features/pane/DialogSignIn');
    const { ApiProvider } = await import('./api');
    render(
      <ApiProvider client={client}>
        <DialogSignIn send={(message) => sent.push(message)} />
      </ApiProvider>,
    );
    await userEvent.type(await screen.findByLabelText(/Email/), 'ada@example.com');
    await userEvent.type(screen.getByLabelText(/Password/), 'secret-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(JSON.parse(sent[0] ?? '')).toMatchObject({
      type: 'signedIn',
      session: { accessToken: 'access-1', refreshToken: 'refresh-1' },
    });
    expect(requests.find((r) => r.path === '/api/auth/login')?.body).toMatchObject({ email: 'ada@example.com' });
    expect(screen.queryByRole('button', { name: 'Sign in with Microsoft' })).toBeNull();
  });

  it('renders as its own app', async () => {
    const { client } = service();
    render(<DialogApp client={client} />);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });
});
