import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useApi, type PublicConfig } from '../../api';
import { fakeService, json, me, renderWithApi, type Request } from '../../test/fakeApi';
import { AuthGate } from './AuthGate';
import type { MicrosoftSignIn } from './microsoft';

const LOCAL_ONLY: PublicConfig = { localSignIn: true };

function stubMicrosoft(): MicrosoftSignIn {
  return {
    signIn: vi.fn(async () => undefined),
    resume: vi.fn(async () => null),
    signOut: vi.fn(async () => undefined),
  };
}

/** A service where the user signs in with MFA, must change a one-time password, then must set up MFA. */
function service(config: PublicConfig = LOCAL_ONLY) {
  let stage: 'out' | 'password' | 'mfa' | 'in' = 'out';
  return fakeService((request: Request) => {
    const key = `${request.method} ${request.path}`;
    switch (key) {
      case 'GET /api/config':
        return json(200, config);
      case 'POST /api/auth/refresh':
        return json(401, { detail: 'Sign in first.' });
      case 'GET /api/auth/me':
        if (stage === 'out') return json(401, { detail: 'Sign in first.' });
        return json(200, me('admin', { mustChangePassword: stage === 'password', mfaSetupRequired: stage === 'mfa' }));
      case 'POST /api/auth/login': {
        const body = request.body as { password: string; code?: string };
        if (body.password !== 'one-time-pass') return json(401, { detail: 'Wrong email or password.' });
        if (!body.code) return json(401, { title: 'Code needed', detail: 'Enter your code.', mfaRequired: true });
        stage = 'password';
        return json(200, {});
      }
      case 'POST /api/auth/password':
        stage = 'mfa';
        return json(200, {});
      case 'POST /api/auth/mfa/setup':
        return json(200, {
          secret: 'JBSWY3DPEHPK3PXP',
          otpauthUri: 'otpauth://totp/x',
          qrCodeDataUri: 'data:image/png;base64,AA==',
        });
      case 'POST /api/auth/mfa/verify':
        stage = 'in';
        return json(200, { recoveryCodes: ['aaaa-bbbb', 'cccc-dddd'] });
      default:
        return undefined;
    }
  });
}

/** Signs in as Ada with the one-time password, which the fake service answers with the MFA step. */
async function signInWithPassword(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^Email/), 'ada@example.com');
  await user.type(screen.getByLabelText(/^Password/), 'one-time-pass');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in flow', () => {
  it('asks for the code, then a new password, then MFA setup, then opens the app', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(
      <AuthGate microsoft={stubMicrosoft()}>
        <p>The app</p>
      </AuthGate>,
      client,
    );

    await signInWithPassword(user);

    await user.type(await screen.findByLabelText(/Code from your authenticator app/), '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const login = requests.filter((r) => r.path === '/api/auth/login').at(-1);
    expect(login?.body).toMatchObject({ email: 'ada@example.com', code: '123456' });

    expect(await screen.findByRole('heading', { name: 'Choose your password' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Current password/), 'one-time-pass');
    await user.type(screen.getByLabelText(/^New password\b(?! again)/), 'Quiet-Harbour-Lantern-42');
    await user.type(screen.getByLabelText(/^New password again/), 'Quiet-Harbour-Lantern-42');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByRole('img', { name: /QR code/ })).toHaveAttribute('src', 'data:image/png;base64,AA==');
    expect(screen.getByTestId('mfa-secret')).toHaveTextContent('JBSWY3DPEHPK3PXP');
    await user.type(screen.getByLabelText(/^Code from the app/), '654321');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));

    expect(await screen.findByRole('list', { name: 'Recovery codes' })).toHaveTextContent('aaaa-bbbb');
    await user.click(screen.getByRole('button', { name: 'I have saved my codes' }));
    expect(await screen.findByText('The app')).toBeInTheDocument();
  });

  it('shows a refused sign-in in plain words', async () => {
    const user = userEvent.setup();
    const { client } = service();
    renderWithApi(<AuthGate microsoft={stubMicrosoft()}>app</AuthGate>, client);
    await user.type(await screen.findByLabelText(/^Email/), 'ada@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
  });

  it('tells a user who forgot their password to ask their admin', async () => {
    renderWithApi(<AuthGate microsoft={stubMicrosoft()}>app</AuthGate>, service().client);
    expect(await screen.findByText(/Forgot your password\? Ask your firm’s Steward administrator/)).toBeInTheDocument();
  });

  it('shows one sentence per broken password rule, on the new password field', async () => {
    const user = userEvent.setup();
    const { client } = fakeService((request: Request) => {
      if (request.path === '/api/config') return json(200, LOCAL_ONLY);
      if (request.path === '/api/auth/me') return json(200, me('user', { mustChangePassword: true }));
      if (request.path === '/api/auth/password') {
        return json(422, {
          title: 'Invalid input',
          detail: 'One field needs attention.',
          errors: [
            {
              field: 'newPassword',
              message: 'Use at least three of these: lowercase letters, uppercase letters, digits and symbols.',
            },
            { field: 'newPassword', message: 'This password is too common, or too close to a common password.' },
          ],
        });
      }
      return undefined;
    });
    renderWithApi(<AuthGate microsoft={stubMicrosoft()}>app</AuthGate>, client);
    await user.type(await screen.findByLabelText(/^Current password/), 'one-time-pass');
    const newPassword = screen.getAllByLabelText(/^New password/)[0]!;
    await user.type(newPassword, 'password1234');
    await user.type(screen.getByLabelText(/^New password again/), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Save password' }));
    const rule = await screen.findByText('This password is too common, or too close to a common password.');
    expect(
      screen.getByText('Use at least three of these: lowercase letters, uppercase letters, digits and symbols.'),
    ).toBeInTheDocument();
    expect(rule.textContent).not.toContain(';');
    expect(newPassword).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers a recovery code instead of the authenticator code', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    renderWithApi(<AuthGate microsoft={stubMicrosoft()}>app</AuthGate>, client);
    await signInWithPassword(user);
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText(/^Recovery code/), 'aaaa-bbbb');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() =>
      expect(requests.filter((r) => r.path === '/api/auth/login').at(-1)?.body).toMatchObject({
        recoveryCode: 'aaaa-bbbb',
      }),
    );
  });

  it('shows "Sign in with Microsoft" only when the service has Microsoft configured', async () => {
    const microsoft = stubMicrosoft();
    const withMicrosoft = service({
      localSignIn: true,
      microsoft: { clientId: 'c', authority: 'https://login.example/t', scopes: ['api://c/access_as_user'] },
    });
    const first = renderWithApi(<AuthGate microsoft={microsoft}>app</AuthGate>, withMicrosoft.client);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }));
    expect(microsoft.signIn).toHaveBeenCalledWith(expect.objectContaining({ scopes: ['api://c/access_as_user'] }));
    first.unmount();

    renderWithApi(<AuthGate microsoft={stubMicrosoft()}>app</AuthGate>, service().client);
    await screen.findByLabelText(/^Email/);
    expect(screen.queryByRole('button', { name: 'Sign in with Microsoft' })).not.toBeInTheDocument();
  });

  it('says so when a sign-in ends by itself, and offers to sign in again', async () => {
    let signedIn = true;
    const { client } = fakeService((request) => {
      if (request.path === '/api/config') return json(200, LOCAL_ONLY);
      if (request.path === '/api/auth/refresh') return json(401, { detail: 'Sign in first.' });
      if (request.path === '/api/auth/me')
        return signedIn ? json(200, me('user')) : json(401, { detail: 'Sign in again.' });
      return undefined;
    });
    function CallsTheApi() {
      const api = useApi();
      return <button onClick={() => void api.auth.me().catch(() => undefined)}>Call</button>;
    }
    renderWithApi(
      <AuthGate microsoft={stubMicrosoft()}>
        <CallsTheApi />
      </AuthGate>,
      client,
    );
    const call = await screen.findByRole('button', { name: 'Call' });
    signedIn = false;
    await userEvent.click(call);
    expect(await screen.findByText('Your sign-in has ended. Please sign in again.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });
});
