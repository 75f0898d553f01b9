import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorBar } from '../../ui/ErrorBar';
import { LinkButton } from '../../ui/LinkButton';
import { useSession } from '../../lib/SessionContext';
import { Pager } from '../../ui/Pager';
import { navigate } from '../../lib/router';
import { CampaignDialog } from './CampaignDialog';
import { CampaignFilters } from './CampaignFilters';
import { CampaignTable } from './CampaignTable';
import { useCampaignList, type CampaignFilterState } from './useCampaignList';
import { PageHeader } from '../../ui/PageHeader';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Every live campaign with its member counts: filters by status and channel, search by name, paging. */
export function CampaignsPage() {
  const styles = useStyles();
  const { canEdit } = useSession();
  const [filters, setFilters] = useState<CampaignFilterState>({ q: '', status: '', channel: '' });
  const [pageIndex, setPageIndex] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useCampaignList(filters, pageIndex);
  const filtered = filters.q || filters.status || filters.channel;

  return (
    <div className={styles.root}>
      <PageHeader title="Campaigns">
        <LinkButton to="/campaigns/trash" appearance="subtle" icon={<DeleteRegular />}>
          Trash
        </LinkButton>
        {canEdit && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
            New campaign
          </Button>
        )}
      </PageHeader>
      <CampaignFilters
        value={filters}
        counts={list.counts}
        onChange={(next) => {
          setFilters(next);
          setPageIndex(0);
        }}
      />
      <ErrorBar
        error={list.error}
        title="Campaigns could not be loaded"
        actions={<Button onClick={list.reload}>Try again</Button>}
      />
      {list.page ? (
        <>
          <CampaignTable
            campaigns={list.page.items}
            definitions={list.definitions}
            empty={
              filtered
                ? 'No campaigns match these filters.'
                : canEdit
                  ? 'No campaigns yet. Start one with "New campaign".'
                  : 'No campaigns yet.'
            }
          />
          {list.page.totalElements > 0 && <Pager page={list.page} onPage={setPageIndex} />}
        </>
      ) : (
        !list.error && <Spinner label="Loading campaigns…" />
      )}
      {!canEdit && (
        <MessageBar intent="info">
          <MessageBarBody>You can read campaigns; your role does not allow changes.</MessageBarBody>
        </MessageBar>
      )}
      {creating && (
        <CampaignDialog
          campaign={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            navigate(`/campaigns/${saved.id}`);
          }}
        />
      )}
    </div>
  );
}
