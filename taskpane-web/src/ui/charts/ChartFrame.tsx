import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { formatCount } from '../format';
import { ChartSvg, type ChartDrawing, type Datum, type Series } from './ChartSvg';

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

export interface ChartFrameProps {
  title: string;
  series: Series[];
  data: Datum[];
  /** Said instead of the chart when there is nothing to draw. */
  empty: string;
  /** How to draw: the drawing's size (from useChartWidth), in CSS pixels. */
  drawing: ChartDrawing;
  /** The drawing's shapes and text. */
  children: ReactNode;
}

/** A titled chart card: the drawing, a legend for several series, and the same numbers as a table. */
export function ChartFrame({ title, series, data, empty, drawing, children }: ChartFrameProps) {
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
          <ChartSvg titleId={titleId} title={title} series={series} data={data} {...drawing}>
            {children}
          </ChartSvg>
          <ChartTable title={title} series={series} data={data} />
        </>
      )}
    </section>
  );
}

/** The chart's numbers as a table, folded away under "Show as a table". */
function ChartTable({ title, series, data }: Pick<ChartFrameProps, 'title' | 'series' | 'data'>) {
  const styles = useStyles();
  return (
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
  );
}
