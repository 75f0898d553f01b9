import { Badge, makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type Campaign } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { LinkButton } from '../../ui/LinkButton';
import { formatDay } from '../../ui/numbers';
import { useSession } from '../../lib/SessionContext';
import { navigate } from '../../lib/router';
import { CampaignAnalytics } from './CampaignAnalytics';
import { CampaignDialog } from './CampaignDialog';
import { CAMPAIGN_BADGE, CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';
import { CampaignMailSection } from './mail/CampaignMailSection';
import { MembersSection } from './MembersSection';
import { RepliesSection } from './RepliesSection';
import { PageHeader } from '../../ui/PageHeader';
import { EditAndTrashButtons } from '../../ui/EditAndTrashButtons';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  meta: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    color: tokens.colorNeutralForeground2,
  },
  description: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One campaign: its facts, its analytics, and its members with their responses. */
export function CampaignDetailPage({ campaignId }: { campaignId: string }) {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<'overview' | 'mail'>('overview');
  // Bumped when members or responses change, so that the analytics follow.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    api.campaigns.get(campaignId).then(
      (result) => live && setCampaign(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, campaignId, revision]);

  const changed = useCallback(() => setRevision((r) => r + 1), []);

  const trash = async () => {
    try {
      await api.campaigns.moveToTrash(campaignId);
      navigate('/campaigns/trash');
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className={styles.root}>
      <div>
        <LinkButton to="/campaigns" appearance="subtle" icon={<ArrowLeftRegular />}>
          All campaigns
        </LinkButton>
      </div>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {!campaign && !error && <Spinner label="Loading campaign…" />}
      {campaign && (
        <>
          <PageHeader title={campaign.name}>
            {canEdit && <EditAndTrashButtons onEdit={() => setEditing(true)} onTrash={() => void trash()} />}
          </PageHeader>
          <div className={styles.meta}>
            <Badge appearance="tint" color={CAMPAIGN_BADGE[campaign.status]}>
              {CAMPAIGN_STATUS_LABELS[campaign.status]}
            </Badge>
            <Text>{CHANNEL_LABELS[campaign.channel]}</Text>
            <Text>{campaign.sendDate ? `Send date ${formatDay(campaign.sendDate)}` : 'No send date yet'}</Text>
          </div>
          {campaign.description && <Text className={styles.description}>{campaign.description}</Text>}
          {campaign.channel === 'email' && (
            <TabList
              selectedValue={tab}
              onTabSelect={(_, data) => setTab(data.value === 'mail' ? 'mail' : 'overview')}
              aria-label="Campaign sections"
            >
              <Tab value="overview">Overview</Tab>
              <Tab value="mail">Mail</Tab>
            </TabList>
          )}
          {tab === 'mail' && campaign.channel === 'email' ? (
            <CampaignMailSection campaignId={campaign.id} canEdit={canEdit} onSent={changed} />
          ) : (
            <>
              <CampaignAnalytics campaignId={campaign.id} revision={revision} />
              <RepliesSection campaignId={campaign.id} canEdit={canEdit} onChanged={changed} />
              <MembersSection campaign={campaign} canEdit={canEdit} onChanged={changed} />
            </>
          )}
        </>
      )}
      {editing && campaign && (
        <CampaignDialog
          campaign={campaign}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setCampaign(saved);
            setEditing(false);
            // A new status or send date changes the figures: a draft is in no rate, days count from the send date.
            changed();
          }}
        />
      )}
    </div>
  );
}
