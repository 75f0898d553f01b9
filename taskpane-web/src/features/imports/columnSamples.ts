import type { ColumnMapping, PreviewRow } from '../../api';
import { showValue } from '../../ui/ChangesTable';

const SAMPLES = 3;

/** The preview's values for what a column fills, as "Ada, Grace, Linus" (the preview holds mapped values, not cells). */
export function columnSamples(column: Pick<ColumnMapping, 'field' | 'customField'>, preview: PreviewRow[]): string[] {
  const read = (row: PreviewRow): unknown => {
    if (column.field === 'customField') return column.customField ? row.values[`customFields.${column.customField}`] : undefined;
    if (column.field === 'fullName') {
      const name = [row.values.firstName, row.values.lastName].filter(Boolean).join(' ');
      return name || undefined;
    }
    return row.values[column.field];
  };
  const samples: string[] = [];
  for (const row of preview) {
    const value = read(row);
    if (value === undefined || value === null || value === '') continue;
    const text = showValue(value);
    if (!samples.includes(text)) samples.push(text);
    if (samples.length === SAMPLES) break;
  }
  return samples;
}
