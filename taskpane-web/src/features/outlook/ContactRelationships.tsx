import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type Relationship } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { contactName } from '../../lib/contactLabels';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: { overflowWrap: 'anywhere' },
});

export interface ContactRelationshipsProps {
  contactId: string;
  name: string;
}

/** Who the person is to others, as an adviser needs it: "Executor of Estate of Porter Cummings". */
export function ContactRelationships({ contactId, name }: ContactRelationshipsProps) {
  const styles = useStyles();
  const api = useApi();
  const [items, setItems] = useState<Relationship[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.contacts.relationships(contactId).then(
      (result) => live && setItems(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, contactId]);

  if (error)
    return <ErrorBar title="Could not load the relationships" error={error} onDismiss={() => setError(null)} />;
  if (!items || items.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={`Relationships of ${name}`}>
      {items.map((relationship) => (
        <li key={relationship.id} className={styles.item}>
          <Text size={200}>
            {relationship.label}{' '}
            <Text size={200} weight="semibold">
              {contactName(relationship.otherContact)}
            </Text>
          </Text>
        </li>
      ))}
    </ul>
  );
}
