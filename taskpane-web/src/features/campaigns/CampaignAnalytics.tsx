import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { RESPONSE_STATUSES, type Api, type ContactType } from '../../api';
import { useRead } from '../../lib/useRead';
import { ErrorBar } from '../../ui/ErrorBar';
import { BarChart } from '../../ui/charts/BarChart';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { ResponsesPerWeekChart } from '../../ui/charts/ResponsesPerWeekChart';
import { STATUS_LABELS, TYPE_LABELS } from '../../lib/contactLabels';
import { RESULT_SERIES, resultsData } from '../../ui/charts/chartData';
import { ReportFigures } from '../reports';
import { STATUS_COLORS } from '../../lib/campaignLabels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  note: { color: tokens.colorNeutralForeground2 },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(360px, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

const readCampaignReport = (api: Api, campaignId: string) => api.analytics.campaign(campaignId);

/**
 * The campaign's own effectiveness as the service defines it: members by status, rates (none for a draft) with their
 * definitions, days to response, and charts.
 */
export function CampaignAnalytics({ campaignId, revision }: { campaignId: string; revision: number }) {
  const styles = useStyles();
  const { data: report, error } = useRead(readCampaignReport, campaignId, revision);

  return (
    <section className={styles.root} aria-labelledby="analytics-heading">
      <h2 id="analytics-heading" className={styles.heading}>
        Results
      </h2>
      <ErrorBar error={error} title="The results could not be loaded" />
      {!report && !error && <Spinner size="tiny" label="Loading results…" />}
      {report && (
        <>
          <ReportFigures
            label="Campaign figures"
            counts={report.figures}
            time={report.timeToResponse}
            definitions={report.definitions}
            draft={!report.countedInRates}
          />
          {!report.countedInRates && (
            <Text size={200} className={styles.note}>{`This campaign is a draft. ${report.definitions.drafts}`}</Text>
          )}
          <div className={styles.charts}>
            <BarChart
              title="Members by status"
              series={[{ name: 'Members', color: tokens.colorBrandBackground }]}
              data={RESPONSE_STATUSES.map((status) => ({
                label: STATUS_LABELS[status],
                values: [report.membersByStatus[status] ?? 0],
              }))}
              empty="No members yet."
            />
            <ResponsesPerWeekChart perWeek={report.responsesPerWeek} empty="No responses yet." />
            <ColumnChart
              title="Days to response"
              seriesName="Responses"
              data={report.timeToResponse.histogram.map((bar) => ({
                label: bar.days === 'before sending' ? 'before' : bar.days,
                values: [bar.responses],
              }))}
              empty="No responses with a send date yet."
              color={STATUS_COLORS.converted}
            />
            <BarChart
              title="Results by contact type"
              series={RESULT_SERIES}
              data={resultsData(report.resultsByContactType, (key) => TYPE_LABELS[key as ContactType] ?? key)}
              empty="No members yet."
            />
          </div>
        </>
      )}
    </section>
  );
}
