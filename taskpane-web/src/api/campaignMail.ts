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
  sent: number;
  failed: number;
  skipped: number;
  remaining: number;
  problems: SendProblem[];
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
  };
}

export type CampaignMailApi = ReturnType<typeof campaignMailApi>;
