import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useState } from 'react';
import { CAMPAIGN_STATUSES, CONTACT_TYPES, type Api, type DashboardReport } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { useIdleAfterDraw } from '../../ui/hooks';
import { formatCount } from '../../ui/format';
import { formatPercent } from '../../ui/numbers';
import { CAMPAIGN_STATUS_LABELS } from '../../lib/campaignLabels';
import { TYPE_LABELS } from '../../lib/contactLabels';
import type { DefinedTermProps } from '../../ui/DefinedTerm';
import { Figures } from '../../ui/Figures';
import { useRead } from '../../lib/useRead';
import { DashboardCharts } from './DashboardCharts';
import { FirstSteps } from './FirstSteps';
import { RecentResponses } from './RecentResponses';
import { PageHeader } from '../../ui/PageHeader';

// The definitions' popover code loads once the browser is idle after the figures are drawn.
const DefinedTerm = lazy(() => import('../../ui/DefinedTerm').then((m) => ({ default: m.DefinedTerm })));

function Term(props: DefinedTermProps) {
  const idle = useIdleAfterDraw();
  if (!idle) return <Text>{props.children}</Text>;
  return (
    <Suspense fallback={<Text>{props.children}</Text>}>
      <DefinedTerm {...props} />
    </Suspense>
  );
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  note: { color: tokens.colorNeutralForeground2 },
});

/** How many members of draft campaigns the figures leave out. */
function draftNote(report: DashboardReport): string {
  const members = report.drafts.members;
  return members === 0
    ? 'No members of draft campaigns.'
    : `${formatCount(members)} ${members === 1 ? 'member' : 'members'} of draft campaigns counted apart.`;
}

/** No contacts and no campaigns: figures would be a wall of zeros, so only the first steps show. */
function emptyFirm(report: DashboardReport): boolean {
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return total(report.contactsByType) === 0 && total(report.campaignsByStatus) === 0;
}

const readDashboard = (api: Api) => api.analytics.dashboard();

/** The landing page: the firm's figures and charts from /api/analytics/dashboard. */
export function DashboardPage() {
  const styles = useStyles();
  const [revision, setRevision] = useState(0);
  const { data: report, error } = useRead(readDashboard, '', revision);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  const count = (map: Record<string, number>, key: string) => formatCount(map[key] ?? 0);

  return (
    <div className={styles.root}>
      <PageHeader title="Dashboard">
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={reload}>
          Refresh
        </Button>
      </PageHeader>
      <ErrorBar
        error={error}
        title="The dashboard could not be loaded"
        actions={<Button onClick={reload}>Try again</Button>}
      />
      {!report && !error && <Spinner label="Loading the dashboard…" />}
      {report && <FirstSteps report={report} />}
      {report && !emptyFirm(report) && (
        <>
          <Figures
            label="Response figures"
            Term={Term}
            figures={[
              [
                'Campaign members',
                formatCount(report.totals.members),
                `${report.definitions.drafts} ${draftNote(report)}`,
              ],
              ['Responded', formatCount(report.totals.responded), report.definitions.responded],
              ['Response rate', formatPercent(report.responseRate), report.definitions.responseRate],
              ['Conversion rate', formatPercent(report.conversionRate), report.definitions.conversionRate],
              ['Converted', formatCount(report.totals.converted)],
              [
                'Median days to response',
                report.timeToResponse.median == null ? '—' : String(report.timeToResponse.median),
                report.definitions.daysToResponse,
              ],
            ]}
          />
          <Text size={200} className={styles.note}>
            {`Campaigns that were sent. ${draftNote(report)}`}
          </Text>
          <h2 className={styles.heading}>Contacts</h2>
          <Figures
            label="Contacts by type"
            Term={Term}
            figures={CONTACT_TYPES.map((type) => [TYPE_LABELS[type], count(report.contactsByType, type)])}
          />
          <h2 className={styles.heading}>Campaigns</h2>
          <Figures
            label="Campaigns by status"
            Term={Term}
            figures={CAMPAIGN_STATUSES.map((status) => [
              CAMPAIGN_STATUS_LABELS[status],
              count(report.campaignsByStatus, status),
            ])}
          />
          <DashboardCharts report={report} />
          <RecentResponses responses={report.recentResponses} />
        </>
      )}
    </div>
  );
}
