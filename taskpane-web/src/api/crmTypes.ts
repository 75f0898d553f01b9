/** The DTOs of campaigns, analytics and administration, as the app reads them. */
import type { ContactSummary, ContactType, ResponseStatus, Role, UserView } from './types';

export type Channel = 'email' | 'phone' | 'mail';
export type CampaignStatus = 'draft' | 'sent' | 'completed';
export const CHANNELS: readonly Channel[] = ['email', 'phone', 'mail'];
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['draft', 'sent', 'completed'];
export const RESPONSE_STATUSES: readonly ResponseStatus[] = ['pending', 'responded', 'converted', 'not_interested'];

/**
 * A campaign's members by where their response stands, with its rates as the service defines them: `responded`
 * counts responded, converted and not interested; the rates (0.25 = 25%) are null for a draft, which is never in a rate.
 */
export interface MemberCounts {
  total: number;
  pending: number;
  responded: number;
  converted: number;
  notInterested: number;
  responseRate?: number | null;
  conversionRate?: number | null;
}

/** The service's definitions of the numbers, in words, for a tooltip or footnote wherever a rate appears. */
export interface Definitions {
  responded: string;
  responseRate: string;
  conversionRate: string;
  drafts: string;
  daysToResponse: string;
}

export interface Campaign {
  id: string;
  name: string;
  description?: string | null;
  channel: Channel;
  sendDate?: string | null;
  status: CampaignStatus;
  members: MemberCounts;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string | null;
  version: number;
}

export interface CampaignRequest {
  name: string;
  description?: string | null;
  channel: Channel;
  sendDate?: string | null;
  status?: CampaignStatus;
  version?: number;
}

export interface CampaignQuery {
  status?: CampaignStatus;
  channel?: Channel;
  q?: string;
  page?: number;
  size?: number;
}

export interface Member {
  contact: ContactSummary;
  status: ResponseStatus;
  responseDate?: string | null;
  notes?: string | null;
  recordedVia?: string | null;
  addedAt: string;
  updatedAt: string;
  version: number;
}

export interface MemberFilter {
  type?: ContactType;
  tag?: string;
  q?: string;
}

export interface AddedMembers {
  added: number;
  alreadyMembers: number;
}

/**
 * Members of a slice (a channel, a contact type) of campaigns that were sent: how many responded (any status but
 * pending), converted and were not interested, and the slice's rates.
 */
export interface Results {
  members: number;
  pending: number;
  responded: number;
  converted: number;
  notInterested: number;
  responseRate: number;
  conversionRate: number;
}

/**
 * Days to response (response date − send date, whole days) of the members who responded: the median and quartiles
 * (null without responses) and one bar per day ("before sending", "0" … "30", "31+").
 */
export interface TimeToResponse {
  responses: number;
  median: number | null;
  lowerQuartile: number | null;
  upperQuartile: number | null;
  histogram: { days: string; responses: number }[];
}

export interface RecentResponse {
  contactId: string;
  contactName: string;
  campaignId: string;
  campaignName: string;
  status: ResponseStatus;
  responseDate: string;
}

export interface Totals {
  members: number;
  responded: number;
  converted: number;
  notInterested: number;
  pending: number;
}

/**
 * The firm's figures. Totals, rates and results cover campaigns that were sent; draft campaigns' members are counted
 * apart in `drafts`. Rates are decimals: 0.25 means 25%.
 */
export interface DashboardReport {
  contactsByType: Record<string, number>;
  campaignsByStatus: Record<string, number>;
  totals: Totals;
  drafts: Totals;
  responseRate: number;
  conversionRate: number;
  timeToResponse: TimeToResponse;
  recentResponses: RecentResponse[];
  resultsByChannel: Record<string, Results>;
  resultsByContactType: Record<string, Results>;
  responsesPerWeek: Record<string, number>;
  definitions: Definitions;
}

/** One campaign's effectiveness; the rates are null for a draft (`countedInRates` false). */
export interface CampaignReport {
  campaignId: string;
  name: string;
  channel: Channel;
  status: CampaignStatus;
  sendDate?: string | null;
  countedInRates: boolean;
  figures: MemberCounts;
  membersByStatus: Record<string, number>;
  responseRate: number | null;
  conversionRate: number | null;
  /** Missing or null while nobody has responded. */
  medianDaysToResponse?: number | null;
  timeToResponse: TimeToResponse;
  responsesPerWeek: Record<string, number>;
  resultsByContactType: Record<string, Results>;
  resultsByChannel: Record<string, Results>;
  definitions: Definitions;
}

/** One campaign of a period, with its figures (rates null for a draft). */
export interface PortfolioLine {
  id: string;
  name: string;
  channel: Channel;
  status: CampaignStatus;
  sendDate?: string | null;
  figures: MemberCounts;
  medianDaysToResponse?: number | null;
}

/**
 * The campaigns sent (or, without a send date, created) from `from` to `to` side by side. `sent` and the rest cover
 * the campaigns that were sent; drafts are listed without rates and counted apart.
 */
export interface PortfolioReport {
  from: string;
  to: string;
  campaigns: PortfolioLine[];
  campaignsSent: number;
  draftCampaigns: number;
  sent: MemberCounts;
  drafts: MemberCounts;
  timeToResponse: TimeToResponse;
  resultsByChannel: Record<string, Results>;
  resultsByContactType: Record<string, Results>;
  responsesPerWeek: Record<string, number>;
  definitions: Definitions;
}

export type TemplateKind = 'campaign' | 'portfolio';

/** A report template: the built-in one, or the firm's own with who uploaded it when. */
export interface ReportTemplate {
  kind: TemplateKind;
  custom: boolean;
  fileName?: string | null;
  size?: number | null;
  uploadedAt?: string | null;
  uploadedBy?: string | null;
  uploadedByName?: string | null;
}

/** Whether the signed-in user can save reports into their OneDrive; `code` and `reason` say why not. */
export interface OneDriveSaving {
  available: boolean;
  defaultFolder: string;
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- names the codes the app acts on; others may come
  code?: 'microsoft-not-connected' | 'microsoft-sign-in-required' | string | null;
  reason?: string | null;
}

/** A report saved into the user's OneDrive. */
export interface SavedReport {
  fileName: string;
  webUrl?: string | null;
  folder: string;
  size: number;
}

export const SCHEDULE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type ScheduleFrequency = (typeof SCHEDULE_FREQUENCIES)[number];
export type ScheduledReportKind = 'portfolio' | 'campaign';
export type DestinationDrive = 'user' | 'site' | 'drive';

/** Where scheduled reports go: a user's OneDrive, a SharePoint site's documents, or a drive by id. */
export interface ReportDestination {
  drive: DestinationDrive;
  owner: string;
  folder?: string | null;
}

/** The firm's report schedule as an admin sets it. */
export interface ReportScheduleRequest {
  enabled: boolean;
  frequency: ScheduleFrequency;
  dayOfWeek?: number | null;
  dayOfMonth?: number | null;
  /** HH:mm (or HH:mm:ss as the service answers). */
  time: string;
  timeZone: string;
  report: ScheduledReportKind;
  campaignId?: string | null;
  destination: ReportDestination;
  version?: number | null;
}

export interface ReportSchedule extends Omit<ReportScheduleRequest, 'destination'> {
  destination?: ReportDestination | null;
  nextRunAt?: string | null;
}

/** One scheduled run: running, delivered (with the file) or failed (with why). */
export interface DeliveryRun {
  id: string;
  dueAt: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  status: 'running' | 'delivered' | 'failed';
  periodFrom?: string | null;
  periodTo?: string | null;
  fileName?: string | null;
  webUrl?: string | null;
  error?: string | null;
}

export interface AdminUser extends UserView {
  lastSignInAt?: string | null;
  lockedUntil?: string | null;
  createdAt: string;
  version: number;
}

export interface RegisterRequest {
  email: string;
  fullName: string;
  role: Role;
  password?: string;
}

export interface Registered {
  user: AdminUser;
  /** Present only when Steward chose the password: shown once. */
  oneTimePassword?: string | null;
}

export interface UserUpdate {
  role?: Role;
  active?: boolean;
  fullName?: string;
}

export interface FirmSettings {
  id: string;
  name: string;
  subdomain?: string | null;
  azureTenantId?: string | null;
  active: boolean;
  mfaRequired: boolean;
  entraRoles: EntraRoles;
  version: number;
  /** The firm's country for phone numbers written without a country code (GB, DE, US…); null: the installation's. */
  phoneRegion?: string | null;
}

/** Where Microsoft users' roles come from: Steward until a token carries an app role (auto), Entra, or Steward. */
export type EntraRoles = 'auto' | 'entra' | 'steward';

export interface FirmSettingsRequest {
  name: string;
  subdomain: string | null;
  azureTenantId: string | null;
  mfaRequired: boolean;
  entraRoles: EntraRoles;
  /** A two-letter country code; empty clears it. */
  phoneRegion?: string;
}

export interface AuditFilters {
  userId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO dates (2026-03-01); `to` is exclusive. */
  from?: string;
  to?: string;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actorId?: string | null;
  actorLabel?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
  clientIp?: string | null;
  userAgent?: string | null;
  /** Today's name of the user who acted. */
  actorName?: string | null;
  /** Today's name of the record (a contact's or a campaign's); null when it is gone. */
  entityLabel?: string | null;
}

export type CustomFieldType = 'text' | 'number' | 'date' | 'boolean';
export const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = ['text', 'number', 'date', 'boolean'];

export interface CustomFieldDefinition {
  key: string;
  label: string;
  type: CustomFieldType;
}

export interface AddinDownload {
  host: string;
  name: string;
  fileName: string;
  url: string;
}

export interface AddinList {
  version: string;
  addins: AddinDownload[];
}

/** One live check of the Microsoft 365 connection (`GET /api/microsoft/connection`). */
export interface MicrosoftConnectionCheck {
  id: string;
  title: string;
  status: 'OK' | 'PROBLEM' | 'SKIPPED';
  /** What was found, or what is wrong and which setting to change, in plain words. */
  detail: string;
}

export interface MicrosoftConnectionReport {
  connected: boolean;
  checks: MicrosoftConnectionCheck[];
}

export interface TimelineEntry {
  at: string;
  /** email, call, letter, note, or change (an audit entry). */
  kind: string;
  title: string;
  detail?: string | null;
  interactionId?: string | null;
  actor?: string | null;
  changes?: Record<string, unknown> | null;
  campaignId?: string | null;
  campaignName?: string | null;
  /** How an interaction relates to its campaign, in words: "Replied to Autumn letter". */
  context?: string | null;
}
