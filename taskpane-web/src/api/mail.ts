import type { ApiClient } from './client';
import type { ContactSummary, ResponseStatus } from './types';

/** A number found in a signature: `e164` to store, `raw` as written. */
export interface ProposedPhone {
  e164: string;
  raw: string;
  kind: 'mobile' | 'work' | 'unknown';
}

export interface SignatureProposals {
  phones: ProposedPhone[];
  company: string | null;
  jobTitle: string | null;
  website: string | null;
}

export interface InteractionRequest {
  kind: 'email' | 'call' | 'letter' | 'note';
  direction?: 'inbound' | 'outbound';
  subject?: string;
  summary?: string;
  occurredAt?: string;
  internetMessageId?: string;
  conversationId?: string;
  campaignId?: string;
  responseStatus?: ResponseStatus;
  contactIds: string[];
}

export interface Interaction {
  id: string;
  kind: string;
  subject: string | null;
  contactIds: string[];
}

export interface MemberView {
  status: ResponseStatus;
  responseDate: string | null;
  version: number;
}

/** What the Outlook pane asks of the service. */
export function mailApi(client: ApiClient) {
  return {
    /** Live contacts for all of these addresses, in one call. */
    lookup: (emails: string[]) => client.get<ContactSummary[]>(`/api/contacts/lookup?${emailQuery(emails)}`),
    signature: (text: string, senderName: string, senderEmail: string) =>
      client.post<SignatureProposals>('/api/mail/signature', { text, senderName, senderEmail }),
    file: (request: InteractionRequest) => client.post<Interaction>('/api/interactions', request),
    /** Records a member's response as seen in Outlook. */
    respond: (campaignId: string, contactId: string, status: ResponseStatus) =>
      client.put<MemberView>(
        `/api/campaigns/${encodeURIComponent(campaignId)}/contacts/${encodeURIComponent(contactId)}`,
        { status, recordedVia: 'outlook' },
      ),
  };
}

function emailQuery(emails: string[]): string {
  const params = new URLSearchParams();
  for (const email of emails) params.append('email', email);
  return params.toString();
}

export type MailApi = ReturnType<typeof mailApi>;
