import type { ApiClient } from './client';
import { ApiError } from './errors';
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

/** A sender or recipient as the service stores it. */
export interface Participant {
  address: string;
  name?: string;
}

/**
 * An interaction to file. An email is filed on `contactIds` and on every contact among `from`, `to` and `cc`; with a
 * `restId` and a Microsoft sign-in the service reads it through Graph instead.
 */
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
  from?: Participant;
  to?: Participant[];
  cc?: Participant[];
  restId?: string;
  sharedMailbox?: string;
}

export interface FiledOn {
  id: string;
  displayName: string;
}

export interface Interaction {
  id: string;
  kind: string;
  subject: string | null;
  contactIds: string[];
  campaignId?: string | null;
  webLink?: string | null;
  /**
   * `outlook` when filed from the pane, `mailbox` when the mailbox sync found it, `campaign` when Steward sent it,
   * `tracked` when written in Outlook from a campaign's template and tracked.
   */
  filedVia?: 'outlook' | 'mailbox' | 'campaign' | 'tracked' | null;
}

/** What a filing did: the contacts the email is on, those this filing added, and where its details came from. */
export interface FilingResult extends Interaction {
  created: boolean;
  contacts: FiledOn[];
  newlyLinkedContactIds: string[];
  readThrough: 'graph' | 'outlook';
  /** Why Microsoft Graph did not read the message, when it was asked to. */
  graphUnavailable?: string | null;
}

/** An email already in Steward, with the campaign it answers. */
export interface FiledMessage extends Interaction {
  campaignName?: string | null;
  contacts: FiledOn[];
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
    file: (request: InteractionRequest) => client.post<FilingResult>('/api/interactions', request),
    /** The email with this Internet message id if it is in Steward (filed, or found by the mailbox sync), else null. */
    byMessage: (internetMessageId: string) =>
      client
        .get<FiledMessage>('/api/interactions/by-message', { query: { internetMessageId } })
        .catch((failure: unknown) => {
          if (failure instanceof ApiError && failure.status === 404) return null;
          throw failure;
        }),
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
