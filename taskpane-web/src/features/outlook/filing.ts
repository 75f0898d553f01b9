import type { FiledMessage, FiledOn, FilingResult } from '../../api';

/** "Ann Lee", "Ann Lee and Bob Ray", "Ann Lee, Bob Ray and 1 more": two names at most, then a count. */
export function peopleSentence(people: FiledOn[]): string {
  const names = people.map((person) => person.displayName);
  if (names.length <= 2) return names.join(' and ');
  return `${names[0]}, ${names[1]} and ${names.length - 2} more`;
}

/** What one press of "File this email" did, in words. */
export function filingOutcome(result: FilingResult): string {
  const added = result.contacts.filter((person) => result.newlyLinkedContactIds.includes(person.id));
  if (result.created) return `Filed on ${peopleSentence(result.contacts)}.`;
  if (added.length > 0) return `Also filed on ${peopleSentence(added)}.`;
  return `Already filed on ${peopleSentence(result.contacts)}; nobody new to add.`;
}

/** Where this message stands in Steward, in words: filed, and as a reply to which campaign. */
export function filedStatus(filed: FiledMessage): string {
  const people = filed.contacts.length > 0 ? ` on ${peopleSentence(filed.contacts)}` : '';
  if ((filed.filedVia === 'campaign' || filed.filedVia === 'tracked') && filed.campaignName) {
    return `Sent as campaign mail of ${filed.campaignName}; filed${people}.`;
  }
  if (filed.filedVia === 'mailbox') {
    return filed.campaignName
      ? `Found by the mailbox sync as a reply to ${filed.campaignName}; filed${people}.`
      : `Found by the mailbox sync; filed${people}.`;
  }
  return filed.campaignName ? `Filed${people}, as a reply to ${filed.campaignName}.` : `Filed${people}.`;
}
