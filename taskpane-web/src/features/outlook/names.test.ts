import { describe, expect, it } from 'vitest';
import { splitName } from './names';

describe('splitting a display name', () => {
  it.each([
    ['Ann Lee', 'Ann', 'Lee'],
    ['Lee, Ann', 'Ann', 'Lee'],
    ['"Lee, Ann"', 'Ann', 'Lee'],
    ["'Ann Lee'", 'Ann', 'Lee'],
    ['Mary Ann Smith', 'Mary Ann', 'Smith'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Maria de la Cruz', 'Maria', 'de la Cruz'],
    ['Dr. Priya Natarajan', 'Priya', 'Natarajan'],
    ['Ann Lee (Harbourlight)', 'Ann', 'Lee'],
    ['Madonna', 'Madonna', ''],
    ['  Ann   Lee  ', 'Ann', 'Lee'],
    ['John Smith, Jr.', 'John', 'Smith Jr.'],
    ['Lee, PhD', '', 'Lee PhD'],
  ])('%s → %s | %s', (display, first, last) => {
    expect(splitName(display)).toEqual({ firstName: first, lastName: last });
  });

  it('falls back to the email when there is no name', () => {
    expect(splitName('', 'ann.lee@client.example')).toEqual({ firstName: 'Ann', lastName: 'Lee' });
    expect(splitName('ann.lee@client.example', 'ann.lee@client.example')).toEqual({
      firstName: 'Ann',
      lastName: 'Lee',
    });
    expect(splitName('', 'info@client.example')).toEqual({ firstName: 'Info', lastName: '' });
    expect(splitName('', '12345@client.example')).toEqual({ firstName: '', lastName: '' });
  });
});
