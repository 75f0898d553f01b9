import { tokens } from '@fluentui/react-components';
import { formatCount } from '../format';
import { ChartFrame } from './ChartFrame';
import { CHART_FONT, useChartWidth, type Datum } from './ChartSvg';

export interface ColumnChartProps {
  title: string;
  /** What the columns count ("Responses"). */
  seriesName: string;
  data: Datum[];
  empty: string;
  color?: string;
}

const HEIGHT = 180;
const AXIS = 22;
/** The room one label needs ("Nov 24" at 12 px), so that labels never overlap. */
const LABEL_ROOM = 52;

/** A label's centre, kept far enough from the edges that the label is not cut off. */
function labelX(centre: number, width: number): number {
  return Math.min(Math.max(centre, LABEL_ROOM / 2), width - LABEL_ROOM / 2);
}

/**
 * Where each written label goes (by column index): every `every`-th column, kept off the edges, and left out when
 * the edge pushed it within a label's room of the one before ("Sep 14Sep 28" at 360 px).
 */
export function labelPositions(centres: readonly number[], width: number, every: number): Map<number, number> {
  const positions = new Map<number, number>();
  let last = -Infinity;
  centres.forEach((centre, i) => {
    if (i % every !== 0) return;
    const x = labelX(centre, width);
    if (x - last < LABEL_ROOM) return;
    positions.set(i, x);
    last = x;
  });
  return positions;
}

/**
 * Vertical columns over time (one value per label), drawn at the width it is given: text keeps its size, and on a
 * narrow chart only every second or third label is written.
 */
export function ColumnChart({ title, seriesName, data, empty, color = tokens.colorBrandBackground }: ColumnChartProps) {
  const [measure, WIDTH] = useChartWidth();
  const series = [{ name: seriesName, color }];
  const max = Math.max(1, ...data.map((datum) => datum.values[0] ?? 0));
  const slot = WIDTH / Math.max(data.length, 1);
  const bar = Math.min(28, slot * 0.7);
  const plot = HEIGHT - AXIS - 16;
  const every = Math.max(1, Math.ceil(LABEL_ROOM / slot));
  const valuesFit = slot >= 24;
  const labels = labelPositions(
    data.map((_, i) => i * slot + slot / 2),
    WIDTH,
    every,
  );
  return (
    <ChartFrame
      title={title}
      series={series}
      data={data}
      empty={empty}
      drawing={{ measure, width: WIDTH, height: HEIGHT }}
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke={tokens.colorNeutralStroke1} />
      {data.map((datum, i) => {
        const value = datum.values[0] ?? 0;
        const height = (value / max) * plot;
        const x = i * slot + (slot - bar) / 2;
        return (
          <g key={datum.label}>
            <rect x={x} y={HEIGHT - AXIS - height} width={bar} height={height} rx={2} fill={color} />
            {value > 0 && valuesFit && (
              <text
                x={x + bar / 2}
                y={HEIGHT - AXIS - height - 3}
                textAnchor="middle"
                fontSize={CHART_FONT}
                fill={tokens.colorNeutralForeground2}
              >
                {formatCount(value)}
              </text>
            )}
            {labels.has(i) && (
              <text
                x={labels.get(i)}
                y={HEIGHT - 6}
                textAnchor="middle"
                fontSize={CHART_FONT}
                fill={tokens.colorNeutralForeground2}
              >
                {datum.label}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
