import type { Contact, TimelineEntry } from '../../api';
import { fieldLabel, formatFieldValue } from '../../ui/fieldLabels';
import { formFromContact, type ContactFormValues, type OtherValue } from './contactForm';

/** One field where the stored contact and this form disagree. */
export interface ConflictRow {
  field: string;
  label: string;
  theirs: string;
  yours: string;
}

/** What the other person did: who, when, and the stored contact now. */
export interface OtherChange {
  current: Contact;
  actor: string | null;
  at: string;
}

const shown = (key: string, value: unknown) => formatFieldValue(key, value);
const others = (values: OtherValue[]) => values.map((item) => item.value).filter(Boolean);

/** The fields where the stored contact (`theirs`) and the form (`yours`) differ, labelled and formatted. */
export function conflictRows(
  theirs: ContactFormValues,
  yours: ContactFormValues,
  customLabels: ReadonlyMap<string, string> = new Map(),
): ConflictRow[] {
  const rows: ConflictRow[] = [];
  const add = (field: string, a: unknown, b: unknown) => {
    const theirText = shown(field, a);
    const yourText = shown(field, b);
    if (theirText !== yourText)
      rows.push({ field, label: fieldLabel(field, customLabels), theirs: theirText, yours: yourText });
  };
  for (const key of Object.keys(theirs) as (keyof ContactFormValues)[]) {
    if (key === 'custom') continue;
    if (key === 'otherEmails' || key === 'otherPhones') add(key, others(theirs[key]), others(yours[key]));
    else if (key === 'tags') add(key, [...theirs.tags].sort(), [...yours.tags].sort());
    else add(key, theirs[key], yours[key]);
  }
  for (const key of new Set([...Object.keys(theirs.custom), ...Object.keys(yours.custom)])) {
    add(`customFields.${key}`, theirs.custom[key], yours.custom[key]);
  }
  return rows;
}

/** The latest recorded change of the contact: who made it and when. */
export function latestChange(timeline: readonly TimelineEntry[]): TimelineEntry | null {
  return timeline.filter((entry) => entry.kind === 'change').sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
}

export { formFromContact };
