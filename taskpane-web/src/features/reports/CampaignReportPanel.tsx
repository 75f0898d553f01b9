import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentPdfRegular, TableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type Campaign } from '../../api';
import { ExportMenu } from '../../ui/ExportMenu';
import { formatDay } from '../../ui/numbers';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';
import { CampaignPicker } from './CampaignPicker';
import { DownloadButton } from './DownloadButton';
import { ReportCharts } from './ReportCharts';
import { ReportFigures } from './ReportFigures';
import { ReportActions, ReportPanel, ReportTitle } from './ReportPanel';
import { useOneDriveSave } from './useOneDriveSave';
import { useReport } from './useReport';

const useStyles = makeStyles({
  picker: { maxWidth: '420px' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** One campaign's report: pick the campaign, preview its figures and charts, download the workbook or the PDF. */
export function CampaignReportPanel() {
  const styles = useStyles();
  const api = useApi();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const { report, error, loading } = useReport(campaign?.id ?? null, () => api.analytics.campaign(campaign?.id ?? ''));
  const oneDrive = useOneDriveSave(campaign?.id ?? '', () => api.reports.saveCampaignToOneDrive(campaign?.id ?? ''));

  return (
    <ReportPanel
      label="Campaign report"
      picker={
        <>
          <div className={styles.picker}>
            <CampaignPicker value={campaign} onChange={setCampaign} />
          </div>
          {!campaign && <Text>Pick a campaign to see its figures and download its report.</Text>}
        </>
      }
      loading={loading}
      error={error}
      errorTitle="The campaign's figures could not be loaded"
    >
      {campaign && report && (
        <>
          <ReportTitle
            title={report.name}
            meta={[
              CAMPAIGN_STATUS_LABELS[report.status],
              CHANNEL_LABELS[report.channel],
              report.sendDate ? `sent ${formatDay(report.sendDate)}` : 'no send date',
            ].join(' · ')}
          />
          <ReportActions
            key={campaign.id}
            oneDrive={oneDrive}
            downloads={(onError, saveToOneDrive) => (
              <>
                <DownloadButton
                  appearance="primary"
                  icon={<TableRegular />}
                  onError={onError}
                  fetchFile={() => api.reports.campaignWorkbook(campaign.id)}
                >
                  Download report (.xlsx)
                </DownloadButton>
                <DownloadButton
                  icon={<DocumentPdfRegular />}
                  onError={onError}
                  fetchFile={() => api.reports.campaignPdf(campaign.id)}
                >
                  Download PDF
                </DownloadButton>
                {saveToOneDrive}
                <ExportMenu
                  what="members"
                  onError={onError}
                  onExport={(format) => api.campaigns.exportMembers(campaign.id, format)}
                />
              </>
            )}
          />
          <ReportFigures
            label="Report figures"
            counts={report.figures}
            time={report.timeToResponse}
            definitions={report.definitions}
            draft={!report.countedInRates}
          />
          {!report.countedInRates && (
            <Text className={styles.meta}>{`This campaign is a draft. ${report.definitions.drafts}`}</Text>
          )}
          <ReportCharts
            counts={report.figures}
            time={report.timeToResponse}
            responsesPerWeek={report.responsesPerWeek}
            resultsByContactType={report.resultsByContactType}
          />
        </>
      )}
    </ReportPanel>
  );
}
