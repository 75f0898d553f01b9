import { useState } from 'react';
import { useApi, type Member, type ResponseStatus } from '../../api';
import type { useMembers } from './useMembers';

/**
 * Changes to a campaign's members, one member at a time: record a response (at the version shown) or remove the
 * member. A refused change is kept as `error` and the page is read again; `busy` is the member being changed.
 */
export function useMemberActions(campaignId: string, members: ReturnType<typeof useMembers>, onChanged: () => void) {
  const api = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = async (member: Member, action: () => Promise<void>) => {
    setBusy(member.contact.id);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(failure);
      members.reload();
    } finally {
      setBusy(null);
    }
  };
  const respond = (member: Member, next: ResponseStatus, notes: string | null) =>
    act(member, async () =>
      members.replace(await api.campaigns.respond(campaignId, member.contact.id, next, notes, member.version)),
    );
  const remove = (member: Member) =>
    act(member, async () => {
      await api.campaigns.removeMember(campaignId, member.contact.id);
      members.reload();
    });

  return { busy, error, setError, respond, remove };
}
