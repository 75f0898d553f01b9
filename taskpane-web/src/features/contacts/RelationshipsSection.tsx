import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type Relationship } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { useLinkStyles } from '../../ui/linkStyles';
import { Link } from '../../lib/router';
import { AddRelationship } from './AddRelationship';
import { contactName } from '../../lib/contactLabels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', margin: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  label: { color: tokens.colorNeutralForeground2 },
  notes: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export interface RelationshipsSectionProps {
  contactId: string;
  contactName: string;
  canEdit: boolean;
}

/** The contact's relationships from both sides ("Executor of …", "Has executor …"), with add and remove. */
export function RelationshipsSection({ contactId, contactName: name, canEdit }: RelationshipsSectionProps) {
  const styles = useStyles();
  const links = useLinkStyles();
  const api = useApi();
  const [items, setItems] = useState<Relationship[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(() => {
    api.contacts.relationships(contactId).then(setItems, setError);
  }, [api, contactId]);

  useEffect(load, [load]);

  const remove = async (relationship: Relationship) => {
    setError(null);
    try {
      await api.contacts.removeRelationship(contactId, relationship.id);
      load();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="relationships-heading">
      <h3 id="relationships-heading" className={styles.heading}>
        <Text weight="semibold" size={400}>
          Relationships
        </Text>
        {canEdit && !adding && (
          <Button size="small" icon={<AddRegular />} onClick={() => setAdding(true)}>
            Add
          </Button>
        )}
      </h3>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {adding && (
        <AddRelationship
          contactId={contactId}
          contactName={name}
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            load();
          }}
        />
      )}
      {items === null && !error && <Spinner size="tiny" label="Loading relationships…" />}
      {items?.length === 0 && <Text>No relationships yet.</Text>}
      {items && items.length > 0 && (
        <ul className={styles.list}>
          {items.map((relationship) => (
            <li key={relationship.id} className={styles.item}>
              <span>
                <Text className={styles.label}>{relationship.label} </Text>
                <Link className={links.link} to={`/contacts/${relationship.otherContact.id}`}>
                  {contactName(relationship.otherContact)}
                </Link>
                {relationship.notes && (
                  <Text size={200} className={styles.notes}>
                    {relationship.notes}
                  </Text>
                )}
              </span>
              {canEdit && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={`Remove: ${relationship.label} ${contactName(relationship.otherContact)}`}
                  onClick={() => void remove(relationship)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
