/** The service's DTOs, as the app reads them. */

export type Role = 'admin' | 'user' | 'viewer';
export type ContactType = 'individual' | 'business' | 'estate';
export const CONTACT_TYPES: readonly ContactType[] = ['individual', 'business', 'estate'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
  totalCapped: boolean;
}

export interface MicrosoftConfig {
  clientId: string;
  authority: string;
  scopes: string[];
}

export interface PublicConfig {
  localSignIn: boolean;
  microsoft?: MicrosoftConfig | null;
}

export interface UserView {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  active: boolean;
  microsoftAccount: boolean;
  localPassword: boolean;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
}

export interface Me {
  user: UserView;
  firm: { id: string; name: string; mfaRequired: boolean };
  signInMethod: string;
  mustChangePassword: boolean;
  mfaSetupRequired: boolean;
}

export interface LoginRequest {
  email: string;
  password: string;
  code?: string;
  recoveryCode?: string;
}

export interface MfaSetup {
  secret: string;
  otpauthUri: string;
  qrCodeDataUri: string;
}

export interface ContactSummary {
  id: string;
  type: ContactType;
  displayName: string | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  jobTitle?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Its addresses besides the primary one, lowercase. */
  otherEmails?: string[];
  city?: string | null;
  tags: string[];
  updatedAt: string;
  version: number;
  /** The phone as people write it (national at home, international abroad); `phone` is E.164. */
  phoneDisplay?: string | null;
}

export type ContactMethodLabel = 'work' | 'home' | 'mobile' | 'other';

export interface OtherEmail {
  address: string;
  label: ContactMethodLabel;
}

export interface OtherPhone {
  number: string;
  label: ContactMethodLabel;
}

export interface ContactFields {
  type: ContactType;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  jobTitle?: string | null;
  email?: string | null;
  phone?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  notes?: string | null;
  tags: string[];
  customFields?: Record<string, unknown> | null;
  /** Left out of a request, they stay as they are. */
  otherEmails?: OtherEmail[];
  otherPhones?: OtherPhone[];
}

export interface Contact extends ContactFields {
  id: string;
  /** The phone as people write it (national at home, international abroad); `phone` is E.164. */
  phoneDisplay?: string | null;
  displayName: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string | null;
  version: number;
  /** For a contact merged away: the survivor it was merged into. */
  mergedInto?: string | null;
  /** The record's id in the CRM an import came from (read-only). */
  externalId?: string | null;
}

/** A live contact that may be the same as another, and what they share. */
export interface PossibleDuplicate {
  id: string;
  type: ContactType;
  displayName: string | null;
  email?: string | null;
  city?: string | null;
  postalCode?: string | null;
  version: number;
  reason: 'email' | 'name-and-email' | 'name-and-phone' | 'name-and-postcode';
}

export type MergeSide = 'survivor' | 'duplicate';

/** Both contacts side by side, the fields they fill differently, and what would move from the duplicate. */
export interface MergePreview {
  survivor: Contact;
  duplicate: Contact;
  conflicts: string[];
  moves: Record<string, number>;
}

export interface MergeResult {
  mergeId: string;
  survivor: Contact;
  duplicateId: string;
  moved: Record<string, number>;
}

export interface UndoneMerge {
  survivor: Contact;
  duplicate: Contact;
}

export interface ContactRequest extends ContactFields {
  version?: number;
}

export interface TagCount {
  name: string;
  contacts: number;
}

export type RelationshipType =
  | 'works_for'
  | 'owns'
  | 'manages'
  | 'related_to'
  | 'spouse'
  | 'executor'
  | 'trustee'
  | 'beneficiary'
  | 'power_of_attorney';

export interface Relationship {
  id: string;
  type: RelationshipType;
  direction: 'outgoing' | 'incoming';
  label: string;
  otherContact: ContactSummary;
  notes?: string | null;
  createdAt: string;
}

export type ResponseStatus = 'pending' | 'responded' | 'converted' | 'not_interested';

export interface Membership {
  campaignId: string;
  campaignName: string;
  channel: 'email' | 'phone' | 'mail';
  campaignStatus: 'draft' | 'sent' | 'completed';
  status: ResponseStatus;
  responseDate?: string | null;
}
