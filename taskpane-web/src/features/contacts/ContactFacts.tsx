import { makeStyles, tokens } from '@fluentui/react-components';
import type { Contact, CustomFieldDefinition } from '../../api';
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
export function ContactFacts({ contact, customFields = [] }: { contact: Contact; customFields?: readonly CustomFieldDefinition[] }) {
  const styles = useStyles();
  const address = [contact.addressLine1, contact.addressLine2, [contact.postalCode, contact.city].filter(Boolean).join(' '), contact.region, contact.country]
    .filter(Boolean)
    .join('\n');
  const facts: [string, string | null | undefined][] = [
    ['Company', contact.type === 'individual' ? contact.companyName : null],
    ['Job title', contact.jobTitle],
    ['Email', contact.email],
    ...(contact.otherEmails ?? []).map(({ address, label }): [string, string] => [`Email (${label})`, address]),
    ['Phone', contact.phone],
    ...(contact.otherPhones ?? []).map(({ number, label }): [string, string] => [`Phone (${label})`, number]),
    ['Address', address],
    ...customFields.map((field): [string, string | null] => [field.label, customText(contact.customFields?.[field.key])]),
    ['Notes', contact.notes],
    ['Updated', formatDate(contact.updatedAt)],
  ];
  return (
    <dl className={styles.list}>
      {facts
        .filter(([, value]) => value)
        .map(([term, value], i) => (
          <div key={`${term}-${i}`} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function customText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
