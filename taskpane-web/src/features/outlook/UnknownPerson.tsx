import { Avatar, Button, Spinner, Text } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import type { ContactSummary } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { useSession } from '../../lib/SessionContext';
import { splitName } from './names';
import type { Person } from './people';
import { useCardStyles } from './paneStyles';

// The form's code loads when it is opened.
const AddToSteward = lazy(() => import('./AddToSteward').then((m) => ({ default: m.AddToSteward })));

export interface UnknownPersonProps {
  person: Person;
  message: OpenMessage;
  bodyText: () => Promise<string>;
  onCreated: (contact: ContactSummary) => void;
}

/** Someone Steward does not know yet, with "Add to Steward" for those who may edit. */
export function UnknownPerson({ person, message, bodyText, onCreated }: UnknownPersonProps) {
  const styles = useCardStyles();
  const { canEdit } = useSession();
  const [adding, setAdding] = useState(false);
  const split = splitName(person.name);
  // The display name as people read it ("Lee, Ann" and quotes become "Ann Lee").
  const label = [split.firstName, split.lastName].filter(Boolean).join(' ') || person.email;
  return (
    <article className={styles.card} aria-label={`${label}, not in Steward`}>
      <div className={styles.top}>
        <Avatar name={label} size={32} />
        <div className={styles.names}>
          <h2 className={styles.name}>{label}</h2>
          <Text size={200} className={styles.muted}>
            {person.roles.join(', ')} · {person.email}
          </Text>
          <Text size={200} className={styles.muted}>
            Not in Steward yet
          </Text>
        </div>
      </div>
      {canEdit && !adding && (
        <Button size="small" icon={<PersonAddRegular />} onClick={() => setAdding(true)}>
          Add to Steward
        </Button>
      )}
      {adding && (
        <Suspense fallback={<Spinner size="tiny" label="Opening the form…" />}>
          <AddToSteward
            person={person}
            isSender={person.roles.includes('From')}
            message={message}
            bodyText={bodyText}
            onCancel={() => setAdding(false)}
            onCreated={onCreated}
          />
        </Suspense>
      )}
    </article>
  );
}
