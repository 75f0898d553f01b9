import { createContext, useContext } from 'react';
import type { Me } from '../api';

export interface Session {
  me: Me;
  /** Viewers read only: no edit controls. */
  canEdit: boolean;
  signOut: () => Promise<void>;
  /** Reads /api/auth/me again (after MFA setup, a password change). */
  reload: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a signed-in AuthGate');
  return session;
}
