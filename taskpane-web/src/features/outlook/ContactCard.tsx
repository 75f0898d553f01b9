import { Avatar, Badge, Link, Tag, TagGroup, Text } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import type { ContactSummary } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { useSession } from '../../lib/SessionContext';
import { contactName, TYPE_LABELS } from '../../lib/contactLabels';
import { CampaignStatuses } from './CampaignStatuses';
import { ContactRelationships } from './ContactRelationships';
import type { Person } from './people';
import { useCardStyles } from './paneStyles';
import { preloadable } from '../../ui/preloadable';

// What can be done from the card (notes, tags, responses) is fetched as soon as the card's own code is, so that the
// card of an editor does not wait for it.
const cardActions = preloadable(() => import('./CardActions').then((m) => m.CardActions));
cardActions.preload().catch(() => undefined); // the card's first render tries again

export interface ContactCardProps {
  contact: ContactSummary;
  person: Person;
  message: OpenMessage;
  bodyText: () => Promise<string>;
  onChange: (contact: ContactSummary) => void;
  /** Called when the card filed the email (as a response), so that the pane can say where it stands. */
  onFiled: () => void;
}

/** A known person: type, company, tags, relationships, campaigns with their status, and what can be done from here. */
export function ContactCard({ contact, person, message, bodyText, onChange, onFiled }: ContactCardProps) {
  const styles = useCardStyles();
  const [campaignsChanged, setCampaignsChanged] = useState(0);
  const { canEdit } = useSession();
  const name = contactName(contact);
  const work = [contact.jobTitle, contact.companyName].filter(Boolean).join(' · ');
  return (
    <article className={styles.card} aria-label={`${name}, in Steward`}>
      <div className={styles.top}>
        <Avatar name={name} size={32} color="colorful" />
        <div className={styles.names}>
          <h2 className={styles.name}>
            <Link href={`/contacts/${encodeURIComponent(contact.id)}`} target="_blank" rel="noreferrer">
              {name}
            </Link>
          </h2>
          <Text size={200} className={styles.muted}>
            {person.roles.join(', ')} · {person.email}
          </Text>
          {work && <Text size={200}>{work}</Text>}
        </div>
      </div>
      <div className={styles.row}>
        <Badge appearance="tint" color="brand">
          {TYPE_LABELS[contact.type]}
        </Badge>
        {contact.tags.length > 0 && (
          <TagGroup aria-label={`Tags of ${name}`} className={styles.row}>
            {contact.tags.map((tag) => (
              <Tag key={tag} size="extra-small" appearance="outline">
                {tag}
              </Tag>
            ))}
          </TagGroup>
        )}
      </div>
      <ContactRelationships contactId={contact.id} name={name} />
      <CampaignStatuses contactId={contact.id} name={name} canEdit={canEdit} reloadKey={campaignsChanged} />
      {canEdit && (
        <Suspense fallback={null}>
          <cardActions.Component
            contact={contact}
            message={message}
            bodyText={bodyText}
            onChange={onChange}
            onMarked={() => {
              setCampaignsChanged((count) => count + 1);
              onFiled();
            }}
          />
        </Suspense>
      )}
    </article>
  );
}
