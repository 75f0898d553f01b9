import { tokens } from '@fluentui/react-components';
import { formatCount } from '../format';
import { ChartFrame } from './ChartFrame';
import { CHART_FONT, useChartWidth, type Datum, type Series } from './ChartSvg';

export interface BarChartProps {
  title: string;
  series: Series[];
  data: Datum[];
  empty: string;
}

const BAR = 16;
const GAP = 4;
const GROUP_GAP = 12;

/** About how many CSS pixels a character of a 12 px label takes. */
const CHAR_WIDTH = 7;

/**
 * Horizontal bars, one group per label and one bar per series, drawn at the width it is given: text keeps its size,
 * and labels are shortened only as far as the width asks.
 */
export function BarChart({ title, series, data, empty }: BarChartProps) {
  const [measure, WIDTH] = useChartWidth();
  const LABEL_WIDTH = Math.round(Math.min(140, Math.max(90, WIDTH * 0.32)));
  const labelChars = Math.floor((LABEL_WIDTH - 8) / CHAR_WIDTH);
  const max = Math.max(1, ...data.flatMap((datum) => datum.values));
  const groupHeight = series.length * (BAR + GAP) - GAP;
  const height = data.length * (groupHeight + GROUP_GAP);
  const plot = WIDTH - LABEL_WIDTH - 40;
  return (
    <ChartFrame
      title={title}
      series={series}
      data={data}
      empty={empty}
      drawing={{ measure, width: WIDTH, height: height, overflowVisible: true }}
    >
      {data.map((datum, row) => {
        const top = row * (groupHeight + GROUP_GAP);
        return (
          <g key={datum.label}>
            <text
              x={LABEL_WIDTH - 8}
              y={top + groupHeight / 2}
              dominantBaseline="middle"
              textAnchor="end"
              fontSize={CHART_FONT}
              fill={tokens.colorNeutralForeground1}
            >
              {datum.label.length > labelChars ? `${datum.label.slice(0, labelChars - 1)}…` : datum.label}
            </text>
            {datum.values.map((value, i) => {
              const y = top + i * (BAR + GAP);
              const width = (value / max) * plot;
              return (
                <g key={series[i]?.name ?? i}>
                  <rect
                    x={LABEL_WIDTH}
                    y={y}
                    width={Math.max(width, value > 0 ? 2 : 0)}
                    height={BAR}
                    rx={2}
                    fill={series[i]?.color}
                  />
                  <text
                    x={LABEL_WIDTH + width + 4}
                    y={y + BAR / 2}
                    dominantBaseline="middle"
                    fontSize={CHART_FONT}
                    fill={tokens.colorNeutralForeground2}
                  >
                    {formatCount(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
