import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type Campaign, type Page } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { LinkButton } from '../../ui/LinkButton';
import { useSession } from '../../lib/SessionContext';
import { Pager } from '../../ui/Pager';
import { CampaignTable } from './CampaignTable';
import { CAMPAIGN_PAGE_SIZE } from './useCampaignList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

/** Deleted campaigns, each with Restore. */
export function CampaignTrashPage() {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const [pageIndex, setPageIndex] = useState(0);
  const [page, setPage] = useState<Page<Campaign> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [restored, setRestored] = useState<string | null>(null);

  const load = useCallback(() => {
    const controller = new AbortController();
    api.campaigns.trash(pageIndex, CAMPAIGN_PAGE_SIZE, controller.signal).then(setPage, (failure: unknown) => {
      if (!controller.signal.aborted) setError(failure);
    });
    return () => controller.abort();
  }, [api, pageIndex]);
  useEffect(load, [load]);

  const restore = async (campaign: Campaign) => {
    setError(null);
    try {
      await api.campaigns.restore(campaign.id);
      setRestored(campaign.name);
      load();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className={styles.root}>
      <div>
        <LinkButton to="/campaigns" appearance="subtle" icon={<ArrowLeftRegular />}>
          Back to campaigns
        </LinkButton>
      </div>
      <h1 className={styles.title}>
        <Text size={600} weight="semibold">
          Campaign trash
        </Text>
      </h1>
      <Text>Deleted campaigns stay here for 30 days before they are removed for good.</Text>
      {restored && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{restored} is back in your campaigns.</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {page ? (
        <>
          <CampaignTable
            campaigns={page.items}
            linked={false}
            empty="The trash is empty."
            rowAction={
              canEdit
                ? (campaign) => (
                    <Button size="small" icon={<ArrowUndoRegular />} onClick={() => void restore(campaign)}>
                      Restore
                    </Button>
                  )
                : undefined
            }
          />
          {page.totalElements > 0 && <Pager page={page} onPage={setPageIndex} />}
        </>
      ) : (
        !error && <Spinner label="Loading the trash…" />
      )}
    </div>
  );
}
