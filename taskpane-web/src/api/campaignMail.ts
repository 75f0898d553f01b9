import type { ApiClient } from './client';

/** A campaign's mail: Thymeleaf text for the subject and plain part, Thymeleaf HTML for the HTML part. */
export interface MailTemplate {
  subject: string;
  html: string;
  text: string;
  /** Null until the campaign's mail is first saved (it then shows the starter text). */
  version: number | null;
  saved?: boolean;
}

/** One member's mail, rendered by the service exactly as it is sent. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** What sending now would do. */
export interface SendPreview {
  willReceive: number;
  skippedNoEmail: number;
  skippedOptedOut: number;
  skippedInTrash: number;
  alreadyInSend: number;
  cap: number | null;
  /** Why mail cannot go out from this service now, if it cannot. */
  unavailable: string | null;
}

export interface SendProblem {
  contactId: string;
  address: string | null;
  state: 'failed' | 'skipped';
  reason: string | null;
}

/** How a campaign's send stands. */
export interface SendProgress {
  started: boolean;
  transport: 'smtp' | 'graph' | null;
  startedAt: string | null;
  completedAt: string | null;
  /** Members sent to, by Steward or by a tracked mail from Outlook. */
  sent: number;
  /** Of `sent`, those sent a tracked mail from Outlook. */
  sentFromOutlook?: number;
  failed: number;
  skipped: number;
  remaining: number;
  /** Members not in the send yet whom a send now would mail; null while mail is going out. */
  toSend?: number | null;
  problems: SendProblem[];
}

/** How the firm sends campaign mail; blank addresses fall back to the service's configuration. */
export interface MailSettings {
  transport: 'smtp' | 'graph';
  fromAddress: string | null;
  fromName: string | null;
  replyTo: string | null;
  /** The Microsoft 365 mailbox Graph sends from. */
  graphMailbox: string | null;
  /** Null: the service's default rate. */
  mailsPerMinute: number | null;
  /** Null: no cap. */
  maxMembersPerSend: number | null;
  version: number | null;
}

/** Whether each transport can send from this service; each problem is a sentence, absent when it can. */
export interface MailTransportStatus {
  smtpProblem?: string | null;
  graphProblem?: string | null;
  unavailable?: string | null;
  /** What becomes of an SMTP mail cut short by a stop of the service (whether a sent-copy mailbox is checked). */
  sentCopy?: string | null;
}

/** The internet header that marks a tracked mail; its value is the mail's token. */
export const TRACKING_HEADER = 'x-steward-tracking';

/** A campaign mail written in Outlook and tracked by its internet header. */
export interface TrackedMail {
  token: string;
  campaignId: string;
  /** The first of `contactIds`. */
  contactId: string;
  /** The members the mail goes to. */
  contactIds: string[];
  /** The internet header that marks the mail, and its value is the token. */
  headerName: string;
  /**
   * `sent`: recorded (Sent Items cannot be searched); `unconfirmed`: recorded, waiting to be found in Sent Items;
   * `found`: found there; `not_found`: never found, so taken as never sent.
   */
  state: 'composed' | 'sent' | 'unconfirmed' | 'found' | 'not_found';
  sentAt?: string | null;
  confirmBy?: string | null;
  internetMessageId?: string | null;
  conversationId?: string | null;
}

/** Writing, previewing and sending a campaign's email. */
export function campaignMailApi(client: ApiClient) {
  const base = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}/mail`;
  return {
    template: (campaignId: string) => client.get<MailTemplate>(`${base(campaignId)}/template`),
    saveTemplate: (campaignId: string, template: MailTemplate) =>
      client.put<MailTemplate>(`${base(campaignId)}/template`, template),
    /** The mail for one contact; with `draft`, the unsaved text is rendered instead of the saved one. */
    render: (campaignId: string, contactId: string, draft?: MailTemplate) =>
      client.post<RenderedMail>(`${base(campaignId)}/render`, { contactId, template: draft }),
    sendPreview: (campaignId: string) => client.get<SendPreview>(`${base(campaignId)}/send-preview`),
    send: (campaignId: string) => client.post<SendProgress>(`${base(campaignId)}/send`),
    progress: (campaignId: string) => client.get<SendProgress>(`${base(campaignId)}/progress`),
    retryFailed: (campaignId: string) => client.post<SendProgress>(`${base(campaignId)}/retry-failed`),
    settings: () => client.get<MailSettings>('/api/mail/settings'),
    saveSettings: (settings: MailSettings) => client.put<MailSettings>('/api/mail/settings', settings),
    transportStatus: () => client.get<MailTransportStatus>('/api/mail/settings/status'),
    /** Starts tracking one mail written in Outlook to members (those who are not yet are added to the campaign). */
    track: (campaignId: string, contactIds: string[], mailbox: string | null) =>
      client.post<TrackedMail>(`${base(campaignId)}/tracked`, { contactIds, mailbox }),
    /** Records a tracked mail as sent to its members. */
    trackedSent: (token: string, subject: string | null) =>
      client.post<TrackedMail>(`/api/mail/tracked/${encodeURIComponent(token)}/sent`, { subject }),
    /** The same from Outlook's send event, without sign-in: the signed token is the authorization. */
    trackedSentOnSend: (token: string, subject: string | null) =>
      client.post<Pick<TrackedMail, 'state'>>(`/api/mail/tracked/${encodeURIComponent(token)}/on-send`, { subject }),
  };
}

export type CampaignMailApi = ReturnType<typeof campaignMailApi>;
