import { useCallback, useEffect, useState } from 'react';
import { useApi, type Campaign, type CampaignStatus, type Channel, type Definitions, type Page } from '../../api';
import { useDebounced } from '../../ui/hooks';

export const CAMPAIGN_PAGE_SIZE = 20;

export interface CampaignFilterState {
  q: string;
  status: CampaignStatus | '';
  channel: Channel | '';
}

/**
 * One page of campaigns for the filters, how many campaigns stand at each status, and the definitions of the rates
 * (both from the dashboard's figures).
 */
export function useCampaignList(filters: CampaignFilterState, pageIndex: number) {
  const api = useApi();
  const q = useDebounced(filters.q.trim(), 300);
  const [page, setPage] = useState<Page<Campaign> | null>(null);
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [definitions, setDefinitions] = useState<Definitions | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.campaigns
      .list(
        {
          q: q || undefined,
          status: filters.status || undefined,
          channel: filters.channel || undefined,
          page: pageIndex,
          size: CAMPAIGN_PAGE_SIZE,
        },
        controller.signal,
      )
      .then(
        (result) => {
          setPage(result);
          setError(null);
        },
        (failure: unknown) => !controller.signal.aborted && setError(failure),
      );
    return () => controller.abort();
  }, [api, q, filters.status, filters.channel, pageIndex, version]);

  useEffect(() => {
    let live = true;
    api.analytics.dashboard().then(
      (report) => {
        if (!live) return;
        setCounts(report.campaignsByStatus);
        setDefinitions(report.definitions);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { page, counts, definitions, error, reload };
}
