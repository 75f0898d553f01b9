import { useEffect, useState } from 'react';
import { useApi } from '../../../api';

export interface CampaignChoice {
  id: string;
  name: string;
  /** Whether the recipient is a member already; choosing another campaign adds them. */
  member: boolean;
}

/** The email campaigns the contact is a member of, then the firm's other live email campaigns. */
export function useEmailCampaigns(contactId: string): { choices: CampaignChoice[] | null; error: unknown } {
  const api = useApi();
  const [choices, setChoices] = useState<CampaignChoice[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.contacts.memberships(contactId), api.campaigns.list({ channel: 'email', size: 100 })]).then(
      ([memberships, page]) => {
        if (!live) return;
        const mine = memberships
          .filter((m) => m.channel === 'email')
          .map((m) => ({ id: m.campaignId, name: m.campaignName, member: true }));
        const others = page.items
          .filter((c) => !mine.some((m) => m.id === c.id))
          .map((c) => ({ id: c.id, name: c.name, member: false }));
        setChoices([...mine, ...others]);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, contactId]);

  return { choices, error };
}
