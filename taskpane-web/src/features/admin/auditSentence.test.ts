import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api';
import { auditSentence, recordPath, sentenceText } from './auditSentence';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: '1',
  occurredAt: '2026-12-05T10:00:00Z',
  action: 'contact.updated',
  actorLabel: 'uma@firm.example',
  actorName: 'Uma Patel',
  entityType: 'contact',
  entityId: 'c1',
  entityLabel: 'Cordell Greenholt',
  changes: { city: { before: 'Denver', after: 'Boulder' } },
  ...over,
});

describe('audit entries as sentences', () => {
  it('says who changed which fields of which record, and links to it', () => {
    expect(sentenceText(auditSentence(entry({})))).toBe('Uma Patel changed Cordell Greenholt’s city');
    expect(recordPath(entry({}))).toBe('/contacts/c1');
    const custom = new Map([['review_date', 'Review date']]);
    const two = entry({ changes: { city: {}, 'customFields.review_date': {} } });
    expect(sentenceText(auditSentence(two, custom))).toBe('Uma Patel changed Cordell Greenholt’s city and review date');
  });

  it('reads codes as words', () => {
    expect(
      sentenceText(
        auditSentence(entry({ action: 'auth.sign_in', entityType: 'user', entityLabel: null, changes: null })),
      ),
    ).toBe('Uma Patel signed in');
    expect(
      sentenceText(
        auditSentence(
          entry({ action: 'campaign.response_recorded', entityType: 'campaign', entityLabel: 'Spring review' }),
        ),
      ),
    ).toBe('Uma Patel recorded a response in Spring review');
    expect(sentenceText(auditSentence(entry({ actorName: null, action: 'contact.deleted' })))).toBe(
      'uma@firm.example moved Cordell Greenholt to the trash',
    );
  });

  it('says what a merge did, and its undo', () => {
    expect(sentenceText(auditSentence(entry({ action: 'contact.merged' })))).toBe(
      'Uma Patel merged a duplicate into Cordell Greenholt',
    );
    expect(sentenceText(auditSentence(entry({ action: 'contact.merged_away' })))).toBe(
      'Uma Patel merged Cordell Greenholt into another contact',
    );
    expect(sentenceText(auditSentence(entry({ action: 'contact.merge_undone' })))).toBe(
      'Uma Patel undid a merge of Cordell Greenholt',
    );
  });
});
