import { describe, expect, it } from 'vitest';
import { auditSearch, EMPTY_AUDIT_FILTERS, nextDay } from './auditFilters';

describe('audit filters', () => {
  it('sends nothing for empty filters but the page', () => {
    expect(auditSearch(EMPTY_AUDIT_FILTERS)).toBe('');
    expect(auditSearch(EMPTY_AUDIT_FILTERS, 2, 25)).toBe('?page=2&size=25');
  });

  it('puts every filter in the query string, with the last day included', () => {
    const search = auditSearch(
      { userId: 'u1', entityType: 'contact', action: ' contact.updated ', from: '2026-03-01', to: '2026-03-31' },
      0,
      25,
    );
    const params = new URLSearchParams(search);
    expect(Object.fromEntries(params)).toEqual({
      userId: 'u1',
      entityType: 'contact',
      action: 'contact.updated',
      from: '2026-03-01',
      to: '2026-04-01',
      page: '0',
      size: '25',
    });
  });

  it('rolls the day over months and years', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
