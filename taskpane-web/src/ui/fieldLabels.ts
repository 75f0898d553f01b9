import { formatDate, formatDay, jsonText } from './format';

/** What people call the fields that the timeline and the audit log name by their API keys. */
const LABELS: Record<string, string> = {
  type: 'Type',
  firstName: 'First name',
  lastName: 'Last name',
  companyName: 'Company',
  jobTitle: 'Job title',
  email: 'Email',
  phone: 'Phone',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  city: 'City',
  region: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
  notes: 'Notes',
  tags: 'Tags',
  customFields: 'Custom fields',
  name: 'Name',
  description: 'Description',
  channel: 'Channel',
  sendDate: 'Send date',
  status: 'Status',
  role: 'Role',
  fullName: 'Full name',
  active: 'Active',
  recordedVia: 'Recorded via',
  respondedAt: 'Responded on',
  method: 'Sign-in method',
  reason: 'Reason',
  format: 'Format',
  mergedFrom: 'Merged from contact',
  mergedInto: 'Merged into contact',
};

/** The label of a changed field; a custom field (`customFields.review_date`) by its definition's label. */
export function fieldLabel(key: string, customLabels: ReadonlyMap<string, string> = new Map()): string {
  if (key.startsWith('customFields.')) {
    const custom = key.slice('customFields.'.length);
    return customLabels.get(custom) ?? humanize(custom);
  }
  return LABELS[key] ?? humanize(key);
}

/** "postalCode" → "Postal code", "date_of_death" → "Date of death". */
export function humanize(key: string): string {
  const words = key
    .replace(/[_.]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ENUM_FIELDS = new Set(['type', 'status', 'channel', 'role', 'recordedVia']);

/** A recorded value as a person reads it: dates as every other date, yes or no, lists joined, codes in words. */
export function formatFieldValue(
  key: string,
  value: unknown,
  customLabels: ReadonlyMap<string, string> = new Map(),
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map((item) => formatFieldValue('', item)).join(', ') || '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== '');
    if (entries.length === 0) return '—';
    const prefix = key === 'customFields' ? 'customFields.' : '';
    return entries.map(([k, v]) => `${fieldLabel(prefix + k, customLabels)}: ${formatFieldValue(k, v)}`).join('; ');
  }
  if (typeof value === 'number') return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
  const text = jsonText(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDay(text);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDate(text);
  if (ENUM_FIELDS.has(key)) return humanize(text);
  return text;
}
