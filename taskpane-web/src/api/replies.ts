import type { ApiClient } from './client';

/** How a reply was tied to its campaign, strongest first; only `sender` may be undone. */
export type MatchedBy = 'conversation' | 'in_reply_to' | 'sender';

/** A reply to a campaign found in one of the firm's mailboxes. */
export interface CampaignReply {
  id: string;
  campaignId: string;
  contactId: string;
  contactName: string | null;
  sender: string | null;
  subject: string | null;
  /** The message's Message-ID, the same in every mailbox. */
  internetMessageId: string;
  receivedAt: string;
  matchedBy: MatchedBy;
  /** Opens the message in Outlook on the web. */
  webLink: string | null;
  mailbox: string | null;
  undoneAt: string | null;
}

export type MailboxKind = 'shared' | 'user';

/** A mailbox Steward reads for replies, and how its last sync went. */
export interface Mailbox {
  id: string;
  address: string;
  kind: MailboxKind;
  createdAt: string;
  lastSyncedAt: string | null;
  lastError: string | null;
  messagesRead: number;
  repliesFound: number;
}

export interface SyncResult {
  ran: boolean;
  messagesRead: number;
  headersRead: number;
  repliesFound: number;
  resynced: boolean;
  /** Why the sync failed; absent when it did not. */
  error?: string;
}

/** Replies found in mailboxes, and (for admins) the mailboxes read. */
export function repliesApi(client: ApiClient) {
  const replies = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}/replies`;
  const mailbox = (id: string) => `/api/tenant/mailboxes/${encodeURIComponent(id)}`;
  return {
    ofCampaign: (campaignId: string) => client.get<CampaignReply[]>(replies(campaignId)),
    /** The reply this message was found to be: none or one (for the Outlook pane). */
    ofMessage: (internetMessageId: string) =>
      client.get<CampaignReply[]>('/api/mailbox-replies', { query: { internetMessageId } }),
    undo: (campaignId: string, replyId: string) =>
      client.post<CampaignReply>(`${replies(campaignId)}/${encodeURIComponent(replyId)}/undo`),
    mailboxes: () => client.get<Mailbox[]>('/api/tenant/mailboxes'),
    addMailbox: (address: string, kind: MailboxKind) =>
      client.post<Mailbox>('/api/tenant/mailboxes', { address, kind }),
    removeMailbox: (id: string) => client.delete(mailbox(id)),
    syncMailbox: (id: string) => client.post<SyncResult>(`${mailbox(id)}/sync`),
  };
}

export type RepliesApi = ReturnType<typeof repliesApi>;
