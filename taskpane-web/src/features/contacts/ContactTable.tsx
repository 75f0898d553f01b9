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
import { Link } from '../shell/router';
import { contactName, TYPE_LABELS } from './labels';

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

/** Contacts as a table, or as a list on narrow screens. */
export function ContactTable({ contacts, empty, hrefOf = (c) => `/contacts/${c.id}`, rowAction }: ContactTableProps) {
  const styles = useStyles();
  const narrow = useNarrow();
  if (contacts.length === 0) return <Text className={styles.empty}>{empty}</Text>;

  if (narrow) {
    return (
      <ul className={styles.list} aria-label="Contacts">
        {contacts.map((contact) => (
          <li key={contact.id} className={styles.item}>
            {hrefOf ? (
              <Link to={hrefOf(contact)} className={styles.itemLink}>
                <ListLines contact={contact} />
              </Link>
            ) : (
              <div className={styles.itemLink}>
                <ListLines contact={contact} />
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
            </TableCell>
            <TableCell>{TYPE_LABELS[contact.type]}</TableCell>
            <TableCell>{contact.companyName}</TableCell>
            <TableCell>{contact.email}</TableCell>
            <TableCell>{contact.phone}</TableCell>
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

function ListLines({ contact }: { contact: ContactSummary }) {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">{contactName(contact)}</Text>
      <Text size={200} className={styles.secondary}>
        {[TYPE_LABELS[contact.type], contact.companyName, contact.email].filter(Boolean).join(' · ')}
      </Text>
    </>
  );
}
