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
import type { Definitions, PortfolioLine } from '../../api';
import { formatCount } from '../../ui/format';
import { useNarrow } from '../../ui/hooks';
import { formatDay } from '../../ui/numbers';
import { CAMPAIGN_BADGE, CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';
import { formatRate } from '../../ui/DefinedTerm';
import { RateHeaderCells } from '../../ui/RateHeaderCells';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  number: { fontVariantNumeric: 'tabular-nums' },
  list: { listStyle: 'none', margin: 0, padding: 0, backgroundColor: tokens.colorNeutralBackground1 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface PortfolioTableProps {
  lines: PortfolioLine[];
  definitions: Definitions;
}

/** The period's campaigns side by side, as the portfolio workbook lists them; drafts without rates. */
export function PortfolioTable({ lines, definitions }: PortfolioTableProps) {
  const styles = useStyles();
  const narrow = useNarrow();
  if (lines.length === 0) return <Text>No campaigns were sent or created in this period.</Text>;
  if (narrow) {
    return (
      <ul className={styles.list} aria-label="Campaigns of the period">
        {lines.map((line) => (
          <li key={line.id} className={styles.item}>
            <Text weight="semibold">{line.name}</Text>
            <Text size={200} className={styles.secondary}>
              {`${CAMPAIGN_STATUS_LABELS[line.status]} · ${formatCount(line.figures.total)} members · ${formatCount(line.figures.responded)} responded · response rate ${formatRate(line.figures.responseRate)}`}
            </Text>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table className={styles.table} size="small" aria-label="Campaigns of the period">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Campaign</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Channel</TableHeaderCell>
          <TableHeaderCell>Send date</TableHeaderCell>
          <TableHeaderCell>Members</TableHeaderCell>
          <TableHeaderCell>Responded</TableHeaderCell>
          <TableHeaderCell>Converted</TableHeaderCell>
          <RateHeaderCells definitions={definitions} />
          <TableHeaderCell>Median days</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.id}>
            <TableCell>{line.name}</TableCell>
            <TableCell>
              <Badge appearance="tint" color={CAMPAIGN_BADGE[line.status]}>
                {CAMPAIGN_STATUS_LABELS[line.status]}
              </Badge>
            </TableCell>
            <TableCell>{CHANNEL_LABELS[line.channel]}</TableCell>
            <TableCell>{formatDay(line.sendDate)}</TableCell>
            <TableCell className={styles.number}>{formatCount(line.figures.total)}</TableCell>
            <TableCell className={styles.number}>{formatCount(line.figures.responded)}</TableCell>
            <TableCell className={styles.number}>{formatCount(line.figures.converted)}</TableCell>
            <TableCell className={styles.number}>{formatRate(line.figures.responseRate)}</TableCell>
            <TableCell className={styles.number}>{formatRate(line.figures.conversionRate)}</TableCell>
            <TableCell className={styles.number}>{line.medianDaysToResponse ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
