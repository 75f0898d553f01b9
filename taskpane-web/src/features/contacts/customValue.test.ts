import { describe, expect, it } from 'vitest';
import { formatCustomValue } from './customValue';
import { formatDate } from '../../ui/format';

describe('custom field values by type', () => {
  it('groups numbers and keeps their decimals', () => {
    expect(formatCustomValue('number', 1875000)).toBe('1,875,000');
    expect(formatCustomValue('number', '1250.50')).toBe('1,250.5');
  });

  it('shows a date field the way every other date is shown, on its own day', () => {
    expect(formatCustomValue('date', '2025-12-18')).toBe(formatDate('2025-12-18T12:00:00'));
    expect(formatCustomValue('date', '2025-12-18')).toMatch(/Dec 18, 2025/);
  });

  it('says yes or no, and leaves text alone', () => {
    expect(formatCustomValue('boolean', true)).toBe('Yes');
    expect(formatCustomValue('boolean', false)).toBe('No');
    expect(formatCustomValue('text', 'Balanced')).toBe('Balanced');
    expect(formatCustomValue('text', '')).toBeNull();
  });
});
