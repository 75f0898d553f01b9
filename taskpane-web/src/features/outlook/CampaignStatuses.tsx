import { makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { useApi, type Membership, type ResponseStatus } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { STATUS_LABELS } from '../../lib/contactLabels';
import { AddToCampaign } from './AddToCampaign';
import { CampaignFigures } from './CampaignFigures';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  campaign: {
    minWidth: 0,
    overflowWrap: 'anywhere',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
  },
  select: { flexShrink: 0, width: '9.5rem' },
  add: { alignSelf: 'flex-start' },
});

const STATUSES = Object.keys(STATUS_LABELS) as ResponseStatus[];

export interface CampaignStatusesProps {
  contactId: string;
  name: string;
  canEdit: boolean;
  /** Changes when something else on the card changed the person's campaigns, so that they are read again. */
  reloadKey?: number;
}

/**
 * The person's campaigns; changing a status records the response as seen in Outlook; "Add to campaign" puts them
 * into another one.
 */
export function CampaignStatuses({ contactId, name, canEdit, reloadKey = 0 }: CampaignStatusesProps) {
  const styles = useStyles();
  const api = useApi();
  const idBase = useId();
  const [items, setItems] = useState<Membership[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState(0);

  useEffect(() => {
    let live = true;
    api.contacts.memberships(contactId).then(
      (result) => live && setItems(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, contactId, reloadKey, added]);

  const change = async (membership: Membership, status: ResponseStatus) => {
    setError(null);
    const before = items;
    setItems((current) => current?.map((m) => (m.campaignId === membership.campaignId ? { ...m, status } : m)) ?? null);
    try {
      await api.mail.respond(membership.campaignId, contactId, status);
    } catch (failure) {
      setItems(before);
      setError(failure);
    }
  };

  if (items === null && !error) return <Spinner size="extra-tiny" label="Loading campaigns…" />;
  return (
    <>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {items?.length === 0 && <Text size={200}>Not in any campaign.</Text>}
      {items && items.length > 0 && (
        <ul className={styles.list} aria-label={`Campaigns of ${name}`}>
          {items.map((membership, index) => (
            <li key={membership.campaignId} className={styles.item}>
              <span className={styles.campaign}>
                <Text size={200} id={`${idBase}-${index}`}>
                  {membership.campaignName}
                </Text>
                <CampaignFigures campaignId={membership.campaignId} campaignName={membership.campaignName} />
              </span>
              {canEdit ? (
                <Select
                  size="small"
                  className={styles.select}
                  aria-labelledby={`${idBase}-${index}`}
                  value={membership.status}
                  onChange={(_, data) => void change(membership, data.value as ResponseStatus)}
                >
                  {STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {STATUS_LABELS[status]}
                    </option>
                  ))}
                </Select>
              ) : (
                <Text size={200}>{STATUS_LABELS[membership.status]}</Text>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && items && (
        <div className={styles.add}>
          <AddToCampaign
            contactId={contactId}
            name={name}
            memberOf={items.map((m) => m.campaignId)}
            onAdded={() => setAdded((count) => count + 1)}
          />
        </div>
      )}
    </>
  );
}
