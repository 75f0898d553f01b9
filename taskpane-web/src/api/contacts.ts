import type { ApiClient } from './client';
import type { ExportFormat } from './download';
import type {
  Contact,
  ContactRequest,
  ContactRules,
  ContactSummary,
  ContactType,
  MergePreview,
  MergeResult,
  MergeSide,
  Membership,
  Page,
  PossibleDuplicate,
  Relationship,
  RelationshipType,
  TagCount,
  UndoneMerge,
} from './types';

export interface ContactQuery {
  q?: string;
  type?: ContactType;
  tag?: string;
  page?: number;
  size?: number;
}

/** The list's filters, as an export takes them. */
export type ContactExportQuery = Omit<ContactQuery, 'page' | 'size'> & { sort?: string };

export function contactsApi(client: ApiClient) {
  const one = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;
  return {
    list: (query: ContactQuery, signal?: AbortSignal) =>
      client.get<Page<ContactSummary>>('/api/contacts', { query: { ...query }, signal }),
    trash: (page: number, size: number, signal?: AbortSignal) =>
      client.get<Page<ContactSummary>>('/api/contacts/trash', { query: { page, size }, signal }),
    tags: () => client.get<TagCount[]>('/api/contacts/tags'),
    rules: () => client.get<ContactRules>('/api/contacts/rules'),
    /** Every contact the filters take, as a file: the list's filters, not its page. */
    exportFile: (format: ExportFormat, query: ContactExportQuery) =>
      client.file(`/api/contacts/export.${format}`, `Contacts.${format}`, { query: { ...query } }),
    get: (id: string) => client.get<Contact>(one(id)),
    create: (request: ContactRequest) => client.post<Contact>('/api/contacts', request),
    update: (id: string, request: ContactRequest) => client.put<Contact>(one(id), request),
    moveToTrash: (id: string) => client.delete(one(id)),
    restore: (id: string) => client.post<Contact>(`${one(id)}/restore`),
    relationships: (id: string) => client.get<Relationship[]>(`${one(id)}/relationships`),
    addRelationship: (id: string, toContactId: string, type: RelationshipType, notes?: string) =>
      client.post<Relationship>(`${one(id)}/relationships`, { toContactId, type, notes: notes || undefined }),
    removeRelationship: (id: string, relationshipId: string) =>
      client.delete(`${one(id)}/relationships/${encodeURIComponent(relationshipId)}`),
    duplicates: (id: string) => client.get<PossibleDuplicate[]>(`${one(id)}/duplicates`),
    mergePreview: (id: string, duplicateId: string) =>
      client.get<MergePreview>(`${one(id)}/merge-preview`, { query: { duplicateId } }),
    /** Merges the duplicate into `id`; both versions are those the person saw. */
    merge: (
      id: string,
      duplicateId: string,
      survivorVersion: number,
      duplicateVersion: number,
      choices: Record<string, MergeSide>,
    ) => client.post<MergeResult>(`${one(id)}/merge`, { duplicateId, survivorVersion, duplicateVersion, choices }),
    undoMerge: (mergeId: string, survivorVersion: number) =>
      client.post<UndoneMerge>(`/api/contacts/merges/${encodeURIComponent(mergeId)}/undo`, { survivorVersion }),
    memberships: (contactId: string) =>
      client.get<Membership[]>('/api/campaigns/memberships', { query: { contactId } }),
  };
}

export type ContactsApi = ReturnType<typeof contactsApi>;
