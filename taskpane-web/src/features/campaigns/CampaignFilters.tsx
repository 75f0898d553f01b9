import { Dropdown, Field, makeStyles, Option, SearchBox, Tab, TabList, tokens } from '@fluentui/react-components';
import { CAMPAIGN_STATUSES, CHANNELS, type CampaignStatus, type Channel } from '../../api';
import { formatCount } from '../../ui/format';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';
import type { CampaignFilterState } from './useCampaignList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  search: { flexGrow: 1, minWidth: '200px' },
  field: { minWidth: '140px', maxWidth: '240px', flexGrow: 1 },
  tabs: { overflowX: 'auto' },
  dropdown: { minWidth: 0, width: '100%' },
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
          <Dropdown
            className={styles.dropdown}
            value={value.channel ? CHANNEL_LABELS[value.channel] : 'All channels'}
            selectedOptions={[value.channel]}
            onOptionSelect={(_, data) => onChange({ ...value, channel: (data.optionValue ?? '') as Channel | '' })}
          >
            <Option value="">All channels</Option>
            {CHANNELS.map((channel) => (
              <Option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
    </div>
  );
}
