import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, type ContactSummary, type TrackedMail } from '../../../api';
import {
  insertHtml,
  readSubject,
  rememberServiceUrl,
  requireTracking,
  setHeaders,
  userAddress,
  writeSubject,
} from '../../../office/compose';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useSession } from '../../../lib/SessionContext';
import { SendAndTrack } from './SendAndTrack';
import { useEmailCampaigns } from './useEmailCampaigns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  who: { display: 'flex', flexDirection: 'column' },
});

/** The header that carries the campaign, beside the tracking token (for people reading the headers). */
const CAMPAIGN_HEADER = 'x-steward-campaign';

export interface CampaignMailInsertProps {
  /** The recipients who are Steward contacts. */
  contacts: ContactSummary[];
  /** How many people the mail goes to, contacts or not. */
  recipientCount: number;
}

/**
 * Picks an email campaign and tracks the mail for the recipients who are (or are made) its members. With one recipient
 * it also inserts the campaign's mail merged for them; with several it does not, since merge fields greet one person.
 */
export function CampaignMailInsert({ contacts, recipientCount }: CampaignMailInsertProps) {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const { choices, error: loadError } = useEmailCampaigns(contacts.map((c) => c.id));
  const [chosen, setChosen] = useState('');
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tracked, setTracked] = useState<TrackedMail | null>(null);

  if (loadError) return <ErrorBar error={loadError} />;
  if (!choices) return <Spinner size="tiny" label="Finding email campaigns…" />;
  if (choices.length === 0) return <Text>There is no email campaign yet: create one in Steward first.</Text>;
  const campaignId = chosen || (choices[0]?.id ?? '');
  const campaign = choices.find((c) => c.id === campaignId);
  const single = contacts.length === 1 ? contacts[0] : undefined;
  const isMember = (contact: ContactSummary) => campaign?.members.includes(contact.id) ?? false;
  // One recipient is tracked (and added if need be) as before; among several, members are ticked and others offered.
  const isPicked = (contact: ContactSummary) =>
    single ? true : (picked[`${campaignId}:${contact.id}`] ?? isMember(contact));
  const chosenContacts = contacts.filter(isPicked);
  const merge = recipientCount === 1 && single !== undefined;

  const track = async () => {
    setBusy(true);
    setError(null);
    try {
      requireTracking();
      const started = await api.campaignMail.track(
        campaignId,
        chosenContacts.map((c) => c.id),
        userAddress(),
      );
      if (merge && single) {
        const mail = await api.campaignMail.render(campaignId, single.id);
        await insertHtml(mail.html);
        if ((await readSubject()).trim() === '') await writeSubject(mail.subject);
      }
      await setHeaders({ [started.headerName]: started.token, [CAMPAIGN_HEADER]: campaignId });
      await rememberServiceUrl(window.location.origin).catch(() => undefined);
      setTracked(started);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (tracked && campaign) {
    return <SendAndTrack tracked={tracked} contacts={chosenContacts} campaignName={campaign.name} inserted={merge} />;
  }
  return (
    <div className={styles.root}>
      <ErrorBar error={error} />
      <Field
        label="Campaign"
        hint={
          single && campaign && !isMember(single) ? `${single.displayName} will be added to this campaign.` : undefined
        }
      >
        <Select value={campaignId} onChange={(_, data) => setChosen(data.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {single && !choice.members.includes(single.id) ? `${choice.name} (not a member yet)` : choice.name}
            </option>
          ))}
        </Select>
      </Field>
      {!single && (
        <div className={styles.who} role="group" aria-labelledby="steward-track-for">
          <Text id="steward-track-for" weight="semibold">
            Track the mail for
          </Text>
          <div className={styles.who}>
            {contacts.map((contact) => (
              <Checkbox
                key={contact.id}
                checked={isPicked(contact)}
                onChange={(_, data) =>
                  setPicked((p) => ({ ...p, [`${campaignId}:${contact.id}`]: data.checked === true }))
                }
                label={isMember(contact) ? contact.displayName : `${contact.displayName} (add to this campaign)`}
              />
            ))}
          </div>
        </div>
      )}
      {!merge && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This mail goes to {recipientCount} people, so Steward does not insert the campaign&apos;s mail: its merge
            fields (name, salutation) fit one person only. Write it yourself; it is tracked for{' '}
            {single ? single.displayName : 'the members you tick'}.
          </MessageBarBody>
        </MessageBar>
      )}
      {canEdit ? (
        <div>
          <Button appearance="primary" disabled={busy || chosenContacts.length === 0} onClick={() => void track()}>
            {busy ? (merge ? 'Inserting…' : 'Tracking…') : merge ? 'Insert campaign mail' : 'Track this mail'}
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
