import { useCallback, useEffect, useState } from 'react';
import { useApi, type Member, type Page, type ResponseStatus } from '../../api';

export const MEMBER_PAGE_SIZE = 25;

/** One page of a campaign's members, optionally only those at one status. */
export function useMembers(campaignId: string, status: ResponseStatus | '', pageIndex: number) {
  const api = useApi();
  const [page, setPage] = useState<Page<Member> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.campaigns
      .members(campaignId, { status: status || undefined, page: pageIndex, size: MEMBER_PAGE_SIZE }, controller.signal)
      .then(
        (result) => {
          setPage(result);
          setError(null);
        },
        (failure: unknown) => !controller.signal.aborted && setError(failure),
      );
    return () => controller.abort();
  }, [api, campaignId, status, pageIndex, version]);

  /** Replaces one member in place after a response was recorded. */
  const replace = useCallback((member: Member) => {
    setPage(
      (current) =>
        current && { ...current, items: current.items.map((m) => (m.contact.id === member.contact.id ? member : m)) },
    );
  }, []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { page, error, reload, replace };
}
