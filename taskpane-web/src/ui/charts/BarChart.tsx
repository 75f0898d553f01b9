import { tokens } from '@fluentui/react-components';
import { formatCount } from '../format';
import { ChartFrame, describeData, type Datum, type Series } from './ChartFrame';

export interface BarChartProps {
  title: string;
  series: Series[];
  data: Datum[];
  empty: string;
}

const LABEL_WIDTH = 110;
const WIDTH = 400;
const BAR = 16;
const GAP = 4;
const GROUP_GAP = 12;

/** Horizontal bars, one group per label and one bar per series; scales with its container. */
export function BarChart({ title, series, data, empty }: BarChartProps) {
  const max = Math.max(1, ...data.flatMap((datum) => datum.values));
  const groupHeight = series.length * (BAR + GAP) - GAP;
  const height = data.length * (groupHeight + GROUP_GAP);
  const plot = WIDTH - LABEL_WIDTH - 40;
  return (
    <ChartFrame title={title} series={series} data={data} empty={empty}>
      {(titleId) => (
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={`${titleId}-desc`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          style={{ maxHeight: `${Math.max(height, 40) * 1.2}px`, overflow: 'visible' }}
        >
          <title>{title}</title>
          <desc id={`${titleId}-desc`}>{describeData(series, data)}</desc>
          {data.map((datum, row) => {
            const top = row * (groupHeight + GROUP_GAP);
            return (
              <g key={datum.label}>
                <text x={LABEL_WIDTH - 8} y={top + groupHeight / 2} dominantBaseline="middle" textAnchor="end" fontSize="12" fill={tokens.colorNeutralForeground1}>
                  {datum.label.length > 16 ? `${datum.label.slice(0, 15)}…` : datum.label}
                </text>
                {datum.values.map((value, i) => {
                  const y = top + i * (BAR + GAP);
                  const width = (value / max) * plot;
                  return (
                    <g key={series[i]?.name ?? i}>
                      <rect x={LABEL_WIDTH} y={y} width={Math.max(width, value > 0 ? 2 : 0)} height={BAR} rx={2} fill={series[i]?.color} />
                      <text x={LABEL_WIDTH + width + 4} y={y + BAR / 2} dominantBaseline="middle" fontSize="11" fill={tokens.colorNeutralForeground2}>
                        {formatCount(value)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
