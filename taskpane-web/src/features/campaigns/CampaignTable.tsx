import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Campaign, Definitions } from '../../api';
import { formatCount } from '../../ui/format';
import { formatDay } from '../../ui/numbers';
import { useNarrow } from '../../ui/hooks';
import { formatRate } from '../../ui/DefinedTerm';
import { RateHeaderCells } from '../../ui/RateHeaderCells';
import { Link } from '../../lib/router';
import { CAMPAIGN_BADGE, CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  name: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink, overflowWrap: 'anywhere' },
  number: { fontVariantNumeric: 'tabular-nums' },
  list: { listStyle: 'none', margin: 0, padding: 0, backgroundColor: tokens.colorNeutralBackground1 },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemText: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
  empty: { padding: tokens.spacingVerticalL, display: 'block' },
});

/** "Mail · 12 members · 5 responded · 41.7% response rate"; a draft has no rate. */
function narrowFigures(campaign: Campaign): string {
  const { total, responded, responseRate } = campaign.members;
  const rate =
    responseRate === null || responseRate === undefined ? '' : ` · ${formatRate(responseRate)} response rate`;
  return `${CHANNEL_LABELS[campaign.channel]} · ${formatCount(total)} members · ${formatCount(responded)} responded${rate}`;
}

export interface CampaignTableProps {
  campaigns: Campaign[];
  empty: ReactNode;
  /** Links to the detail page; false in the trash. */
  linked?: boolean;
  rowAction?: (campaign: Campaign) => ReactNode;
  /** The service's definitions, shown behind the rate headers. */
  definitions?: Definitions | null;
}

/** Campaigns with their member counts and rates (none for a draft); a list on narrow screens. */
export function CampaignTable({ campaigns, empty, linked = true, rowAction, definitions }: CampaignTableProps) {
  const styles = useStyles();
  const narrow = useNarrow();
  if (campaigns.length === 0) return <Text className={styles.empty}>{empty}</Text>;
  const name = (campaign: Campaign) =>
    linked ? (
      <Link to={`/campaigns/${campaign.id}`} className={styles.name}>
        {campaign.name}
      </Link>
    ) : (
      <Text weight="semibold">{campaign.name}</Text>
    );
  const badge = (campaign: Campaign) => (
    <Badge appearance="tint" color={CAMPAIGN_BADGE[campaign.status]}>
      {CAMPAIGN_STATUS_LABELS[campaign.status]}
    </Badge>
  );

  if (narrow) {
    return (
      <>
        <ul className={styles.list} aria-label="Campaigns">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className={styles.item}>
              <span className={styles.itemText}>
                {name(campaign)}
                <Text size={200} className={styles.secondary}>
                  {narrowFigures(campaign)}
                </Text>
              </span>
              {badge(campaign)}
              {rowAction?.(campaign)}
            </li>
          ))}
        </ul>
        {definitions && (
          <Text
            size={200}
            className={styles.secondary}
          >{`${definitions.responded} ${definitions.responseRate} ${definitions.drafts}`}</Text>
        )}
      </>
    );
  }

  return (
    <Table className={styles.table} aria-label="Campaigns" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Channel</TableHeaderCell>
          <TableHeaderCell>Send date</TableHeaderCell>
          <TableHeaderCell>Members</TableHeaderCell>
          <TableHeaderCell>Pending</TableHeaderCell>
          <TableHeaderCell>Responded</TableHeaderCell>
          <TableHeaderCell>Converted</TableHeaderCell>
          <RateHeaderCells definitions={definitions} />
          {rowAction && <TableHeaderCell>Actions</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {campaigns.map((campaign) => (
          <TableRow key={campaign.id}>
            <TableCell>{name(campaign)}</TableCell>
            <TableCell>{badge(campaign)}</TableCell>
            <TableCell>{CHANNEL_LABELS[campaign.channel]}</TableCell>
            <TableCell>{formatDay(campaign.sendDate)}</TableCell>
            <TableCell className={styles.number}>{formatCount(campaign.members.total)}</TableCell>
            <TableCell className={styles.number}>{formatCount(campaign.members.pending)}</TableCell>
            <TableCell className={styles.number}>{formatCount(campaign.members.responded)}</TableCell>
            <TableCell className={styles.number}>{formatCount(campaign.members.converted)}</TableCell>
            <TableCell className={styles.number}>{formatRate(campaign.members.responseRate)}</TableCell>
            <TableCell className={styles.number}>{formatRate(campaign.members.conversionRate)}</TableCell>
            {rowAction && <TableCell>{rowAction(campaign)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
