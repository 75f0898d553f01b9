import type { ApiClient, Query } from './client';
import type { ExportFormat } from './download';
import type {
  AddedMembers,
  AddinList,
  MicrosoftConnectionReport,
  AdminUser,
  AuditEntry,
  AuditFilters,
  Campaign,
  CampaignQuery,
  CampaignReport,
  CampaignRequest,
  CustomFieldDefinition,
  DashboardReport,
  FirmSettings,
  FirmSettingsRequest,
  Member,
  MemberFilter,
  Registered,
  RegisterRequest,
  TimelineEntry,
  UserUpdate,
} from './crmTypes';
import type { Page, ResponseStatus } from './types';

const ifMatch = (version: number) => ({ headers: { 'If-Match': `"${version}"` } });

export function campaignsApi(client: ApiClient) {
  const one = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
  const member = (id: string, contactId: string) => `${one(id)}/contacts/${encodeURIComponent(contactId)}`;
  return {
    list: (query: CampaignQuery, signal?: AbortSignal) =>
      client.get<Page<Campaign>>('/api/campaigns', { query: { ...query }, signal }),
    trash: (page: number, size: number, signal?: AbortSignal) =>
      client.get<Page<Campaign>>('/api/campaigns/trash', { query: { page, size }, signal }),
    get: (id: string) => client.get<Campaign>(one(id)),
    create: (request: CampaignRequest) => client.post<Campaign>('/api/campaigns', request),
    update: (id: string, request: CampaignRequest) => client.put<Campaign>(one(id), request),
    moveToTrash: (id: string) => client.delete(one(id)),
    restore: (id: string) => client.post<Campaign>(`${one(id)}/restore`),
    members: (id: string, query: { status?: ResponseStatus; page: number; size: number }, signal?: AbortSignal) =>
      client.get<Page<Member>>(`${one(id)}/contacts`, { query: { ...query }, signal }),
    addContacts: (id: string, contactIds: string[]) => client.post<AddedMembers>(`${one(id)}/contacts`, { contactIds }),
    addByFilter: (id: string, filter: MemberFilter) => client.post<AddedMembers>(`${one(id)}/contacts`, { filter }),
    respond: (id: string, contactId: string, status: ResponseStatus, notes: string | null, version: number) =>
      client.put<Member>(member(id, contactId), { status, notes, version }),
    removeMember: (id: string, contactId: string) => client.delete(member(id, contactId)),
    /** The members as a file, optionally only those with one response status. */
    exportMembers: (id: string, format: ExportFormat, status?: ResponseStatus) =>
      client.file(`${one(id)}/contacts/export.${format}`, `Members.${format}`, { query: { status } }),
  };
}

export function analyticsApi(client: ApiClient) {
  return {
    dashboard: () => client.get<DashboardReport>('/api/analytics/dashboard'),
    campaign: (id: string) => client.get<CampaignReport>(`/api/analytics/campaigns/${encodeURIComponent(id)}`),
  };
}

/** The audit filters as query parameters; blank filters are left out. */
export function auditQuery(filters: AuditFilters, page?: number, size?: number): Query {
  return { ...filters, page, size };
}

export function adminApi(client: ApiClient) {
  const user = (id: string) => `/api/users/${encodeURIComponent(id)}`;
  return {
    users: () => client.get<AdminUser[]>('/api/users'),
    register: (request: RegisterRequest) => client.post<Registered>('/api/auth/register', request),
    updateUser: (id: string, update: UserUpdate, version: number) =>
      client.put<AdminUser>(user(id), update, ifMatch(version)),
    resetPassword: (id: string) => client.post<Registered>(`${user(id)}/reset-password`),
    unlock: (id: string) => client.post<AdminUser>(`${user(id)}/unlock`),
    firm: () => client.get<FirmSettings>('/api/tenant'),
    updateFirm: (settings: FirmSettingsRequest, version: number) =>
      client.put<FirmSettings>('/api/tenant', settings, ifMatch(version)),
    audit: (filters: AuditFilters, page: number, size: number, signal?: AbortSignal) =>
      client.get<Page<AuditEntry>>('/api/audit', { query: auditQuery(filters, page, size), signal }),
    customFields: () => client.get<CustomFieldDefinition[]>('/api/custom-fields'),
    createCustomField: (definition: CustomFieldDefinition) =>
      client.post<CustomFieldDefinition>('/api/custom-fields', definition),
    deleteCustomField: (key: string) => client.delete(`/api/custom-fields/${encodeURIComponent(key)}`),
    addins: () => client.get<AddinList>('/api/addins'),
    microsoftConnection: () => client.get<MicrosoftConnectionReport>('/api/microsoft/connection'),
    timeline: (contactId: string) =>
      client.get<TimelineEntry[]>(`/api/contacts/${encodeURIComponent(contactId)}/timeline`),
  };
}

export interface CrmApis {
  campaigns: ReturnType<typeof campaignsApi>;
  analytics: ReturnType<typeof analyticsApi>;
  admin: ReturnType<typeof adminApi>;
}

/** The groups of the browser face's CRM sections (campaigns, dashboard, admin, contact timeline). */
export function crmApis(client: ApiClient): CrmApis {
  return { campaigns: campaignsApi(client), analytics: analyticsApi(client), admin: adminApi(client) };
}
