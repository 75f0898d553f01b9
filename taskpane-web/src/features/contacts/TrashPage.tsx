import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type ContactSummary, type Page } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { useSession } from '../../lib/SessionContext';
import { LinkButton } from '../../ui/LinkButton';
import { ContactTable } from './ContactTable';
import { contactName } from '../../lib/contactLabels';
import { Pager } from '../../ui/Pager';
import { PAGE_SIZE } from './useContactList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

/** Deleted contacts, newest first, each with Restore; they are purged after the retention period. */
export function TrashPage() {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<ContactSummary> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [restored, setRestored] = useState<string | null>(null);

  const load = useCallback(() => {
    const controller = new AbortController();
    api.contacts.trash(pageIndex, PAGE_SIZE, controller.signal).then(setPage, (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure);
    });
    return () => controller.abort();
  }, [api, pageIndex]);

  useEffect(load, [load]);

  const restore = async (contact: ContactSummary) => {
    setError(null);
    try {
      await api.contacts.restore(contact.id);
      setRestored(contactName(contact));
      load();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className={styles.root}>
      <div>
        <LinkButton to="/contacts" appearance="subtle" icon={<ArrowLeftRegular />}>
          Back to contacts
        </LinkButton>
      </div>
      <h1 className={styles.title}>
        <Text size={600} weight="semibold">
          Trash
        </Text>
      </h1>
      <Text>Deleted contacts stay here for 30 days before they are removed for good.</Text>
      {restored && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{restored} is back in your contacts.</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {page ? (
        <>
          <ContactTable
            contacts={page.items}
            empty="The trash is empty."
            hrefOf={null}
            rowAction={
              canEdit
                ? (contact) => (
                    <Button size="small" icon={<ArrowUndoRegular />} onClick={() => void restore(contact)}>
                      Restore
                    </Button>
                  )
                : undefined
            }
          />
          {page.totalElements > 0 && <Pager page={page} onPage={setPageIndex} />}
        </>
      ) : (
        !error && <Spinner label="Loading the trash…" />
      )}
    </div>
  );
}
