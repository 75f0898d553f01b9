import { STATUS_COLORS } from '../../lib/campaignLabels';
import { formatWeek } from '../numbers';
import { ColumnChart } from './ColumnChart';

/** A column per week (keyed by ISO week, as the analytics answer them) of how many members responded. */
export function ResponsesPerWeekChart({ perWeek, empty }: { perWeek: Record<string, number>; empty: string }) {
  return (
    <ColumnChart
      title="Responses per week"
      seriesName="Responses"
      data={Object.entries(perWeek).map(([week, n]) => ({ label: formatWeek(week), values: [n] }))}
      empty={empty}
      color={STATUS_COLORS.responded}
    />
  );
}
