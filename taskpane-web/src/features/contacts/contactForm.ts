import type { Contact, ContactRequest, ContactType } from '../../api';

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
}

export type TextField = Exclude<keyof ContactFormValues, 'type' | 'tags'>;

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
};

export function formFromContact(contact: Contact): ContactFormValues {
  const values: ContactFormValues = { ...EMPTY_FORM, type: contact.type, tags: [...contact.tags] };
  for (const key of Object.keys(EMPTY_FORM) as (keyof ContactFormValues)[]) {
    if (key === 'type' || key === 'tags') continue;
    values[key] = contact[key] ?? '';
  }
  return values;
}

/** The request body; custom fields the form does not show are kept as they were. */
export function requestFromForm(values: ContactFormValues, base: Contact | null, version?: number): ContactRequest {
  const request: ContactRequest = { type: values.type, tags: values.tags, customFields: base?.customFields ?? undefined };
  for (const key of Object.keys(values) as (keyof ContactFormValues)[]) {
    if (key === 'type' || key === 'tags') continue;
    const text = values[key].trim();
    request[key] = text === '' ? null : text;
  }
  if (version !== undefined) request.version = version;
  return request;
}

/** "is not a valid email address" under Email reads "Email is not a valid email address." */
export function fieldMessage(label: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const sentence = /^(is|must|may|has|does)\b/.test(message)
    ? `${label} ${message}`
    : message.charAt(0).toUpperCase() + message.slice(1);
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}
