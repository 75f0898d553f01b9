import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { RESPONSE_STATUSES, useApi, type CampaignReport, type ContactType } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { BarChart } from '../../ui/charts/BarChart';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { formatCount } from '../../ui/format';
import { formatPercent, formatWeek } from '../../ui/numbers';
import { STATUS_LABELS, TYPE_LABELS } from '../contacts/labels';
import { Figures } from '../dashboard/Figures';
import { RESULT_SERIES, resultsData } from '../dashboard/chartData';
import { STATUS_COLORS } from './labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  charts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(360px, 100%), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
});

/** The campaign's own effectiveness: members by status, rates, median days to respond, and charts. */
export function CampaignAnalytics({ campaignId, revision }: { campaignId: string; revision: number }) {
  const styles = useStyles();
  const api = useApi();
  const [report, setReport] = useState<CampaignReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.analytics.campaign(campaignId).then(
      (result) => {
        if (!live) return;
        setReport(result);
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, campaignId, revision]);

  const members = report ? Object.values(report.membersByStatus).reduce((sum, n) => sum + n, 0) : 0;
  return (
    <section className={styles.root} aria-labelledby="analytics-heading">
      <h2 id="analytics-heading" className={styles.heading}>Results</h2>
      <ErrorBar error={error} title="The results could not be loaded" />
      {!report && !error && <Spinner size="tiny" label="Loading results…" />}
      {report && (
        <>
          <Figures
            label="Campaign figures"
            figures={[
              ['Members', formatCount(members)],
              ['Response rate', formatPercent(report.responseRate)],
              ['Conversion rate', formatPercent(report.conversionRate)],
              ['Median days to response', report.medianDaysToResponse == null ? '—' : String(report.medianDaysToResponse)],
            ]}
          />
          <div className={styles.charts}>
            <BarChart
              title="Members by status"
              series={[{ name: 'Members', color: tokens.colorBrandBackground }]}
              data={RESPONSE_STATUSES.map((status) => ({ label: STATUS_LABELS[status], values: [report.membersByStatus[status] ?? 0] }))}
              empty="No members yet."
            />
            <ColumnChart
              title="Responses per week"
              seriesName="Responses"
              data={Object.entries(report.responsesPerWeek).map(([week, n]) => ({ label: formatWeek(week), values: [n] }))}
              empty="No responses yet."
              color={STATUS_COLORS.responded}
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
