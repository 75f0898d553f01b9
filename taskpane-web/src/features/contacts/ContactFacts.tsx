import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Contact, CustomFieldDefinition } from '../../api';
import { addressLines } from '../../ui/address';
import { formatDate } from '../../ui/format';
import { PhoneLink } from '../../ui/PhoneLink';
import { formatCustomValue } from './customValue';

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
export function ContactFacts({
  contact,
  customFields = [],
}: {
  contact: Contact;
  customFields?: readonly CustomFieldDefinition[];
}) {
  const styles = useStyles();
  const address = addressLines(contact).join('\n');
  const facts: [string, ReactNode][] = [
    ['Company', contact.type === 'individual' ? contact.companyName : null],
    ['Job title', contact.jobTitle],
    ['Email', contact.email],
    ...(contact.otherEmails ?? []).map(({ address, label }): [string, string] => [`Email (${label})`, address]),
    ['Phone', contact.phone ? <PhoneLink phone={contact.phone} display={contact.phoneDisplay} /> : null],
    ...(contact.otherPhones ?? []).map(({ number, label }): [string, ReactNode] => [
      `Phone (${label})`,
      <PhoneLink phone={number} />,
    ]),
    ['Address', address],
    ...customFields.map((field): [string, string | null] => [
      field.label,
      formatCustomValue(field.type, contact.customFields?.[field.key]),
    ]),
    ['Notes', contact.notes],
    ['Id in the CRM it came from', contact.externalId],
    ['Updated', formatDate(contact.updatedAt)],
  ];
  return (
    <dl className={styles.list}>
      {facts
        .filter(([, value]) => Boolean(value))
        .map(([term, value], i) => (
          <div key={`${term}-${i}`} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
