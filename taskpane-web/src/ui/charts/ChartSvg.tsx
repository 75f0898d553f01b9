import { useCallback, useState, type ReactNode } from 'react';
import { formatCount } from '../format';

export interface Series {
  name: string;
  color: string;
}

export interface Datum {
  label: string;
  values: number[];
}

/** A chart drawing's size, followed as its container resizes. */
export interface ChartDrawing {
  /** From useChartWidth: follows the drawing's width. */
  measure: (element: Element | null) => void;
  width: number;
  height: number;
  /** Lets labels that stand out past the edge show (bar charts). */
  overflowVisible?: boolean;
}

export interface ChartSvgProps extends ChartDrawing {
  /** The id of the chart's heading, which names the drawing. */
  titleId: string;
  title: string;
  series: Series[];
  data: Datum[];
  children: ReactNode;
}

/** A chart's drawing, named by its heading and described in words for a screen reader, at the width it is given. */
export function ChartSvg({
  titleId,
  title,
  series,
  data,
  measure,
  width,
  height,
  overflowVisible,
  children,
}: ChartSvgProps) {
  return (
    <svg
      ref={measure}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      style={overflowVisible ? { overflow: 'visible' } : undefined}
    >
      <title>{title}</title>
      <desc id={`${titleId}-desc`}>{describeData(series, data)}</desc>
      {children}
    </svg>
  );
}

/** "Email: 12 members, 4 responded" — what a screen reader hears for the whole chart. */
export function describeData(series: Series[], data: Datum[]): string {
  return data
    .map(
      (datum) =>
        `${datum.label}: ${datum.values.map((v, i) => `${formatCount(v)} ${series[i]?.name.toLowerCase() ?? ''}`).join(', ')}`,
    )
    .join('; ');
}

/** The smallest text a chart draws, in CSS pixels. */
export const CHART_FONT = 12;

/**
 * The width the chart is drawn at, in CSS pixels, followed as its container resizes: the drawing uses it as its
 * viewBox width, so that text keeps its size on a phone instead of shrinking with the picture.
 */
export function useChartWidth(fallback = 400): [ref: (element: Element | null) => void, width: number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: Element | null) => {
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
