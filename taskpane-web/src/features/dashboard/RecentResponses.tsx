import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RecentResponse } from '../../api';
import { formatDate } from '../../ui/format';
import { useLinkStyles } from '../../ui/linkStyles';
import { STATUS_LABELS } from '../../lib/contactLabels';
import { Link } from '../../lib/router';
import { bareList } from '../../ui/listStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: {
    ...bareList,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** The latest responses: who, to which campaign, with what status and when. */
export function RecentResponses({ responses }: { responses: RecentResponse[] }) {
  const styles = useStyles();
  const links = useLinkStyles();
  return (
    <section className={styles.root} aria-labelledby="recent-heading">
      <h2 id="recent-heading" className={styles.heading}>
        Recent responses
      </h2>
      {responses.length === 0 ? (
        <Text>No responses yet. Mark a campaign member as responded and it shows here.</Text>
      ) : (
        <ul className={styles.list}>
          {responses.map((r) => (
            <li key={`${r.campaignId}-${r.contactId}`} className={styles.item}>
              <span className={styles.who}>
                <Link className={links.link} to={`/contacts/${r.contactId}`}>
                  {r.contactName}
                </Link>
                <Text className={styles.meta}>{' in '}</Text>
                <Link className={links.link} to={`/campaigns/${r.campaignId}`}>
                  {r.campaignName}
                </Link>
              </span>
              <Badge appearance="tint">{STATUS_LABELS[r.status]}</Badge>
              <Text size={200} className={styles.meta}>
                {formatDate(r.responseDate)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
