import { useCallback } from 'react';
import { useLoadable } from '../../../lib/useLoadable';
import { useApi, type ContactSummary } from '../../../api';
import { readAllRecipients } from '../../../office/compose';
import type { MailAddress } from '../../../office/outlook';

export interface KnownRecipient {
  address: MailAddress;
  contact: ContactSummary;
}

export type ComposeRecipients =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'none' }
  | {
      status: 'read';
      /** Every To and Cc address of the mail. */
      all: MailAddress[];
      /** Those that are Steward contacts, in the mail's order, each contact once. */
      known: KnownRecipient[];
      unknown: MailAddress[];
    };

/** The To and Cc recipients of the message being written, and the Steward contacts with those addresses. */
export function useComposeRecipients(): ComposeRecipients & { reload: () => void } {
  const api = useApi();
  const read = useCallback(async (): Promise<ComposeRecipients> => {
    const all = await readAllRecipients();
    if (all.length === 0) return { status: 'none' };
    const found = await api.mail.lookup(all.map((a) => a.email));
    const known: KnownRecipient[] = [];
    const unknown: MailAddress[] = [];
    for (const address of all) {
      const wanted = address.email.toLowerCase();
      const contact = found.find((c) => [c.email, ...(c.otherEmails ?? [])].some((a) => a?.toLowerCase() === wanted));
      if (!contact) unknown.push(address);
      else if (!known.some((k) => k.contact.id === contact.id)) known.push({ address, contact });
    }
    return { status: 'read', all, known, unknown };
  }, [api]);
  const { state, reload } = useLoadable(read);

  return { ...state, reload };
}

/** "Ann Lee", "Ann Lee and Bob Stone", "Ann Lee, Bob Stone and Cy Doe". */
export function namesOf(contacts: { displayName?: string | null; email?: string | null }[]): string {
  const names = contacts.map((c) => c.displayName || c.email || 'someone');
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
