import { TableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type Period } from '../../api';
import { formatCount } from '../../ui/format';
import { useDebounced } from '../../ui/hooks';
import { DownloadButton } from './DownloadButton';
import { PeriodPicker } from './PeriodPicker';
import { describePeriod, periodProblem, quickPeriod, todayIso } from './periods';
import { PortfolioTable } from './PortfolioTable';
import { ReportCharts } from './ReportCharts';
import { ReportFigures } from './ReportFigures';
import { ReportActions, ReportPanel, ReportTitle } from './ReportPanel';
import { useOneDriveSave } from './useOneDriveSave';
import { useReport } from './useReport';

/** The portfolio report: pick a period, preview its campaigns side by side with the totals, download the workbook. */
export function PeriodReportPanel({ today = todayIso() }: { today?: string }) {
  const api = useApi();
  const [period, setPeriod] = useState<Period>(() => quickPeriod('last-quarter', today));
  const settled = useDebounced(period, 300);
  const problem = periodProblem(period);
  const key = periodProblem(settled) ? null : `${settled.from}/${settled.to}`;
  const { report, error, loading } = useReport(key, (signal) => api.reports.portfolio(settled, signal));
  const oneDrive = useOneDriveSave(key ?? '', () => api.reports.savePortfolioToOneDrive(settled));

  return (
    <ReportPanel
      label="Period report"
      picker={<PeriodPicker value={period} onChange={setPeriod} today={today} problem={problem} />}
      loading={loading}
      error={error}
      errorTitle="The period's figures could not be loaded"
    >
      {report && !problem && (
        <>
          <ReportTitle
            title={`Campaigns of ${describePeriod(report)}`}
            meta={`${formatCount(report.campaignsSent)} sent · ${formatCount(report.draftCampaigns)} ${report.draftCampaigns === 1 ? 'draft' : 'drafts'} (${formatCount(report.drafts.total)} members, counted apart)`}
          />
          <ReportActions
            key={key}
            oneDrive={oneDrive}
            downloads={(onError, saveToOneDrive) => (
              <>
                <DownloadButton
                  appearance="primary"
                  icon={<TableRegular />}
                  onError={onError}
                  fetchFile={() => api.reports.portfolioWorkbook({ from: report.from, to: report.to })}
                >
                  Download report (.xlsx)
                </DownloadButton>
                {saveToOneDrive}
              </>
            )}
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
    </ReportPanel>
  );
}
