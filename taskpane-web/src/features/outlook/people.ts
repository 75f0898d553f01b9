import type { MailAddress, OpenMessage } from '../../office/outlook';

export type PersonRole = 'From' | 'To' | 'Cc';

export interface Person extends MailAddress {
  /** Lower-cased email, the key for the lookup. */
  key: string;
  roles: PersonRole[];
}

/**
 * The sender and every To and Cc recipient, each once, the sender first. The mailbox's own addresses (the user, a
 * shared mailbox's owner) are left out: they are not contacts.
 */
export function peopleOf(message: OpenMessage): Person[] {
  const own = new Set(message.mailboxAddresses.map((address) => address.toLowerCase()));
  const people = new Map<string, Person>();
  const add = (address: MailAddress | null, role: PersonRole) => {
    if (!address) return;
    const key = address.email.toLowerCase();
    if (own.has(key)) return;
    const known = people.get(key);
    if (known) {
      if (!known.roles.includes(role)) known.roles.push(role);
      if (!known.name && address.name) known.name = address.name;
    } else {
      people.set(key, { name: address.name, email: address.email, key, roles: [role] });
    }
  };
  add(message.from, 'From');
  message.to.forEach((address) => add(address, 'To'));
  message.cc.forEach((address) => add(address, 'Cc'));
  return [...people.values()];
}
