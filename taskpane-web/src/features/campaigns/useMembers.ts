import { useCallback } from 'react';
import type { Api, Member, ResponseStatus } from '../../api';
import { usePageOf } from '../../lib/usePageOf';

export const MEMBER_PAGE_SIZE = 25;

interface MembersQuery {
  campaignId: string;
  status: ResponseStatus | '';
  pageIndex: number;
}

const readMembers = (api: Api, { campaignId, status, pageIndex }: MembersQuery, signal: AbortSignal) =>
  api.campaigns.members(campaignId, { status: status || undefined, page: pageIndex, size: MEMBER_PAGE_SIZE }, signal);

/** One page of a campaign's members, optionally only those at one status. */
export function useMembers(campaignId: string, status: ResponseStatus | '', pageIndex: number) {
  const { page, setPage, error, reload } = usePageOf(readMembers, { campaignId, status, pageIndex });

  /** Replaces one member in place after a response was recorded. */
  const replace = useCallback(
    (member: Member) => {
      setPage(
        (current) =>
          current && {
            ...current,
            items: current.items.map((m) => (m.contact.id === member.contact.id ? member : m)),
          },
      );
    },
    [setPage],
  );
  return { page, error, reload, replace };
}
