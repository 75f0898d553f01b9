/** The DTOs of campaigns, analytics and administration, as the app reads them. */
import type { ContactSummary, ContactType, ResponseStatus, Role, UserView } from './types';

export type Channel = 'email' | 'phone' | 'mail';
export type CampaignStatus = 'draft' | 'sent' | 'completed';
export const CHANNELS: readonly Channel[] = ['email', 'phone', 'mail'];
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['draft', 'sent', 'completed'];
export const RESPONSE_STATUSES: readonly ResponseStatus[] = ['pending', 'responded', 'converted', 'not_interested'];

export interface MemberCounts {
  total: number;
  pending: number;
  responded: number;
  converted: number;
  notInterested: number;
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

/** Members of a slice (a channel, a contact type), how many answered at all, and how many converted. */
export interface Results {
  members: number;
  responded: number;
  converted: number;
}

export interface RecentResponse {
  contactId: string;
  contactName: string;
  campaignId: string;
  campaignName: string;
  status: ResponseStatus;
  responseDate: string;
}

/** Rates are decimals: 0.25 means 25%. */
export interface DashboardReport {
  contactsByType: Record<string, number>;
  campaignsByStatus: Record<string, number>;
  totals: { members: number; responded: number; converted: number; notInterested: number; pending: number };
  responseRate: number;
  conversionRate: number;
  recentResponses: RecentResponse[];
  resultsByChannel: Record<string, Results>;
  resultsByContactType: Record<string, Results>;
  responsesPerWeek: Record<string, number>;
}

export interface CampaignReport {
  campaignId: string;
  name: string;
  membersByStatus: Record<string, number>;
  responseRate: number;
  conversionRate: number;
  /** Missing or null while nobody has responded. */
  medianDaysToResponse?: number | null;
  responsesPerWeek: Record<string, number>;
  resultsByContactType: Record<string, Results>;
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
}

/** Where Microsoft users' roles come from: Steward until a token carries an app role (auto), Entra, or Steward. */
export type EntraRoles = 'auto' | 'entra' | 'steward';

export interface FirmSettingsRequest {
  name: string;
  subdomain: string | null;
  azureTenantId: string | null;
  mfaRequired: boolean;
  entraRoles: EntraRoles;
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

export interface TimelineEntry {
  at: string;
  /** email, call, letter, note, or change (an audit entry). */
  kind: string;
  title: string;
  detail?: string | null;
  interactionId?: string | null;
  actor?: string | null;
  changes?: Record<string, unknown> | null;
}
