import { useApi, type Campaign, type CampaignRequest, type CampaignStatus, type Channel } from '../../api';
import { useVersionedSave } from '../../lib/useVersionedSave';

export interface CampaignFormValues {
  name: string;
  description: string;
  channel: Channel;
  sendDate: string;
  status: CampaignStatus;
}

export function formFromCampaign(campaign: Campaign | null): CampaignFormValues {
  return {
    name: campaign?.name ?? '',
    description: campaign?.description ?? '',
    channel: campaign?.channel ?? 'email',
    sendDate: campaign?.sendDate ?? '',
    status: campaign?.status ?? 'draft',
  };
}

function request(values: CampaignFormValues, version?: number): CampaignRequest {
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    channel: values.channel,
    sendDate: values.sendDate || null,
    status: values.status,
    version,
  };
}

/**
 * Saving a campaign. A 409 with the stored version is a stale edit (reload or overwrite); any other 409 is a refused
 * status change, shown in the service's words.
 */
export function useCampaignSave(initial: Campaign | null, onSaved: (campaign: Campaign) => void) {
  const api = useApi();
  return useVersionedSave<Campaign, CampaignFormValues>({
    initial,
    initialValues: () => formFromCampaign(initial),
    formOf: formFromCampaign,
    get: (id) => api.campaigns.get(id),
    send: (values, base, version) =>
      base ? api.campaigns.update(base.id, request(values, version)) : api.campaigns.create(request(values)),
    onSaved,
    isStale: (failure) => failure.status === 409 && failure.currentVersion !== undefined,
  });
}
