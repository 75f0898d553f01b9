import { useEffect, useState } from 'react';
import { useApi } from '../../../api';

export interface CampaignChoice {
  id: string;
  name: string;
  /** The recipients (contact ids) who are members already; tracking the mail for others adds them. */
  members: string[];
}

/**
 * The email campaigns any of the recipients is a member of (those with most members first), then the firm's other
 * live email campaigns.
 */
export function useEmailCampaigns(contactIds: string[]): { choices: CampaignChoice[] | null; error: unknown } {
  const api = useApi();
  const [choices, setChoices] = useState<CampaignChoice[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = contactIds.join(',');

  useEffect(() => {
    let live = true;
    const ids = key.split(',').filter(Boolean);
    Promise.all([
      Promise.all(ids.map((id) => api.contacts.memberships(id))),
      api.campaigns.list({ channel: 'email', size: 100 }),
    ]).then(
      ([memberships, page]) => {
        if (!live) return;
        const byCampaign = new Map<string, CampaignChoice>();
        memberships.forEach((list, index) => {
          for (const m of list.filter((m) => m.channel === 'email')) {
            const choice = byCampaign.get(m.campaignId) ?? { id: m.campaignId, name: m.campaignName, members: [] };
            choice.members.push(ids[index] ?? '');
            byCampaign.set(m.campaignId, choice);
          }
        });
        const mine = [...byCampaign.values()].sort((a, b) => b.members.length - a.members.length);
        const others = page.items
          .filter((c) => !byCampaign.has(c.id))
          .map((c) => ({ id: c.id, name: c.name, members: [] }));
        setChoices([...mine, ...others]);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, key]);

  return { choices, error };
}
