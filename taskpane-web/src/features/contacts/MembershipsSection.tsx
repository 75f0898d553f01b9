import { Badge, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { Api, ResponseStatus } from '../../api';
import { useRead } from '../../lib/useRead';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatDate, titleCase } from '../../ui/format';
import { STATUS_LABELS } from '../../lib/contactLabels';
import { stackedList } from '../../ui/listStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: stackedList(tokens.spacingVerticalXS),
  item: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { display: 'block', color: tokens.colorNeutralForeground2 },
});

const STATUS_COLORS: Record<ResponseStatus, 'informative' | 'brand' | 'success' | 'subtle'> = {
  pending: 'informative',
  responded: 'brand',
  converted: 'success',
  not_interested: 'subtle',
};

const readMemberships = (api: Api, contactId: string) => api.contacts.memberships(contactId);

/** The campaigns the contact is in, with their response in each. */
export function MembershipsSection({ contactId }: { contactId: string }) {
  const styles = useStyles();
  const { data: items, error } = useRead(readMemberships, contactId);

  return (
    <section className={styles.root} aria-labelledby="campaigns-heading">
      <h3 id="campaigns-heading" className={styles.heading}>
        <Text weight="semibold" size={400}>
          Campaigns
        </Text>
      </h3>
      <ErrorBar error={error} />
      {items === null && !error && <Spinner size="tiny" label="Loading campaigns…" />}
      {items?.length === 0 && <Text>Not in any campaign.</Text>}
      {items && items.length > 0 && (
        <ul className={styles.list}>
          {items.map((membership) => (
            <li key={membership.campaignId} className={styles.item}>
              <span>
                <Text>{membership.campaignName}</Text>
                <Text size={200} className={styles.meta}>
                  {titleCase(membership.channel)} · {titleCase(membership.campaignStatus)}
                  {membership.responseDate ? ` · ${formatDate(membership.responseDate)}` : ''}
                </Text>
              </span>
              <Badge appearance="tint" color={STATUS_COLORS[membership.status]}>
                {STATUS_LABELS[membership.status]}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
