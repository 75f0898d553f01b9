import { describe, expect, it } from 'vitest';
import type { FiledMessage } from '../../api';
import { filedStatus } from './filing';

const filed = (over: Partial<FiledMessage>): FiledMessage => ({
  id: 'i1',
  kind: 'email',
  subject: 'Your annual review',
  contactIds: ['c1'],
  contacts: [{ id: 'c1', displayName: 'Ann Lee' }],
  campaignId: 'camp-1',
  campaignName: 'Spring review',
  ...over,
});

describe('where a filed email stands', () => {
  it('calls campaign mail sent by Steward or tracked from Outlook what it is, not a reply', () => {
    expect(filedStatus(filed({ filedVia: 'tracked' }))).toBe(
      'Sent as campaign mail of Spring review; filed on Ann Lee.',
    );
    expect(filedStatus(filed({ filedVia: 'campaign' }))).toBe(
      'Sent as campaign mail of Spring review; filed on Ann Lee.',
    );
  });

  it('still calls an email filed from Outlook with a campaign a reply to it', () => {
    expect(filedStatus(filed({ filedVia: 'outlook' }))).toBe('Filed on Ann Lee, as a reply to Spring review.');
  });
});
