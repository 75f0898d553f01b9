import { InfoButton, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { Api } from '../../api';
import { useRead } from '../../lib/useRead';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatCount } from '../../ui/format';
import { formatRate } from '../../ui/numbers';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '260px' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  row: { display: 'contents' },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

const readCampaignReport = (api: Api, campaignId: string) => api.analytics.campaign(campaignId);

/** The campaign's figures as the service defines them, with the definitions as footnotes; loaded when opened. */
function FiguresBody({ campaignId }: { campaignId: string }) {
  const styles = useStyles();
  const { data: report, error } = useRead(readCampaignReport, campaignId);

  if (error) return <ErrorBar error={error} title="The campaign's figures could not be loaded" />;
  if (!report) return <Spinner size="extra-tiny" label="Loading the figures…" />;
  const { figures, definitions } = report;
  const rows: [string, string][] = [
    ['Members', formatCount(figures.total)],
    ['Responded', formatCount(figures.responded)],
    ['Response rate', formatRate(figures.responseRate)],
    ['Conversion rate', formatRate(figures.conversionRate)],
  ];
  return (
    <div className={styles.body}>
      <Text weight="semibold">{report.name}</Text>
      <dl className={styles.facts} aria-label={`Figures of ${report.name}`}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.row}>
            <dt>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <ul className={styles.notes} aria-label="How these are counted">
        {[definitions.responded, definitions.responseRate, definitions.conversionRate, definitions.drafts].map(
          (line) => (
            <li key={line}>
              <Text size={200}>{line}</Text>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

export interface CampaignFiguresProps {
  campaignId: string;
  campaignName: string;
}

/** An info button beside a campaign in the pane: its members and rates, with what each number means. */
export function CampaignFigures({ campaignId, campaignName }: CampaignFiguresProps) {
  return (
    <InfoButton size="small" aria-label={`Figures of ${campaignName}`} info={<FiguresBody campaignId={campaignId} />} />
  );
}
