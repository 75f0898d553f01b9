import type { ContactSummary, ContactType, RelationshipType, ResponseStatus } from '../api';

export const TYPE_LABELS: Record<ContactType, string> = {
  individual: 'Individual',
  business: 'Business',
  estate: 'Estate',
};

/** A contact's own fields (not its lists or custom fields), in the order a form shows them. */
export const CONTACT_FIELDS = [
  'type',
  'firstName',
  'lastName',
  'companyName',
  'jobTitle',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'notes',
] as const;

/** How each relationship type reads from the contact that adds it. */
export const RELATIONSHIP_LABELS: Record<RelationshipType, string> = {
  works_for: 'Works for',
  owns: 'Owns',
  manages: 'Manages',
  related_to: 'Related to',
  spouse: 'Spouse of',
  executor: 'Executor of',
  trustee: 'Trustee of',
  beneficiary: 'Beneficiary of',
  power_of_attorney: 'Holds power of attorney for',
};

export const STATUS_LABELS: Record<ResponseStatus, string> = {
  pending: 'Pending',
  responded: 'Responded',
  converted: 'Converted',
  not_interested: 'Not interested',
};

export function contactName(contact: Pick<ContactSummary, 'displayName' | 'email'>): string {
  return contact.displayName?.trim() || contact.email || 'Unnamed contact';
}
