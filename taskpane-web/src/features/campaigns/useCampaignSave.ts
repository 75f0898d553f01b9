import { useState } from 'react';
import { ApiError, useApi, type Campaign, type CampaignRequest, type CampaignStatus, type Channel } from '../../api';

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
  const [base, setBase] = useState(initial);
  const [values, setValues] = useState(() => formFromCampaign(initial));
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ currentVersion?: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409 && failure.currentVersion !== undefined) {
        setConflict({ currentVersion: failure.currentVersion });
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  const send = async (version: number | undefined) => {
    const saved = base
      ? await api.campaigns.update(base.id, request(values, version))
      : await api.campaigns.create(request(values));
    setConflict(null);
    onSaved(saved);
  };

  return {
    values,
    setValues,
    error,
    fieldErrors: error instanceof ApiError ? error.errors : {},
    conflict,
    busy,
    base,
    save: () => run(() => send(base?.version)),
    reload: () =>
      run(async () => {
        if (!base) return;
        const current = await api.campaigns.get(base.id);
        setBase(current);
        setValues(formFromCampaign(current));
        setConflict(null);
      }),
    overwrite: () =>
      run(async () => {
        if (!base) return;
        await send(conflict?.currentVersion ?? (await api.campaigns.get(base.id)).version);
      }),
  };
}
