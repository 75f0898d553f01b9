import { describe, expect, it } from 'vitest';
import { problemText, reasonLines } from './labels';

describe('problems in words', () => {
  it('names the field when the message goes on from it, and leaves whole sentences alone', () => {
    expect(problemText({ field: 'email', message: 'is not a valid email address' })).toBe(
      'Email is not a valid email address',
    );
    expect(problemText({ field: 'firstName', message: 'the row has no name and no company' })).toBe(
      'The row has no name and no company',
    );
    expect(problemText({ field: 'row', message: 'repeats row 3 of this file' })).toBe('Repeats row 3 of this file');
  });

  it('reads a rejected row’s reason line by line, with custom fields by their label', () => {
    const fields = [{ key: 'date_of_death', label: 'Date of death', type: 'date' as const }];
    expect(
      reasonLines('customFields.date_of_death: must be a date\nphone: is not a valid phone number', fields),
    ).toEqual(['Date of death must be a date', 'Phone is not a valid phone number']);
  });
});
