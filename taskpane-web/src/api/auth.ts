import type { ApiClient } from './client';
import type { LoginRequest, Me, MfaSetup, PublicConfig } from './types';

export function authApi(client: ApiClient) {
  return {
    config: () => client.get<PublicConfig>('/api/config'),
    me: () => client.get<Me>('/api/auth/me'),
    login: (request: LoginRequest) => client.post<unknown>('/api/auth/login', request),
    logout: () => client.post<void>('/api/auth/logout'),
    /** Swaps a pane's refresh token (it works once) for new tokens, returned in the body. */
    refresh: (refreshToken: string) => client.post<unknown>('/api/auth/refresh', { refreshToken }),
    changePassword: (currentPassword: string, newPassword: string) =>
      client.post<unknown>('/api/auth/password', { currentPassword, newPassword }),
    startMfaSetup: () => client.post<MfaSetup>('/api/auth/mfa/setup'),
    verifyMfa: (code: string) => client.post<{ recoveryCodes: string[] }>('/api/auth/mfa/verify', { code }),
  };
}

export type AuthApi = ReturnType<typeof authApi>;
