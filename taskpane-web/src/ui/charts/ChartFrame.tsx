import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState, type ReactNode } from 'react';
import { formatCount } from '../format';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  title: { margin: 0 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    borderRadius: '2px',
    marginRight: tokens.spacingHorizontalXS,
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalS}` },
    '& td': { fontVariantNumeric: 'tabular-nums' },
  },
  details: { color: tokens.colorNeutralForeground2 },
  empty: { color: tokens.colorNeutralForeground2 },
  caption: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface Series {
  name: string;
  color: string;
}

export interface Datum {
  label: string;
  values: number[];
}

export interface ChartFrameProps {
  title: string;
  series: Series[];
  data: Datum[];
  /** Said instead of the chart when there is nothing to draw. */
  empty: string;
  children: (titleId: string) => ReactNode;
}

/** A titled chart card: the drawing, a legend for several series, and the same numbers as a table. */
export function ChartFrame({ title, series, data, empty, children }: ChartFrameProps) {
  const styles = useStyles();
  const titleId = useId();
  const nothing = data.length === 0 || data.every((datum) => datum.values.every((value) => value === 0));
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <h3 className={styles.title} id={titleId}>
        <Text weight="semibold">{title}</Text>
      </h3>
      {nothing ? (
        <Text className={styles.empty}>{empty}</Text>
      ) : (
        <>
          {series.length > 1 && (
            <ul className={styles.legend} aria-label={`Legend of ${title}`}>
              {series.map((s) => (
                <li key={s.name}>
                  <span className={styles.swatch} style={{ backgroundColor: s.color }} aria-hidden />
                  <Text size={200}>{s.name}</Text>
                </li>
              ))}
            </ul>
          )}
          {children(titleId)}
          <details className={styles.details}>
            <summary>Show as a table</summary>
            <table className={styles.table}>
              <caption className={styles.caption}>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{series.length > 1 ? '' : 'Label'}</th>
                  {series.map((s) => (
                    <th key={s.name} scope="col">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.map((datum) => (
                  <tr key={datum.label}>
                    <th scope="row">{datum.label}</th>
                    {datum.values.map((value, i) => (
                      <td key={series[i]?.name ?? i}>{formatCount(value)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
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
