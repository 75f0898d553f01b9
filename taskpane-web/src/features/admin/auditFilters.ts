import { queryString } from '../../api/client';
import { auditQuery, type AuditFilters } from '../../api';

/** The audit log's filter form, as text fields hold it. */
export interface AuditFilterForm {
  userId: string;
  entityType: string;
  action: string;
  /** yyyy-mm-dd, inclusive */
  from: string;
  /** yyyy-mm-dd, inclusive (the service's `to` is exclusive: the next day is sent) */
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterForm = { userId: '', entityType: '', action: '', from: '', to: '' };

export const ENTITY_TYPES = ['contact', 'campaign', 'relationship', 'interaction', 'user', 'tenant'] as const;

export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The form as API filters: blanks are left out, and the last day is included. */
export function auditFilters(form: AuditFilterForm): AuditFilters {
  const filters: AuditFilters = {};
  if (form.userId) filters.userId = form.userId;
  if (form.entityType) filters.entityType = form.entityType;
  if (form.action.trim()) filters.action = form.action.trim();
  if (form.from) filters.from = form.from;
  if (form.to) filters.to = nextDay(form.to);
  return filters;
}

/** The query string the audit list and the CSV export send. */
export function auditSearch(form: AuditFilterForm, page?: number, size?: number): string {
  return queryString(auditQuery(auditFilters(form), page, size));
}
