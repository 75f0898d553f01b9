import type { AuditEntry } from '../../api';
import { fieldLabel, humanize } from '../../ui/fieldLabels';

/** The parts of a sentence read as one line. */
export function sentenceText([before, record, after]: [string, string, string]): string {
  return `${before}${record ? ` ${record}` : ''}${after}`;
}

/** Where an audit entry's record opens in the app, when it has a page. */
export function recordPath(entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'action'>): string | null {
  if (!entry.entityId || entry.action.endsWith('.purged')) return null;
  if (entry.entityType === 'contact') return `/contacts/${entry.entityId}`;
  if (entry.entityType === 'campaign') return `/campaigns/${entry.entityId}`;
  return null;
}

function listed(words: string[]): string {
  if (words.length <= 1) return words.join('');
  if (words.length > 3) return `${words.length} fields`;
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * An audit entry as a sentence in parts, so that the record's name can be a link: "Uma changed" + "Cordell
 * Greenholt" + "'s city". Who acted is the user's name, else the address they signed in with.
 */
export function auditSentence(entry: AuditEntry, customLabels?: ReadonlyMap<string, string>): [string, string, string] {
  const who = entry.actorName || entry.actorLabel || 'Steward';
  const record = entry.entityLabel || (entry.entityType ? `a ${humanize(entry.entityType).toLowerCase()}` : '');
  const fields = listed(Object.keys(entry.changes ?? {}).map((key) => fieldLabel(key, customLabels).toLowerCase()));
  switch (entry.action) {
    case 'contact.created':
      return [`${who} added`, record, ''];
    case 'contact.updated':
    case 'campaign.updated':
    case 'user.updated':
      return [`${who} changed`, record, fields ? `’s ${fields}` : ''];
    case 'contact.deleted':
    case 'campaign.deleted':
      return [`${who} moved`, record, ' to the trash'];
    case 'contact.restored':
    case 'campaign.restored':
      return [`${who} restored`, record, ' from the trash'];
    case 'contact.purged':
    case 'campaign.purged':
      return ['Steward deleted', record, ' for good after 30 days in the trash'];
    case 'contact.merged':
      return [`${who} merged a duplicate into`, record, ''];
    case 'contact.merged_away':
      return [`${who} merged`, record, ' into another contact'];
    case 'contact.merge_undone':
      return [`${who} undid a merge of`, record, ''];
    case 'relationship.created':
      return [`${who} added a relationship of`, record, ''];
    case 'relationship.deleted':
      return [`${who} removed a relationship of`, record, ''];
    case 'campaign.created':
      return [`${who} created the campaign`, record, ''];
    case 'campaign.members_added':
      return [`${who} added members to`, record, ''];
    case 'campaign.member_removed':
      return [`${who} removed a member from`, record, ''];
    case 'campaign.response_recorded':
      return [`${who} recorded a response in`, record, ''];
    case 'user.registered':
      return [`${who} added the user`, record, ''];
    case 'user.role_changed':
      return [`${who} changed`, record, '’s role'];
    case 'user.role_change_refused':
      return [`${who} was refused a role change for`, record, ''];
    case 'auth.sign_in':
      return [`${who} signed in`, '', ''];
    case 'auth.sign_out':
      return [`${who} signed out`, '', ''];
    case 'auth.sign_in_failed':
      return [`A sign-in as ${who} failed`, '', ''];
    case 'auth.account_locked':
      return [`${who}’s account was locked after failed sign-ins`, '', ''];
    case 'auth.password_changed':
      return [`${who} changed their password`, '', ''];
    case 'auth.mfa_enabled':
      return [`${who} turned on two-step sign-in`, '', ''];
    case 'auth.mfa_disabled':
      return [`Two-step sign-in was turned off for ${who}`, '', ''];
    default: {
      // "import.committed" → "Uma: import committed", then the record if it has a name.
      const words = humanize(entry.action.replace('.', ' ')).toLowerCase();
      return [record ? `${who}: ${words},` : `${who}: ${words}`, record, ''];
    }
  }
}
