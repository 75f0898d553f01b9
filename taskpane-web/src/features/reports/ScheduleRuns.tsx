import {
  Badge,
  Link,
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
import type { DeliveryRun } from '../../api';
import { describeRun } from './schedule';

const useStyles = makeStyles({
  outcome: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
});

const BADGES = {
  delivered: { label: 'Delivered', color: 'success' },
  failed: { label: 'Failed', color: 'danger' },
  running: { label: 'Running', color: 'informative' },
} as const;

/** The latest scheduled runs, newest first: when, which period, and where the file went or why it did not. */
export function ScheduleRuns({ runs }: { runs: DeliveryRun[] }) {
  const styles = useStyles();
  if (runs.length === 0) return <Text>No scheduled report has gone out yet.</Text>;
  return (
    <Table aria-label="Recent runs" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Due</TableHeaderCell>
          <TableHeaderCell>Period</TableHeaderCell>
          <TableHeaderCell>Outcome</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.map((run) => {
          const { when, period, outcome } = describeRun(run);
          const badge = BADGES[run.status] ?? BADGES.running;
          return (
            <TableRow key={run.id}>
              <TableCell>{when}</TableCell>
              <TableCell>{period}</TableCell>
              <TableCell>
                <div className={styles.outcome}>
                  <Badge appearance="tint" color={badge.color}>
                    {badge.label}
                  </Badge>
                  <Text>{outcome}</Text>
                  {run.status === 'delivered' && run.webUrl && (
                    <Link href={run.webUrl} target="_blank" rel="noopener noreferrer">
                      Open the file
                    </Link>
                  )}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
