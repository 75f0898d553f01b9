import { describe, expect, it } from 'vitest';
import type { OpenMessage } from '../../office/outlook';
import { textWrittenBy } from './authorship';
import { peopleOf, type Person } from './people';

const message: OpenMessage = {
  itemId: '1',
  restId: null,
  from: { name: 'Ann Lee', email: 'Ann@Client.example' },
  to: [
    { name: 'Me', email: 'me@firm.example' },
    { name: 'Bob Stone', email: 'bob@client.example' },
  ],
  cc: [
    { name: '', email: 'ann@client.example' },
    { name: 'Info', email: 'info@firm.example' },
    { name: 'Cy Park', email: 'cy@other.example' },
  ],
  subject: 'Hi',
  internetMessageId: null,
  conversationId: null,
  dateTimeCreated: null,
  mailboxAddresses: ['me@firm.example', 'info@firm.example'],
  sharedOwner: 'info@firm.example',
};

describe('the people on a message', () => {
  it('lists sender first, each once, without the mailbox’s own addresses', () => {
    expect(peopleOf(message).map((p) => [p.email, p.roles])).toEqual([
      ['Ann@Client.example', ['From', 'Cc']],
      ['bob@client.example', ['To']],
      ['cy@other.example', ['Cc']],
    ]);
  });
});

describe('what a person wrote', () => {
  const cy: Person = { name: 'Cy Park', email: 'cy@other.example', key: 'cy@other.example', roles: ['Cc'] };
  const body = [
    'Thanks Cy, adding Bob.',
    '',
    'Best regards,',
    'Ann',
    '',
    'On Tue, 3 Mar 2026 at 09:12, Cy Park <cy@other.example>',
    'wrote:',
    '> Hello Ann,',
    '> Kind regards,',
    '> Cy Park',
    '> Partner, Park & Co LLP',
  ].join('\n');

  it('is the whole body for the sender', () => {
    expect(textWrittenBy(body, { ...cy, roles: ['From'] }, true)).toBe(body);
  });

  it('is their quoted message, unquoted, under an "On … wrote:" header', () => {
    expect(textWrittenBy(body, cy, false)).toBe('Hello Ann,\nKind regards,\nCy Park\nPartner, Park & Co LLP');
  });

  it('finds Outlook’s From/Sent block', () => {
    const outlook = 'Noted.\n\nFrom: Cy Park <cy@other.example>\nSent: Monday\nTo: Ann\nSubject: X\n\nHi\nCy';
    expect(textWrittenBy(outlook, cy, false)).toBe('\nHi\nCy');
  });

  it('is null when they wrote nothing in this message', () => {
    expect(textWrittenBy('Just a note from Ann.', cy, false)).toBeNull();
  });
});
