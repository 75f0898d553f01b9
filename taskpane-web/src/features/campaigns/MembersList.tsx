import {
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
import type { Member } from '../../api';
import { TYPE_LABELS } from '../../lib/contactLabels';
import { formatDate } from '../../ui/format';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  cellName: { overflowWrap: 'anywhere' },
  email: { wordBreak: 'break-word' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cardRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

export interface MembersListProps {
  members: Member[];
  /** Cards on a narrow screen, a table otherwise. */
  narrow: boolean;
  canEdit: boolean;
  name: (member: Member) => ReactNode;
  statusControl: (member: Member) => ReactNode;
  removeButton: (member: Member) => ReactNode;
}

/** One page of a campaign's members, as cards or as a table; the controls in each come from the section. */
export function MembersList({ members, narrow, canEdit, name, statusControl, removeButton }: MembersListProps) {
  const styles = useStyles();
  return narrow ? (
    <ul className={styles.list} aria-label="Members">
      {members.map((member) => (
        <li key={member.contact.id} className={styles.card}>
          <span className={styles.cardRow}>
            {name(member)}
            {removeButton(member)}
          </span>
          <Text size={200} className={styles.meta}>
            {[TYPE_LABELS[member.contact.type], member.contact.email].filter(Boolean).join(' · ')}
          </Text>
          <span className={styles.cardRow}>
            {statusControl(member)}
            <Text size={200} className={styles.meta}>
              {formatDate(member.responseDate)}
            </Text>
          </span>
        </li>
      ))}
    </ul>
  ) : (
    <Table className={styles.table} aria-label="Members" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Type</TableHeaderCell>
          <TableHeaderCell>Email</TableHeaderCell>
          <TableHeaderCell>Response</TableHeaderCell>
          <TableHeaderCell>Responded on</TableHeaderCell>
          <TableHeaderCell>Notes</TableHeaderCell>
          {canEdit && <TableHeaderCell>Actions</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.contact.id}>
            <TableCell className={styles.cellName}>{name(member)}</TableCell>
            <TableCell>{TYPE_LABELS[member.contact.type]}</TableCell>
            <TableCell className={styles.email}>{member.contact.email}</TableCell>
            <TableCell>{statusControl(member)}</TableCell>
            <TableCell>{formatDate(member.responseDate)}</TableCell>
            <TableCell className={styles.cellName}>{member.notes}</TableCell>
            {canEdit && <TableCell>{removeButton(member)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
