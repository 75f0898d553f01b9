import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type Contact, type MergeResult, type PossibleDuplicate } from '../../api';
import { contactName } from '../../lib/contactLabels';
import { MergeDialog } from './MergeDialog';

const useStyles = makeStyles({
  // The button sits inside the message, below its words: a message bar's own actions can spill over what follows.
  action: { marginTop: tokens.spacingVerticalS },
  // In the drawer's column a message bar must not shrink below its content, or its button spills out of it.
  bar: { flexShrink: 0 },
});

const REASONS: Record<PossibleDuplicate['reason'], string> = {
  email: 'has the same email',
  'name-and-email': 'has the same name and email',
  'name-and-phone': 'has the same name and phone',
  'name-and-postcode': 'has the same name and postcode',
};

export interface DuplicatesHintProps {
  contact: Contact;
  canEdit: boolean;
  onMerged: (result: MergeResult) => void;
}

/** "Possible duplicate": other contacts that may be this one, each with a way to merge it in. */
export function DuplicatesHint({ contact, canEdit, onMerged }: DuplicatesHintProps) {
  const styles = useStyles();
  const api = useApi();
  const [duplicates, setDuplicates] = useState<PossibleDuplicate[]>([]);
  const [merging, setMerging] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // A hint only: when it cannot be had, the page shows the contact without it.
    api.contacts.duplicates(contact.id).then(
      (found) => live && setDuplicates(found),
      () => live && setDuplicates([]),
    );
    return () => {
      live = false;
    };
  }, [api, contact.id, contact.version]);

  if (duplicates.length === 0) return null;
  return (
    <>
      {duplicates.slice(0, 3).map((duplicate) => (
        <MessageBar key={duplicate.id} className={styles.bar} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Possible duplicate</MessageBarTitle>
            {contactName(duplicate)}
            {[duplicate.email, duplicate.city].filter(Boolean).length > 0 &&
              ` (${[duplicate.email, duplicate.city].filter(Boolean).join(', ')})`}{' '}
            {REASONS[duplicate.reason]}.
            {canEdit && (
              <div className={styles.action}>
                <Button size="small" onClick={() => setMerging(duplicate.id)}>
                  Compare and merge
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
      {merging && (
        <MergeDialog
          survivor={contact}
          duplicateId={merging}
          onClose={() => setMerging(null)}
          onMerged={(result) => {
            setMerging(null);
            onMerged(result);
          }}
        />
      )}
    </>
  );
}
