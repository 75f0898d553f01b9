import type { CustomFieldType } from '../../api';
import { formatAmount, formatDay, jsonText } from '../../ui/format';

/** A custom field's value as its type reads: numbers grouped, dates as every other date, yes or no. */
export function formatCustomValue(type: CustomFieldType | undefined, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (type === 'number') {
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(number) ? formatAmount(number) : jsonText(value);
  }
  if (type === 'date' && typeof value === 'string') return formatDay(value);
  return jsonText(value);
}
