import { tokens } from '@fluentui/react-components';
import { BarChart } from './BarChart';

/** How many members stand at each step: all of them, then by response. */
export interface FunnelCounts {
  all: number;
  responded: number;
  converted: number;
  notInterested: number;
  pending: number;
}

/** The response funnel: all members, then those who responded, converted, declined, and are still pending. */
export function ResponseFunnelChart({ counts, empty }: { counts: FunnelCounts; empty: string }) {
  return (
    <BarChart
      title="Response funnel"
      series={[{ name: 'Members', color: tokens.colorBrandBackground }]}
      data={[
        { label: 'All members', values: [counts.all] },
        { label: 'Responded', values: [counts.responded] },
        { label: 'Converted', values: [counts.converted] },
        { label: 'Not interested', values: [counts.notInterested] },
        { label: 'Still pending', values: [counts.pending] },
      ]}
      empty={empty}
    />
  );
}
