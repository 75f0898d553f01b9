import { makeStyles, tokens } from '@fluentui/react-components';
import type { Contact } from '../../api';
import { formatDate } from '../../ui/format';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6rem, max-content) 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

/** The contact's filled-in fields as a definition list. */
export function ContactFacts({ contact }: { contact: Contact }) {
  const styles = useStyles();
  const address = [contact.addressLine1, contact.addressLine2, [contact.postalCode, contact.city].filter(Boolean).join(' '), contact.region, contact.country]
    .filter(Boolean)
    .join('\n');
  const facts: [string, string | null | undefined][] = [
    ['Company', contact.type === 'individual' ? contact.companyName : null],
    ['Job title', contact.jobTitle],
    ['Email', contact.email],
    ['Phone', contact.phone],
    ['Address', address],
    ['Notes', contact.notes],
    ['Updated', formatDate(contact.updatedAt)],
  ];
  return (
    <dl className={styles.list}>
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
