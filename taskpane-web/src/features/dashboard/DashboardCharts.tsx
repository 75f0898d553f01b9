import { makeStyles, tokens } from '@fluentui/react-components';
import type { Channel, ContactType, DashboardReport } from '../../api';
import { BarChart } from '../../ui/charts/BarChart';
import { RESULT_SERIES, resultsData } from '../../ui/charts/chartData';
import { ResponseFunnelChart } from '../../ui/charts/ResponseFunnelChart';
import { ResponsesPerWeekChart } from '../../ui/charts/ResponsesPerWeekChart';
import { CHANNEL_LABELS } from '../../lib/campaignLabels';
import { TYPE_LABELS } from '../../lib/contactLabels';

const useStyles = makeStyles({
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(420px, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

/** The dashboard's charts: the response funnel, responses per week, and results by channel and by contact type. */
export function DashboardCharts({ report }: { report: DashboardReport }) {
  const styles = useStyles();
  return (
    <div className={styles.charts}>
      <ResponseFunnelChart counts={{ ...report.totals, all: report.totals.members }} empty="No campaign members yet." />
      <ResponsesPerWeekChart perWeek={report.responsesPerWeek} empty="No responses in the last 12 weeks." />
      <BarChart
        title="Results by channel"
        series={RESULT_SERIES}
        data={resultsData(report.resultsByChannel, (key) => CHANNEL_LABELS[key as Channel] ?? key)}
        empty="No campaign members yet."
      />
      <BarChart
        title="Results by contact type"
        series={RESULT_SERIES}
        data={resultsData(report.resultsByContactType, (key) => TYPE_LABELS[key as ContactType] ?? key)}
        empty="No campaign members yet."
      />
    </div>
  );
}
