import { useEffect, useState } from 'react';
import { useApi, type Api, type CampaignStatus, type Channel, type Definitions } from '../../api';
import { usePageOf } from '../../lib/usePageOf';
import { useDebounced } from '../../ui/hooks';

export const CAMPAIGN_PAGE_SIZE = 20;

export interface CampaignFilterState {
  q: string;
  status: CampaignStatus | '';
  channel: Channel | '';
}

const readCampaigns = (
  api: Api,
  { q, status, channel, pageIndex }: CampaignFilterState & { pageIndex: number },
  signal: AbortSignal,
) =>
  api.campaigns.list(
    {
      q: q || undefined,
      status: status || undefined,
      channel: channel || undefined,
      page: pageIndex,
      size: CAMPAIGN_PAGE_SIZE,
    },
    signal,
  );

/**
 * One page of campaigns for the filters, how many campaigns stand at each status, and the definitions of the rates
 * (both from the dashboard's figures).
 */
export function useCampaignList(filters: CampaignFilterState, pageIndex: number) {
  const api = useApi();
  const q = useDebounced(filters.q.trim(), 300);
  const list = usePageOf(readCampaigns, { q, status: filters.status, channel: filters.channel, pageIndex });
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [definitions, setDefinitions] = useState<Definitions | null>(null);
  const [countsError, setCountsError] = useState<unknown>(null);
  const { version } = list;

  useEffect(() => {
    let live = true;
    api.analytics.dashboard().then(
      (report) => {
        if (!live) return;
        setCounts(report.campaignsByStatus);
        setDefinitions(report.definitions);
        setCountsError(null);
      },
      (failure: unknown) => live && setCountsError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  return { page: list.page, counts, definitions, error: list.error ?? countsError, reload: list.reload };
}
