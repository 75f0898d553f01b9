import type { Api, ContactSummary, InteractionRequest } from '../../api';
import type { MailAddress, OpenMessage } from '../../office/outlook';

/** How much of the body is kept as the filed email's summary. */
const SUMMARY_CHARS = 2000;

/** Adds tags to a contact (read, then written back with the version read: a concurrent change is a 409). */
export async function addTags(api: Api, contact: ContactSummary, tags: string[]): Promise<ContactSummary> {
  const full = await api.contacts.get(contact.id);
  const merged = [...full.tags];
  for (const tag of tags) if (!merged.some((known) => known.toLowerCase() === tag.toLowerCase())) merged.push(tag);
  const { id, displayName, createdAt, updatedAt, deletedAt, ...fields } = full;
  const saved = await api.contacts.update(contact.id, { ...fields, tags: merged });
  return { ...contact, tags: saved.tags, version: saved.version, updatedAt: saved.updatedAt };
}

export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

export function noteRequest(contactIds: string[], text: string): InteractionRequest {
  return { kind: 'note', summary: text.trim(), occurredAt: new Date().toISOString(), contactIds };
}

const participant = (address: MailAddress) => ({ address: address.email, name: address.name });

/**
 * The open email as an interaction, with its sender and recipients so that the service files it on every contact on
 * it (besides `contactIds`); the service files one message once.
 */
export function emailRequest(message: OpenMessage, body: string, contactIds: string[] = []): InteractionRequest {
  const own = new Set(message.mailboxAddresses.map((address) => address.toLowerCase()));
  const outbound = message.from !== null && own.has(message.from.email.toLowerCase());
  const summary = body.replace(/\s+\n/g, '\n').trim().slice(0, SUMMARY_CHARS);
  return {
    kind: 'email',
    direction: outbound ? 'outbound' : 'inbound',
    subject: message.subject.slice(0, 500) || undefined,
    summary: summary || undefined,
    occurredAt: message.dateTimeCreated ?? undefined,
    internetMessageId: message.internetMessageId ?? undefined,
    conversationId: message.conversationId ?? undefined,
    contactIds,
    from: message.from ? participant(message.from) : undefined,
    to: message.to.map(participant),
    cc: message.cc.map(participant),
    restId: message.restId ?? undefined,
    sharedMailbox: message.sharedOwner ?? undefined,
  };
}
