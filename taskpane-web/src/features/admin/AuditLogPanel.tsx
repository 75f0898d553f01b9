import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useApi, type AdminUser, type AuditEntry, type Page } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { useDebounced } from '../../ui/hooks';
import { Pager } from '../../ui/Pager';
import { useCustomFields } from '../../lib/useCustomFields';
import { AuditEntryItem } from './AuditEntryItem';
import { AuditFilterBar } from './AuditFilterBar';
import { auditFilters, auditSearch, EMPTY_AUDIT_FILTERS, type AuditFilterForm } from './auditFilters';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', justifyContent: 'flex-end' },
  list: { listStyle: 'none', margin: 0, padding: 0, backgroundColor: tokens.colorNeutralBackground1 },
});

const PAGE_SIZE = 25;

/** The audit log, newest first, filtered; each entry opens to its before/after changes; CSV export of the same filter. */
export function AuditLogPanel() {
  const styles = useStyles();
  const api = useApi();
  const { definitions } = useCustomFields();
  const customLabels = useMemo(
    () => new Map((definitions ?? []).map((field) => [field.key, field.label])),
    [definitions],
  );
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTERS);
  const filters = useDebounced(form, 300);
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<AuditEntry> | null>(null);
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.admin.users().then(setUsers, setError);
  }, [api]);

  useEffect(() => {
    const controller = new AbortController();
    api.admin.audit(auditFilters(filters), pageIndex, PAGE_SIZE, controller.signal).then(
      (result) => {
        setPage(result);
        setError(null);
      },
      (failure: unknown) => !controller.signal.aborted && setError(failure),
    );
    return () => controller.abort();
  }, [api, filters, pageIndex]);

  return (
    <div className={styles.root}>
      <AuditFilterBar
        value={form}
        users={users}
        onChange={(next) => {
          setForm(next);
          setPageIndex(0);
        }}
      />
      <div className={styles.bar}>
        <Button
          as="a"
          href={`/api/audit/export${auditSearch(form)}`}
          download="steward-audit.csv"
          icon={<ArrowDownloadRegular />}
        >
          Export CSV
        </Button>
      </div>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {!page && !error && <Spinner label="Loading the audit log…" />}
      {page?.items.length === 0 && <Text>No audit entries match these filters.</Text>}
      {page && page.items.length > 0 && (
        <>
          <ul className={styles.list} aria-label="Audit entries">
            {page.items.map((entry) => (
              <AuditEntryItem key={entry.id} entry={entry} customLabels={customLabels} />
            ))}
          </ul>
          <Pager page={page} onPage={setPageIndex} />
        </>
      )}
    </div>
  );
}
