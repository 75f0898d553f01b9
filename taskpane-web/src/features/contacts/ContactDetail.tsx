import {
  Badge,
  Button,
  Divider,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { type Contact } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { useNarrow } from '../../ui/hooks';
import { ContactDialog } from './ContactDialog';
import { ContactFacts } from './ContactFacts';
import { DuplicatesHint } from './DuplicatesHint';
import { contactName, TYPE_LABELS } from '../../lib/contactLabels';
import { MembershipsSection } from './MembershipsSection';
import { MergedNotice } from './MergedNotice';
import { RelationshipsSection } from './RelationshipsSection';
import { TimelineSection } from './TimelineSection';
import { useContactDetail } from './useContactDetail';
import { useCustomFields } from '../../lib/useCustomFields';
import { EditAndTrashButtons } from '../../ui/EditAndTrashButtons';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  tags: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  divider: { flexGrow: 0 },
});

export interface ContactDetailProps {
  contactId: string;
  canEdit: boolean;
  onClose: () => void;
  onChanged: () => void;
  onTrashed: (contact: Contact) => void;
}

/** One contact: its fields, relationships and campaigns, in a panel over the list. */
export function ContactDetail({ contactId, canEdit, onClose, onChanged, onTrashed }: ContactDetailProps) {
  const styles = useStyles();
  const narrow = useNarrow();
  const { contact, setContact, error, setError, merged, setMerged, trash, undoMerge } = useContactDetail(
    contactId,
    onTrashed,
    onChanged,
  );
  const [editing, setEditing] = useState(false);
  const custom = useCustomFields();

  const name = contact ? contactName(contact) : 'Contact';
  return (
    <OverlayDrawer
      open
      position="end"
      size={narrow ? 'full' : 'medium'}
      onOpenChange={(_, data) => !data.open && onClose()}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}
        >
          {name}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <ErrorBar error={error} onDismiss={() => setError(null)} />
        {!contact && !error && <Spinner label="Loading contact…" />}
        {contact && (
          <>
            <div className={styles.tags}>
              <Badge appearance="outline">{TYPE_LABELS[contact.type]}</Badge>
              {contact.tags.map((tag) => (
                <Badge key={tag} appearance="tint" color="brand">
                  {tag}
                </Badge>
              ))}
            </div>
            {canEdit && (
              <div className={styles.actions}>
                <EditAndTrashButtons onEdit={() => setEditing(true)} onTrash={() => void trash()} />
              </div>
            )}
            {merged && <MergedNotice merged={merged} onUndo={() => void undoMerge()} />}
            <DuplicatesHint
              contact={contact}
              canEdit={canEdit}
              onMerged={(result) => {
                setMerged(result);
                setContact(result.survivor);
                onChanged();
              }}
            />
            <ContactFacts contact={contact} customFields={custom.definitions} />
            <Divider className={styles.divider} />
            <RelationshipsSection contactId={contact.id} contactName={name} canEdit={canEdit} />
            <Divider className={styles.divider} />
            <MembershipsSection contactId={contact.id} />
            <Divider className={styles.divider} />
            <TimelineSection key={contact.version} contactId={contact.id} customFields={custom.definitions} />
          </>
        )}
        {!contact && error !== null && <Text>Close this panel to go back to the list.</Text>}
      </DrawerBody>
      {editing && contact && (
        <ContactDialog
          contact={contact}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setContact(saved);
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </OverlayDrawer>
  );
}
