import { useCallback, useEffect, useState } from 'react';
import { useApi, type AdminUser, type Role } from '../../api';
import { useSession } from '../../lib/SessionContext';

/**
 * The firm's users and the changes an admin makes to them: each change is followed by a fresh list, and its outcome
 * is a notice or an error. A change to one's own account is followed by a fresh session instead.
 */
export function useUserAdmin() {
  const api = useApi();
  const session = useSession();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    api.admin.users().then(setUsers, setError);
  }, [api]);
  useEffect(load, [load]);

  const act = async <T>(action: () => Promise<T>, done: (result: T) => void) => {
    setError(null);
    setNotice(null);
    try {
      done(await action());
      load();
    } catch (failure) {
      setError(failure);
      load();
    }
  };
  const apply = async (user: AdminUser, change: { role?: Role; active?: boolean }) => {
    if (user.id !== session.me.user.id) {
      await act(
        () => api.admin.updateUser(user.id, change, user.version),
        () => setNotice(`${user.fullName} was updated.`),
      );
      return;
    }
    // One's own change is followed by a fresh session, whose role then decides what the screen shows.
    setError(null);
    setNotice(null);
    try {
      await api.admin.updateUser(user.id, change, user.version);
      await session.reload();
      if (change.active !== false && (change.role ?? 'admin') === 'admin') load();
    } catch (failure) {
      setError(failure);
      load();
    }
  };
  return { users, error, setError, notice, setNotice, load, act, apply };
}
