import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type Contact } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { ExportMenu } from '../../ui/ExportMenu';
import { useSession } from '../../lib/SessionContext';
import { navigate, useSearch } from '../../lib/router';
import { LinkButton } from '../../ui/LinkButton';
import { ContactDetail } from './ContactDetail';
import { ContactDialog } from './ContactDialog';
import { ContactFilters } from './ContactFilters';
import { ContactTable } from './ContactTable';
import { contactName } from '../../lib/contactLabels';
import { Pager } from '../../ui/Pager';
import { useContactList, type ContactFilterState } from './useContactList';
import { PageHeader } from '../../ui/PageHeader';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  footer: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
});

interface Notice {
  kind: 'trashed' | 'restored' | 'created';
  contact: Contact;
}

/** The zero-based page of `?page=N` (N counts from 1). */
export function pageFromSearch(search: string): number {
  const page = Number.parseInt(new URLSearchParams(search).get('page') ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page - 1 : 0;
}

/** The contact list with search, filters and paging; a contact's detail opens over it at /contacts/:id. */
export function ContactsPage({ selectedId }: { selectedId?: string }) {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const [filters, setFilters] = useState<ContactFilterState>({ q: '', type: '', tag: '' });
  // The page is kept in the address (?page=3), so that a reload, a shared link and Back return to it.
  const pageIndex = pageFromSearch(useSearch());
  const pageQuery = pageIndex > 0 ? `?page=${pageIndex + 1}` : '';
  const setPageIndex = (index: number, replace = false) =>
    navigate(`${window.location.pathname}${index > 0 ? `?page=${index + 1}` : ''}`, { replace });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useContactList(filters, pageIndex);

  const undoTrash = async (contact: Contact) => {
    try {
      await api.contacts.restore(contact.id);
      setNotice({ kind: 'restored', contact });
      list.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className={styles.root}>
      <PageHeader title="Contacts">
        <ExportMenu
          what="contacts"
          onError={setError}
          onExport={(format) =>
            api.contacts.exportFile(format, {
              q: filters.q.trim() || undefined,
              type: filters.type || undefined,
              tag: filters.tag || undefined,
            })
          }
        />
        <LinkButton to="/contacts/trash" appearance="subtle" icon={<DeleteRegular />}>
          Trash
        </LinkButton>
        {canEdit && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
            New contact
          </Button>
        )}
      </PageHeader>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {notice.kind === 'trashed' && `${contactName(notice.contact)} was moved to the trash.`}
            {notice.kind === 'restored' && `${contactName(notice.contact)} is back from the trash.`}
            {notice.kind === 'created' && `${contactName(notice.contact)} was added.`}
          </MessageBarBody>
          <MessageBarActions>
            {notice.kind === 'trashed' && <Button onClick={() => void undoTrash(notice.contact)}>Undo</Button>}
            <Button appearance="transparent" onClick={() => setNotice(null)}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      <ContactFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPageIndex(0, true);
        }}
      />
      <ErrorBar
        error={list.error}
        title="Contacts could not be loaded"
        actions={<Button onClick={list.reload}>Try again</Button>}
      />
      {list.page ? (
        <>
          <ContactTable
            contacts={list.page.items}
            hrefOf={(contact) => `/contacts/${contact.id}${pageQuery}`}
            empty={filters.q || filters.type || filters.tag ? 'No contacts match these filters.' : 'No contacts yet.'}
          />
          <div className={styles.footer}>
            <span aria-live="polite">
              {(list.loading || list.searching) && <Spinner size="tiny" label="Searching…" />}
            </span>
            {list.page.totalElements > 0 && <Pager page={list.page} onPage={setPageIndex} />}
          </div>
        </>
      ) : (
        !list.error && <Spinner label="Loading contacts…" />
      )}
      {creating && (
        <ContactDialog
          contact={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            setNotice({ kind: 'created', contact: saved });
            list.reload();
          }}
        />
      )}
      {selectedId && (
        <ContactDetail
          contactId={selectedId}
          canEdit={canEdit}
          onClose={() => navigate(`/contacts${pageQuery}`)}
          onChanged={list.reload}
          onTrashed={(contact) => {
            navigate(`/contacts${pageQuery}`);
            setNotice({ kind: 'trashed', contact });
            list.reload();
          }}
        />
      )}
    </div>
  );
}
