import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { AddSquareMultipleRegular, ArrowDownloadRegular, ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Campaign, Period } from '../../api';
import { excelReportSheets, INSERT_API, reportKey, type ReportSheets } from '../../office/excelReports';
import { ErrorBar } from '../../ui/ErrorBar';
import { CampaignPicker, describePeriod, PeriodPicker, periodProblem, quickPeriod, todayIso } from '../reports';
import { usePaneStyles } from './paneStyles';
import { useWorkbookReports, type ChosenReport, type ReportOutcome } from './useWorkbookReports';
import { WorkbookReportList } from './WorkbookReportList';

export interface ReportsCardProps {
  /** The workbook's report sheets; Excel's unless a test replaces them. */
  sheets?: ReportSheets;
  today?: string;
}

function outcomeText({ title, sheetNames, refreshed }: ReportOutcome): string {
  const count = `${sheetNames.length} ${sheetNames.length === 1 ? 'sheet' : 'sheets'}`;
  return refreshed
    ? `“${title}” refreshed: ${count} replaced where they were (${sheetNames.join(', ')}). Your other sheets were not touched.`
    : `“${title}” added as ${count} at the end of the workbook: ${sheetNames.join(', ')}.`;
}

/** Insert a campaign's or a period's report into the workbook as sheets, refresh it later, or download it. */
export function ReportsCard({ sheets = excelReportSheets, today = todayIso() }: ReportsCardProps) {
  const styles = usePaneStyles();
  const reports = useWorkbookReports(sheets);
  const [kind, setKind] = useState<'campaign' | 'portfolio'>('campaign');
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [period, setPeriod] = useState<Period>(() => quickPeriod('last-quarter', today));
  const problem = kind === 'portfolio' ? periodProblem(period) : null;

  let chosen: ChosenReport | null = null;
  if (kind === 'campaign' && campaign)
    chosen = { source: { kind: 'campaign', campaignId: campaign.id }, title: campaign.name };
  if (kind === 'portfolio' && !problem)
    chosen = { source: { kind: 'portfolio', ...period }, title: `Campaigns of ${describePeriod(period)}` };
  const inWorkbook = chosen ? reports.reports?.find((report) => report.key === reportKey(chosen.source)) : undefined;
  const busy = reports.busy !== null;

  return (
    <section className={styles.card} aria-label="Reports">
      <h2 className={styles.heading}>Reports</h2>
      <RadioGroup
        layout="horizontal"
        aria-label="Report of"
        value={kind}
        onChange={(_, data) => setKind(data.value as typeof kind)}
      >
        <Radio value="campaign" label="One campaign" />
        <Radio value="portfolio" label="A period" />
      </RadioGroup>
      {kind === 'campaign' ? (
        <CampaignPicker value={campaign} onChange={setCampaign} />
      ) : (
        <PeriodPicker value={period} onChange={setPeriod} today={today} problem={problem} />
      )}
      {!reports.supported && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This Excel cannot add the report as sheets</MessageBarTitle>
            {`Adding sheets from a file needs ${INSERT_API.set} ${INSERT_API.version} (Microsoft 365 or Excel on the web), which this version of Excel lacks. Download the report and open it instead.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {reports.supported && chosen && !inWorkbook && (
          <Button
            appearance="primary"
            icon={<AddSquareMultipleRegular />}
            disabled={busy}
            onClick={() => chosen && void reports.insert(chosen)}
          >
            Insert report
          </Button>
        )}
        {reports.supported && inWorkbook && (
          <Button
            appearance="primary"
            icon={<ArrowSyncRegular />}
            disabled={busy}
            onClick={() => void reports.refresh(inWorkbook)}
          >
            Refresh report
          </Button>
        )}
        <Button
          appearance={reports.supported ? 'secondary' : 'primary'}
          icon={<ArrowDownloadRegular />}
          disabled={busy || !chosen}
          onClick={() => chosen && void reports.download(chosen)}
        >
          Download (.xlsx)
        </Button>
      </div>
      {reports.supported && sheets.dropsCharts() && (
        <Text size={200} className={styles.muted}>
          Excel on the web adds the sheets without their charts; the downloaded file has them.
        </Text>
      )}
      {busy && (
        <Spinner
          size="tiny"
          label={reports.busy === 'download' ? 'Downloading the report…' : 'Writing the report into the workbook…'}
        />
      )}
      {reports.outcome && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{outcomeText(reports.outcome)}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={reports.error} title={reports.failed ?? undefined} onDismiss={reports.dismissError} />
      {reports.reports && (
        <WorkbookReportList
          reports={reports.reports}
          busy={reports.busy}
          onRefresh={(report) => void reports.refresh(report)}
        />
      )}
    </section>
  );
}
