import type { Role } from '../api';

const RANK: Record<Role, number> = { viewer: 0, user: 1, admin: 2 };

/** Admin includes user, and user includes viewer, as on the service. */
export function roleAllows(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
