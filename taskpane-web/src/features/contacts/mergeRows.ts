import type { Contact, MergeSide } from '../../api';
import { CONTACT_FIELDS } from '../../lib/contactLabels';

/** The fields a merge compares, in the order the dialog shows them. */
export const MERGE_FIELDS = CONTACT_FIELDS;

export interface MergeRow {
  key: string;
  survivor: unknown;
  duplicate: unknown;
  /** Both fill it differently: the person picks one. */
  conflict: boolean;
}

/** The rows of the side-by-side comparison: every field either contact fills, custom fields last. */
export function mergeRows(survivor: Contact, duplicate: Contact, conflicts: readonly string[]): MergeRow[] {
  const conflicting = new Set(conflicts);
  const rows: MergeRow[] = [];
  const add = (key: string, a: unknown, b: unknown) => {
    if (isBlank(a) && isBlank(b)) return;
    rows.push({ key, survivor: a, duplicate: b, conflict: conflicting.has(key) });
  };
  for (const key of MERGE_FIELDS) add(key, survivor[key], duplicate[key]);
  const customKeys = new Set([
    ...Object.keys(survivor.customFields ?? {}),
    ...Object.keys(duplicate.customFields ?? {}),
  ]);
  for (const key of [...customKeys].sort()) {
    add(`customFields.${key}`, survivor.customFields?.[key], duplicate.customFields?.[key]);
  }
  return rows;
}

/** What the survivor keeps of a row: the chosen side's value, else whichever side has one. */
export function keptValue(row: MergeRow, side: MergeSide | undefined): unknown {
  const first = side === 'duplicate' ? row.duplicate : row.survivor;
  const second = side === 'duplicate' ? row.survivor : row.duplicate;
  return isBlank(first) ? second : first;
}

const MOVE_NAMES: Record<string, [string, string]> = {
  relationships: ['relationship', 'relationships'],
  campaigns: ['campaign membership', 'campaign memberships'],
  interactions: ['timeline entry', 'timeline entries'],
  tags: ['tag', 'tags'],
  emails: ['email address', 'email addresses'],
  customFields: ['custom field', 'custom fields'],
  mailSends: ['campaign mail record', 'campaign mail records'],
  replies: ['detected reply', 'detected replies'],
  trackedMails: ['tracked email', 'tracked emails'],
};

/** "3 relationships, 1 campaign membership", in words; kinds with none are left out. */
export function describeMoves(moves: Record<string, number>): string[] {
  return Object.entries(moves)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => {
      const [one, many] = MOVE_NAMES[kind] ?? [kind, kind];
      return `${count} ${count === 1 ? one : many}`;
    });
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}
