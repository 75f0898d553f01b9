import type { Api, ContactSummary } from '../../api';
import { readCurrentMessage } from '../../office/outlook';
import { peopleOf } from './people';

/** Lookups asked for while the pane was still signing in, by their list of addresses. */
const early = new Map<string, Promise<ContactSummary[]>>();

const keyOf = (emails: string[]) => emails.join('\n');

/** The contacts behind these addresses: the lookup started at sign-in when there is one, else a new one. */
export function lookupPeople(api: Api, emails: string[]): Promise<ContactSummary[]> {
  const key = keyOf(emails);
  const started = early.get(key);
  early.delete(key);
  return started ?? api.mail.lookup(emails);
}

/**
 * Starts the lookup of the open message's people as soon as the pane has its tokens, while it still asks who the
 * user is: the card then needs no second round trip after sign-in.
 */
export async function prefetchPeople(api: Api): Promise<void> {
  const message = await readCurrentMessage().catch(() => null);
  if (!message) return;
  const emails = peopleOf(message).map((person) => person.email);
  if (emails.length === 0) return;
  const lookup = api.mail.lookup(emails);
  lookup.catch(() => early.delete(keyOf(emails)));
  early.set(keyOf(emails), lookup);
}
