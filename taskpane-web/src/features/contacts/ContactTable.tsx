import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ContactSummary } from '../../api';
import { useNarrow } from '../../ui/hooks';
import { PhoneLink } from '../../ui/PhoneLink';
import { Link } from '../../lib/router';
import { contactName, TYPE_LABELS } from '../../lib/contactLabels';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1, tableLayout: 'auto' },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'none',
    ':hover': { textDecoration: 'underline', color: tokens.colorBrandForegroundLinkHover },
  },
  tags: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, backgroundColor: tokens.colorNeutralBackground1 },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  itemLink: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  secondary: { color: tokens.colorNeutralForeground2 },
  email: { overflowWrap: 'anywhere' },
  phone: { whiteSpace: 'nowrap' },
  empty: { padding: tokens.spacingVerticalL, display: 'block' },
});

export interface ContactTableProps {
  contacts: ContactSummary[];
  /** Shown when the list is empty. */
  empty: ReactNode;
  /** The link each row opens (the contact's detail by default); null shows names without links. */
  hrefOf?: ((contact: ContactSummary) => string) | null;
  /** Extra content at the end of each row (the trash's Restore button). */
  rowAction?: (contact: ContactSummary) => ReactNode;
}

/** The company column: an individual's employer; a business or estate is its own company, so nothing is repeated. */
export function companyOf(contact: ContactSummary): string | null {
  return contact.type === 'individual' ? (contact.companyName ?? null) : null;
}

/**
 * What tells apart the people on this page who share a name: their email, else their city (null for a unique
 * name).
 */
export function distinguishers(contacts: readonly ContactSummary[]): Map<string, string> {
  const byName = new Map<string, ContactSummary[]>();
  for (const contact of contacts) {
    const key = contactName(contact).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), contact]);
  }
  const hints = new Map<string, string>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (const contact of same) {
      const hint = contact.email || contact.city || contact.companyName;
      if (hint && hint !== contactName(contact)) hints.set(contact.id, hint);
    }
  }
  return hints;
}

/** Contacts as a table, or as a list on narrow screens. */
export function ContactTable({ contacts, empty, hrefOf = (c) => `/contacts/${c.id}`, rowAction }: ContactTableProps) {
  const styles = useStyles();
  const narrow = useNarrow();
  const hints = distinguishers(contacts);
  if (contacts.length === 0) return <Text className={styles.empty}>{empty}</Text>;

  if (narrow) {
    return (
      <ul className={styles.list} aria-label="Contacts">
        {contacts.map((contact) => (
          <li key={contact.id} className={styles.item}>
            {hrefOf ? (
              <Link to={hrefOf(contact)} className={styles.itemLink}>
                <ListLines contact={contact} hint={hints.get(contact.id)} />
              </Link>
            ) : (
              <div className={styles.itemLink}>
                <ListLines contact={contact} hint={hints.get(contact.id)} />
              </div>
            )}
            {rowAction?.(contact)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Table className={styles.table} aria-label="Contacts" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Type</TableHeaderCell>
          <TableHeaderCell>Company</TableHeaderCell>
          <TableHeaderCell>Email</TableHeaderCell>
          <TableHeaderCell>Phone</TableHeaderCell>
          <TableHeaderCell>Tags</TableHeaderCell>
          {rowAction && <TableHeaderCell>Actions</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {contacts.map((contact) => (
          <TableRow key={contact.id}>
            <TableCell>
              {hrefOf ? (
                <Link to={hrefOf(contact)} className={styles.name}>
                  {contactName(contact)}
                </Link>
              ) : (
                contactName(contact)
              )}
              {hints.has(contact.id) && (
                <Text size={200} block className={styles.secondary}>
                  {hints.get(contact.id)}
                </Text>
              )}
            </TableCell>
            <TableCell>{TYPE_LABELS[contact.type]}</TableCell>
            <TableCell>{companyOf(contact)}</TableCell>
            <TableCell className={styles.email}>{contact.email}</TableCell>
            <TableCell className={styles.phone}>
              {contact.phone && <PhoneLink phone={contact.phone} display={contact.phoneDisplay} />}
            </TableCell>
            <TableCell>
              <span className={styles.tags}>
                {contact.tags.map((tag) => (
                  <Badge key={tag} appearance="tint" color="brand" shape="rounded">
                    {tag}
                  </Badge>
                ))}
              </span>
            </TableCell>
            {rowAction && <TableCell>{rowAction(contact)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ListLines({ contact, hint }: { contact: ContactSummary; hint?: string }) {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">{contactName(contact)}</Text>
      <Text size={200} className={styles.secondary}>
        {[TYPE_LABELS[contact.type], companyOf(contact), contact.email ?? hint, contact.phoneDisplay ?? contact.phone]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </>
  );
}
