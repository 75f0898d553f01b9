import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, type ContactSummary, type TrackedMail } from '../../../api';
import { insertHtml, readSubject, requireTracking, setHeaders, userAddress, writeSubject } from '../../../office/compose';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useSession } from '../../auth/SessionContext';
import { SendAndTrack } from './SendAndTrack';
import { useEmailCampaigns } from './useEmailCampaigns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The header that carries the campaign, beside the tracking token (for people reading the headers). */
const CAMPAIGN_HEADER = 'x-steward-campaign';

/** Picks one of the contact's email campaigns (or another, which adds them), and inserts its mail, tracked. */
export function CampaignMailInsert({ contact }: { contact: ContactSummary }) {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const { choices, error: loadError } = useEmailCampaigns(contact.id);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tracked, setTracked] = useState<TrackedMail | null>(null);

  if (loadError) return <ErrorBar error={loadError} />;
  if (!choices) return <Spinner size="tiny" label="Finding email campaigns…" />;
  if (choices.length === 0) return <Text>There is no email campaign yet: create one in Steward first.</Text>;
  const campaignId = chosen || (choices[0]?.id ?? '');
  const campaign = choices.find((c) => c.id === campaignId);

  const insert = async () => {
    setBusy(true);
    setError(null);
    try {
      requireTracking();
      const started = await api.campaignMail.track(campaignId, contact.id, userAddress());
      const mail = await api.campaignMail.render(campaignId, contact.id);
      await insertHtml(mail.html);
      if ((await readSubject()).trim() === '') await writeSubject(mail.subject);
      await setHeaders({ [started.headerName]: started.token, [CAMPAIGN_HEADER]: campaignId });
      setTracked(started);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (tracked && campaign) return <SendAndTrack tracked={tracked} contact={contact} campaignName={campaign.name} />;
  return (
    <div className={styles.root}>
      <ErrorBar error={error} />
      <Field label="Campaign" hint={campaign && !campaign.member ? `${contact.displayName} will be added to this campaign.` : undefined}>
        <Select value={campaignId} onChange={(_, data) => setChosen(data.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.member ? choice.name : `${choice.name} (not a member yet)`}
            </option>
          ))}
        </Select>
      </Field>
      {canEdit ? (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
            {busy ? 'Inserting…' : 'Insert campaign mail'}
          </Button>
        </div>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>Viewers cannot write campaign mail.</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
