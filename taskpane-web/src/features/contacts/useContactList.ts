import { useCallback, useEffect, useState } from 'react';
import { useApi, type ContactSummary, type ContactType, type Page } from '../../api';
import { useDebounced } from '../../ui/hooks';

export const PAGE_SIZE = 25;
export const SEARCH_DELAY_MS = 300;

export interface ContactFilterState {
  q: string;
  type: ContactType | '';
  tag: string;
}

/** One page of contacts for the filters; the search text is debounced, and a stale answer never wins. */
export function useContactList(filters: ContactFilterState, pageIndex: number) {
  const api = useApi();
  const q = useDebounced(filters.q.trim(), SEARCH_DELAY_MS);
  const [page, setPage] = useState<Page<ContactSummary> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api.contacts
      .list(
        {
          q: q || undefined,
          type: filters.type || undefined,
          tag: filters.tag || undefined,
          page: pageIndex,
          size: PAGE_SIZE,
        },
        controller.signal,
      )
      .then(
        (result) => {
          if (controller.signal.aborted) return;
          setPage(result);
          setError(null);
          setLoading(false);
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return;
          setError(failure);
          setLoading(false);
        },
      );
    return () => controller.abort();
  }, [api, q, filters.type, filters.tag, pageIndex, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { page, loading, error, reload, searching: q !== filters.q.trim() };
}
