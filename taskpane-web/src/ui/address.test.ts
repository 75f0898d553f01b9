import { describe, expect, it } from 'vitest';
import { addressLines } from './address';

describe('addresses laid out by country', () => {
  it('writes an American address city, state and ZIP on one line', () => {
    expect(
      addressLines({
        addressLine1: '1600 Glenarm Pl',
        addressLine2: 'Suite 400',
        city: 'Denver',
        region: 'CO',
        postalCode: '80202',
        country: 'United States',
      }),
    ).toEqual(['1600 Glenarm Pl', 'Suite 400', 'Denver, CO 80202', 'United States']);
  });

  it('puts a British postcode on its own line after the town', () => {
    expect(
      addressLines({ addressLine1: '10 Downing St', city: 'London', postalCode: 'SW1A 2AA', country: 'UK' }),
    ).toEqual(['10 Downing St', 'London', 'SW1A 2AA', 'UK']);
  });

  it('writes the postcode before the town in Germany and the rest of Europe', () => {
    expect(
      addressLines({ addressLine1: 'Unter den Linden 5', city: 'Berlin', postalCode: '10117', country: 'Germany' }),
    ).toEqual(['Unter den Linden 5', '10117 Berlin', 'Germany']);
  });

  it('leaves out what is missing', () => {
    expect(addressLines({ city: 'Denver', region: 'CO' })).toEqual(['Denver, CO']);
    expect(addressLines({})).toEqual([]);
  });
});
