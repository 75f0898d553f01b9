import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Page } from '../api';
import { useSession } from '../lib/SessionContext';
import { ErrorBar } from './ErrorBar';
import { LinkButton } from './LinkButton';
import { Pager } from './Pager';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

export interface TrashViewProps<T> {
  title: string;
  /** What is in the trash, plural and lower case ('contacts'): the words of the page and of the way back. */
  kind: string;
  /** The list the items came from, which the page leads back to. */
  backTo: string;
  loadPage: (index: number, signal: AbortSignal) => Promise<Page<T>>;
  restore: (item: T) => Promise<unknown>;
  nameOf: (item: T) => string;
  /** The items' table, with the Restore button as each row's action (none for viewers). */
  table: (items: T[], restoreButton: ((item: T) => ReactNode) | undefined) => ReactNode;
}

/** A trash page: the deleted items a page at a time, each with Restore; they are purged after the retention period. */
export function TrashView<T>({ title, kind, backTo, loadPage, restore, nameOf, table }: TrashViewProps<T>) {
  const styles = useStyles();
  const { canEdit } = useSession();
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [restored, setRestored] = useState<string | null>(null);

  const load = useCallback(() => {
    const controller = new AbortController();
    loadPage(pageIndex, controller.signal).then(setPage, (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure);
    });
    return () => controller.abort();
  }, [loadPage, pageIndex]);

  useEffect(load, [load]);

  const restoreItem = async (item: T) => {
    setError(null);
    try {
      await restore(item);
      setRestored(nameOf(item));
      load();
    } catch (failure) {
      setError(failure);
    }
  };
  const restoreButton = (item: T) => (
    <Button size="small" icon={<ArrowUndoRegular />} onClick={() => void restoreItem(item)}>
      Restore
    </Button>
  );

  return (
    <div className={styles.root}>
      <div>
        <LinkButton to={backTo} appearance="subtle" icon={<ArrowLeftRegular />}>
          {`Back to ${kind}`}
        </LinkButton>
      </div>
      <h1 className={styles.title}>
        <Text size={600} weight="semibold">
          {title}
        </Text>
      </h1>
      <Text>{`Deleted ${kind} stay here for 30 days before they are removed for good.`}</Text>
      {restored && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{`${restored} is back in your ${kind}.`}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {page ? (
        <>
          {table(page.items, canEdit ? restoreButton : undefined)}
          {page.totalElements > 0 && <Pager page={page} onPage={setPageIndex} />}
        </>
      ) : (
        !error && <Spinner label="Loading the trash…" />
      )}
    </div>
  );
}
