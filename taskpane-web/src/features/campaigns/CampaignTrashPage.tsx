import { useCallback } from 'react';
import { useApi, type Campaign } from '../../api';
import { TrashView } from '../../ui/TrashView';
import { CampaignTable } from './CampaignTable';
import { CAMPAIGN_PAGE_SIZE } from './useCampaignList';

/** Deleted campaigns, each with Restore. */
export function CampaignTrashPage() {
  const api = useApi();
  const loadPage = useCallback(
    (index: number, signal: AbortSignal) => api.campaigns.trash(index, CAMPAIGN_PAGE_SIZE, signal),
    [api],
  );
  return (
    <TrashView<Campaign>
      title="Campaign trash"
      kind="campaigns"
      backTo="/campaigns"
      loadPage={loadPage}
      restore={(campaign) => api.campaigns.restore(campaign.id)}
      nameOf={(campaign) => campaign.name}
      table={(campaigns, restoreButton) => (
        <CampaignTable campaigns={campaigns} linked={false} empty="The trash is empty." rowAction={restoreButton} />
      )}
    />
  );
}
