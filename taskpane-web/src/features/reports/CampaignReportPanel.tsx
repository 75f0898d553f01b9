import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { DocumentPdfRegular, TableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type Campaign } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { ExportMenu } from '../../ui/ExportMenu';
import { formatDay } from '../../ui/numbers';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';
import { CampaignPicker } from './CampaignPicker';
import { DownloadButton } from './DownloadButton';
import { ReportCharts } from './ReportCharts';
import { ReportFigures } from './ReportFigures';
import { OneDriveSaveMessages, SaveToOneDriveButton } from './SaveToOneDrive';
import { useOneDriveSave } from './useOneDriveSave';
import { useReport } from './useReport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  picker: { maxWidth: '420px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** One campaign's report: pick the campaign, preview its figures and charts, download the workbook or the PDF. */
export function CampaignReportPanel() {
  const styles = useStyles();
  const api = useApi();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const { report, error, loading } = useReport(campaign?.id ?? null, () => api.analytics.campaign(campaign?.id ?? ''));
  const oneDrive = useOneDriveSave(campaign?.id ?? '', () => api.reports.saveCampaignToOneDrive(campaign?.id ?? ''));

  return (
    <section className={styles.root} aria-label="Campaign report">
      <div className={styles.picker}>
        <CampaignPicker
          value={campaign}
          onChange={(picked) => {
            setCampaign(picked);
            setDownloadError(null);
          }}
        />
      </div>
      {!campaign && <Text>Pick a campaign to see its figures and download its report.</Text>}
      <ErrorBar error={error} title="The campaign's figures could not be loaded" />
      {loading && <Spinner size="small" label="Loading the figures…" />}
      {campaign && report && (
        <>
          <div>
            <h2 className={styles.heading}>{report.name}</h2>
            <Text className={styles.meta}>
              {[
                CAMPAIGN_STATUS_LABELS[report.status],
                CHANNEL_LABELS[report.channel],
                report.sendDate ? `sent ${formatDay(report.sendDate)}` : 'no send date',
              ].join(' · ')}
            </Text>
          </div>
          <div className={styles.actions}>
            <DownloadButton
              appearance="primary"
              icon={<TableRegular />}
              onError={setDownloadError}
              fetchFile={() => api.reports.campaignWorkbook(campaign.id)}
            >
              Download report (.xlsx)
            </DownloadButton>
            <DownloadButton
              icon={<DocumentPdfRegular />}
              onError={setDownloadError}
              fetchFile={() => api.reports.campaignPdf(campaign.id)}
            >
              Download PDF
            </DownloadButton>
            <SaveToOneDriveButton state={oneDrive} />
            <ExportMenu
              what="members"
              onError={setDownloadError}
              onExport={(format) => api.campaigns.exportMembers(campaign.id, format)}
            />
          </div>
          <OneDriveSaveMessages state={oneDrive} />
          <ErrorBar
            error={downloadError}
            title="The file could not be downloaded"
            onDismiss={() => setDownloadError(null)}
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
    </section>
  );
}
