import { makeStyles, tokens } from '@fluentui/react-components';
import type { Channel, ContactType, MemberCounts, Results, TimeToResponse } from '../../api';
import { BarChart } from '../../ui/charts/BarChart';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { ResponseFunnelChart } from '../../ui/charts/ResponseFunnelChart';
import { ResponsesPerWeekChart } from '../../ui/charts/ResponsesPerWeekChart';
import { CHANNEL_LABELS, STATUS_COLORS } from '../../lib/campaignLabels';
import { TYPE_LABELS } from '../../lib/contactLabels';
import { RESULT_SERIES, resultsData } from '../../ui/charts/chartData';

const useStyles = makeStyles({
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(360px, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

export interface ReportChartsProps {
  counts: MemberCounts;
  time: TimeToResponse;
  responsesPerWeek: Record<string, number>;
  resultsByContactType: Record<string, Results>;
  /** Left out for one campaign, which has a single channel. */
  resultsByChannel?: Record<string, Results>;
}

/** The report's charts, as the workbook draws them: funnel, days to response, weeks, results by type and channel. */
export function ReportCharts({
  counts,
  time,
  responsesPerWeek,
  resultsByContactType,
  resultsByChannel,
}: ReportChartsProps) {
  const styles = useStyles();
  return (
    <div className={styles.charts}>
      <ResponseFunnelChart counts={{ ...counts, all: counts.total }} empty="No members." />
      <ColumnChart
        title="Days to response"
        seriesName="Responses"
        data={time.histogram.map((bar) => ({
          label: bar.days === 'before sending' ? 'before' : bar.days,
          values: [bar.responses],
        }))}
        empty="No responses with a send date yet."
        color={STATUS_COLORS.converted}
      />
      <ResponsesPerWeekChart perWeek={responsesPerWeek} empty="No responses yet." />
      <BarChart
        title="Results by contact type"
        series={RESULT_SERIES}
        data={resultsData(resultsByContactType, (key) => TYPE_LABELS[key as ContactType] ?? key)}
        empty="No members."
      />
      {resultsByChannel && (
        <BarChart
          title="Results by channel"
          series={RESULT_SERIES}
          data={resultsData(resultsByChannel, (key) => CHANNEL_LABELS[key as Channel] ?? key)}
          empty="No members."
        />
      )}
    </div>
  );
}
