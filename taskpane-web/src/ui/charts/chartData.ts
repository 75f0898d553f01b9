import { tokens } from '@fluentui/react-components';
import type { Results } from '../../api';
import type { Datum, Series } from './ChartSvg';

/** Members, responded and converted: the three bars of every "results by …" chart. */
export const RESULT_SERIES: Series[] = [
  { name: 'Members', color: tokens.colorNeutralStrokeAccessible },
  { name: 'Responded', color: tokens.colorBrandBackground },
  { name: 'Converted', color: tokens.colorPaletteGreenBackground3 },
];

export function resultsData(results: Record<string, Results>, label: (key: string) => string): Datum[] {
  return Object.entries(results).map(([key, r]) => ({
    label: label(key),
    values: [r.members, r.responded, r.converted],
  }));
}
