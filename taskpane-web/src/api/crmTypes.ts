/**
 * The DTOs of campaigns, analytics and administration, as the app reads them: aliases of the generated schemas
 * (`schema.ts`, see `types.ts`), and the shapes only the app has (query filters).
 */
import {
  campaignViewChannelValues,
  campaignViewStatusValues,
  customFieldDefinitionTypeValues,
  memberViewStatusValues,
  reportScheduleRequestFrequencyValues,
  type components,
} from './schema';
import type { ContactType, ResponseStatus } from './types';

type Schemas = components['schemas'];

export type Channel = Schemas['CampaignView']['channel'];
export type CampaignStatus = Schemas['CampaignView']['status'];
export const CHANNELS: readonly Channel[] = campaignViewChannelValues;
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = campaignViewStatusValues;
export const RESPONSE_STATUSES: readonly ResponseStatus[] = memberViewStatusValues;

/**
 * A campaign's members by where their response stands, with its rates as the service defines them: `responded`
 * counts responded, converted and not interested; the rates (0.25 = 25%) are null for a draft, which is never in a rate.
 */
export type MemberCounts = Schemas['MemberFigures'];
/** The service's definitions of the numbers, in words, for a tooltip or footnote wherever a rate appears. */
export type Definitions = Schemas['Text'];
export type Campaign = Schemas['CampaignView'];
export type CampaignRequest = Schemas['CampaignRequest'];

export interface CampaignQuery {
  status?: CampaignStatus;
  channel?: Channel;
  q?: string;
  page?: number;
  size?: number;
}

export type Member = Schemas['MemberView'];

export interface MemberFilter {
  type?: ContactType;
  tag?: string;
  q?: string;
}

export type AddedMembers = Schemas['AddedMembers'];
/**
 * Members of a slice (a channel, a contact type) of campaigns that were sent: how many responded (any status but
 * pending), converted and were not interested, and the slice's rates.
 */
export type Results = Schemas['Results'];
/**
 * Days to response (response date − send date, whole days) of the members who responded: the median and quartiles
 * (absent without responses) and one bar per day ("before sending", "0" … "30", "31+").
 */
export type TimeToResponse = Schemas['TimeToResponse'];
export type RecentResponse = Schemas['RecentResponse'];
export type Totals = Schemas['Totals'];
/**
 * The firm's figures. Totals, rates and results cover campaigns that were sent; draft campaigns' members are counted
 * apart in `drafts`. Rates are decimals: 0.25 means 25%.
 */
export type DashboardReport = Schemas['DashboardReport'];
/** One campaign's effectiveness; the rates are absent for a draft (`countedInRates` false). */
export type CampaignReport = Schemas['CampaignReport'];
/** One campaign of a period, with its figures (rates absent for a draft). */
export type PortfolioLine = Schemas['Line'];
/**
 * The campaigns sent (or, without a send date, created) from `from` to `to` side by side. `sent` and the rest cover
 * the campaigns that were sent; drafts are listed without rates and counted apart.
 */
export type PortfolioReport = Schemas['PortfolioReport'];

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
export type OneDriveSaving = Schemas['OneDriveSaving'];
/** A report saved into the user's OneDrive. */
export type SavedReport = Schemas['SavedReport'];

export const SCHEDULE_FREQUENCIES: readonly ScheduleFrequency[] = reportScheduleRequestFrequencyValues;
export type ScheduleFrequency = Schemas['ReportScheduleRequest']['frequency'];
export type ScheduledReportKind = Schemas['ReportScheduleRequest']['report'];
export type DestinationDrive = Schemas['Destination']['drive'];
/** Where scheduled reports go: a user's OneDrive, a SharePoint site's documents, or a drive by id. */
export type ReportDestination = Schemas['Destination'];
/** The firm's report schedule as an admin sets it; `time` is HH:mm (or HH:mm:ss as the service answers). */
export type ReportScheduleRequest = Schemas['ReportScheduleRequest'];
export type ReportSchedule = Schemas['ReportScheduleView'];
/** One scheduled run: running, delivered (with the file) or failed (with why). */
export type DeliveryRun = Schemas['DeliveryRun'];
/** A user as an admin sees them. */
export type AdminUser = Schemas['UserView'];
export type RegisterRequest = Schemas['RegisterRequest'];
/** `oneTimePassword` is there only when Steward chose the password: shown once. */
export type Registered = Schemas['Registered'];
export type UserUpdate = Schemas['UserUpdate'];
/** The firm's settings; `phoneRegion` is its country for phone numbers without a country code (absent: the installation's). */
export type FirmSettings = Schemas['TenantInfo'];
/** Where Microsoft users' roles come from: Steward until a token carries an app role (auto), Entra, or Steward. */
export type EntraRoles = Schemas['TenantInfo']['entraRoles'];
/** `phoneRegion` is a two-letter country code; empty clears it. */
export type FirmSettingsRequest = Schemas['TenantSettings'];

export interface AuditFilters {
  userId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** ISO dates (2026-03-01); `to` is exclusive. */
  from?: string;
  to?: string;
}

/** `actorName` and `entityLabel` are today's names of the user who acted and of the record (absent when it is gone). */
export type AuditEntry = Schemas['AuditEntry'];
export type CustomFieldType = Schemas['CustomFieldDefinition']['type'];
export const CUSTOM_FIELD_TYPES: readonly CustomFieldType[] = customFieldDefinitionTypeValues;
export type CustomFieldDefinition = Schemas['CustomFieldDefinition'];
export type AddinDownload = Schemas['AddinDownload'];
export type AddinList = Schemas['AddinList'];
/** One live check of the Microsoft 365 connection (`GET /api/microsoft/connection`). */
export type MicrosoftConnectionCheck = Schemas['Check'];
export type MicrosoftConnectionReport = Schemas['Report'];
/** `kind` is email, call, letter, note, or change (an audit entry). */
export type TimelineEntry = Schemas['TimelineEntry'];
