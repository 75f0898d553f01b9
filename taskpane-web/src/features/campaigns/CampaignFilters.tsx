import { Field, makeStyles, SearchBox, Tab, TabList, tokens } from '@fluentui/react-components';
import { CAMPAIGN_STATUSES, CHANNELS, type CampaignStatus } from '../../api';
import { formatCount } from '../../ui/format';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';
import { ChoiceDropdown } from '../../ui/ChoiceDropdown';
import type { CampaignFilterState } from './useCampaignList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  search: { flexGrow: 1, minWidth: '200px' },
  field: { minWidth: '140px', maxWidth: '240px', flexGrow: 1 },
  tabs: { overflowX: 'auto' },
});

export interface CampaignFiltersProps {
  value: CampaignFilterState;
  counts: Record<string, number> | null;
  onChange: (value: CampaignFilterState) => void;
}

/** Status tabs with how many campaigns each holds, a channel filter, and search by name. */
export function CampaignFilters({ value, counts, onChange }: CampaignFiltersProps) {
  const styles = useStyles();
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : null;
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '' : ` (${formatCount(n)})`);
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        aria-label="Campaign status"
        selectedValue={value.status}
        onTabSelect={(_, data) => onChange({ ...value, status: data.value as CampaignStatus | '' })}
      >
        <Tab value="">{`All${count(total)}`}</Tab>
        {CAMPAIGN_STATUSES.map((status) => (
          <Tab key={status} value={status}>
            {`${CAMPAIGN_STATUS_LABELS[status]}${count(counts ? (counts[status] ?? 0) : null)}`}
          </Tab>
        ))}
      </TabList>
      <div className={styles.row}>
        <Field label="Search" className={styles.search}>
          <SearchBox
            placeholder="Campaign name"
            value={value.q}
            onChange={(_, data) => onChange({ ...value, q: data.value })}
          />
        </Field>
        <Field label="Channel" className={styles.field}>
          <ChoiceDropdown
            choices={CHANNELS}
            labels={CHANNEL_LABELS}
            value={value.channel}
            onChange={(channel) => onChange({ ...value, channel })}
            noneLabel="All channels"
          />
        </Field>
      </div>
    </div>
  );
}
