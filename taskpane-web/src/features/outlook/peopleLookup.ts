import type { Api, ContactSummary } from '../../api';
import { tracked, type Tracked } from '../../lib/tracked';
import { readOpeningMessage } from '../../office/outlook';
import { peopleOf } from './people';

/** Lookups asked for while the pane was still signing in, by their list of addresses. */
const early = new Map<string, Tracked<ContactSummary[]>>();

const keyOf = (emails: string[]) => emails.join('\n');

/** The contacts behind these addresses: the lookup started at sign-in when there is one, else a new one. */
export function lookupPeople(api: Api, emails: string[]): Promise<ContactSummary[]> {
  const key = keyOf(emails);
  const started = early.get(key);
  early.delete(key);
  return started?.promise ?? api.mail.lookup(emails);
}

/**
 * The answer of the lookup started at sign-in for these addresses, when it has already arrived: the first render then
 * shows the cards at once. It is handed out once, as {@link lookupPeople} does.
 */
export function takeSettledLookup(emails: string[]): ContactSummary[] | undefined {
  const key = keyOf(emails);
  const answer = early.get(key)?.settled();
  if (answer) early.delete(key);
  return answer?.value;
}

/**
 * Starts the lookup of the open message's people as soon as the pane has its tokens, while it still asks who the
 * user is: the card then needs no second round trip after sign-in.
 */
export async function prefetchPeople(api: Api): Promise<void> {
  const message = await readOpeningMessage().catch(() => null);
  if (!message) return;
  const emails = peopleOf(message).map((person) => person.email);
  if (emails.length === 0) return;
  const lookup = api.mail.lookup(emails);
  lookup.catch(() => early.delete(keyOf(emails)));
  early.set(keyOf(emails), tracked(lookup));
}
