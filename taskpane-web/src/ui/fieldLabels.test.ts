import { describe, expect, it } from 'vitest';
import { fieldLabel, formatFieldValue } from './fieldLabels';

describe('field labels and values for the timeline and the audit log', () => {
  const custom = new Map([['portfolio_value', 'Portfolio value']]);

  it('names fields as people do, custom fields by their label', () => {
    expect(fieldLabel('postalCode')).toBe('Postal code');
    expect(fieldLabel('customFields.portfolio_value', custom)).toBe('Portfolio value');
    expect(fieldLabel('customFields.date_of_death')).toBe('Date of death');
    expect(fieldLabel('someNewField')).toBe('Some new field');
  });

  it('formats values instead of showing raw JSON', () => {
    expect(formatFieldValue('customFields', { portfolio_value: 1875000, trustee: true }, custom)).toBe(
      'Portfolio value: 1,875,000; Trustee: Yes',
    );
    expect(formatFieldValue('tags', ['client', 'vip'])).toBe('client, vip');
    expect(formatFieldValue('type', 'not_interested')).toBe('Not interested');
    expect(formatFieldValue('sendDate', '2025-12-18')).toMatch(/Dec 18, 2025/);
    expect(formatFieldValue('city', null)).toBe('—');
  });
});
