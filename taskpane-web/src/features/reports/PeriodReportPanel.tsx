import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type Period } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatCount } from '../../ui/format';
import { useDebounced } from '../../ui/hooks';
import { DownloadButton } from './DownloadButton';
import { PeriodPicker } from './PeriodPicker';
import { describePeriod, periodProblem, quickPeriod, todayIso } from './periods';
import { PortfolioTable } from './PortfolioTable';
import { ReportCharts } from './ReportCharts';
import { ReportFigures } from './ReportFigures';
import { OneDriveSaveMessages, SaveToOneDriveButton } from './SaveToOneDrive';
import { useOneDriveSave } from './useOneDriveSave';
import { useReport } from './useReport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The portfolio report: pick a period, preview its campaigns side by side with the totals, download the workbook. */
export function PeriodReportPanel({ today = todayIso() }: { today?: string }) {
  const styles = useStyles();
  const api = useApi();
  const [period, setPeriod] = useState<Period>(() => quickPeriod('last-quarter', today));
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const settled = useDebounced(period, 300);
  const problem = periodProblem(period);
  const key = periodProblem(settled) ? null : `${settled.from}/${settled.to}`;
  const { report, error, loading } = useReport(key, (signal) => api.reports.portfolio(settled, signal));
  const oneDrive = useOneDriveSave(key ?? '', () => api.reports.savePortfolioToOneDrive(settled));

  return (
    <section className={styles.root} aria-label="Period report">
      <PeriodPicker value={period} onChange={setPeriod} today={today} problem={problem} />
      <ErrorBar error={error} title="The period's figures could not be loaded" />
      {loading && <Spinner size="small" label="Loading the figures…" />}
      {report && !problem && (
        <>
          <div>
            <h2 className={styles.heading}>{`Campaigns of ${describePeriod(report)}`}</h2>
            <Text className={styles.meta}>
              {`${formatCount(report.campaignsSent)} sent · ${formatCount(report.draftCampaigns)} ${report.draftCampaigns === 1 ? 'draft' : 'drafts'} (${formatCount(report.drafts.total)} members, counted apart)`}
            </Text>
          </div>
          <div className={styles.actions}>
            <DownloadButton
              appearance="primary"
              icon={<TableRegular />}
              onError={setDownloadError}
              fetchFile={() => api.reports.portfolioWorkbook({ from: report.from, to: report.to })}
            >
              Download report (.xlsx)
            </DownloadButton>
            <SaveToOneDriveButton state={oneDrive} />
          </div>
          <OneDriveSaveMessages state={oneDrive} />
          <ErrorBar
            error={downloadError}
            title="The file could not be downloaded"
            onDismiss={() => setDownloadError(null)}
          />
          <ReportFigures
            label="Period figures"
            counts={report.sent}
            time={report.timeToResponse}
            definitions={report.definitions}
          />
          <PortfolioTable lines={report.campaigns} definitions={report.definitions} />
          <ReportCharts
            counts={report.sent}
            time={report.timeToResponse}
            responsesPerWeek={report.responsesPerWeek}
            resultsByContactType={report.resultsByContactType}
            resultsByChannel={report.resultsByChannel}
          />
        </>
      )}
    </section>
  );
}
