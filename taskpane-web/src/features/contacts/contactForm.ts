import type { Contact, ContactRequest, ContactType, CustomFieldDefinition } from '../../api';

/** The editable fields of a contact, as the form holds them (text inputs hold strings). */
export interface ContactFormValues {
  type: ContactType;
  firstName: string;
  lastName: string;
  companyName: string;
  jobTitle: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  notes: string;
  tags: string[];
  /** The firm's custom fields: text, number and date as text, yes/no as a boolean. */
  custom: Record<string, string | boolean>;
  otherEmails: OtherValue[];
  otherPhones: OtherValue[];
}

/** An email or phone besides the primary one, as its row in the form holds it; `label` is one of the rules' labels. */
export interface OtherValue {
  value: string;
  label: string;
}

type ListField = 'type' | 'tags' | 'custom' | 'otherEmails' | 'otherPhones';
export type TextField = Exclude<keyof ContactFormValues, ListField>;
const LIST_FIELDS: readonly string[] = ['type', 'tags', 'custom', 'otherEmails', 'otherPhones'];

export const EMPTY_FORM: ContactFormValues = {
  type: 'individual',
  firstName: '',
  lastName: '',
  companyName: '',
  jobTitle: '',
  email: '',
  phone: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  notes: '',
  tags: [],
  custom: {},
  otherEmails: [],
  otherPhones: [],
};

export function formFromContact(contact: Contact): ContactFormValues {
  const values: ContactFormValues = {
    ...EMPTY_FORM,
    type: contact.type,
    tags: [...contact.tags],
    custom: customValues(contact),
    otherEmails: (contact.otherEmails ?? []).map(({ address, label }) => ({ value: address, label })),
    otherPhones: (contact.otherPhones ?? []).map(({ number, label }) => ({ value: number, label })),
  };
  for (const key of Object.keys(EMPTY_FORM) as (keyof ContactFormValues)[]) {
    if (LIST_FIELDS.includes(key)) continue;
    values[key as TextField] = contact[key as TextField] ?? '';
  }
  return values;
}

function customValues(contact: Contact): Record<string, string | boolean> {
  const result: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(contact.customFields ?? {})) {
    if (typeof value === 'boolean') result[key] = value;
    else if (typeof value === 'string' || typeof value === 'number') result[key] = String(value);
  }
  return result;
}

/**
 * The request body. Custom fields the form does not show are kept as they were; once the firm's definitions are
 * known, only defined fields are sent, and an emptied field is cleared.
 */
export function requestFromForm(
  values: ContactFormValues,
  base: Contact | null,
  version?: number,
  definitions?: readonly CustomFieldDefinition[],
): ContactRequest {
  const request: ContactRequest = {
    type: values.type,
    tags: values.tags,
    customFields: customRequest(values, base, definitions),
    // Every row is sent, empty ones too (the server skips those), so that its errors number the rows as the form does.
    otherEmails: values.otherEmails.map(({ value, label }) => ({ address: value.trim(), label })),
    otherPhones: values.otherPhones.map(({ value, label }) => ({ number: value.trim(), label })),
  };
  for (const key of Object.keys(values) as (keyof ContactFormValues)[]) {
    if (LIST_FIELDS.includes(key)) continue;
    const text = values[key as TextField].trim();
    request[key as TextField] = text === '' ? null : text;
  }
  if (version !== undefined) request.version = version;
  return request;
}

function customRequest(
  values: ContactFormValues,
  base: Contact | null,
  definitions: readonly CustomFieldDefinition[] | undefined,
): Record<string, unknown> | undefined {
  if (!definitions) return base?.customFields ?? undefined;
  const result: Record<string, unknown> = {};
  for (const { key } of definitions) {
    const value = key in values.custom ? values.custom[key] : base?.customFields?.[key];
    if (typeof value === 'string') {
      if (value.trim() !== '') result[key] = value.trim();
    } else if (value !== undefined && value !== null) {
      result[key] = value;
    }
  }
  return result;
}
