import {
  Button,
  Field,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { MailCheckmarkRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useApi, type ContactSummary, type Membership, type ResponseStatus } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { STATUS_LABELS } from '../../lib/contactLabels';
import { peopleSentence } from './filing';
import { emailRequest } from './mailActions';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '240px' },
});

const ANSWERS: ResponseStatus[] = ['responded', 'converted', 'not_interested'];

export interface MarkAsResponseProps {
  contact: ContactSummary;
  message: OpenMessage;
  bodyText: () => Promise<string>;
  /** Called once the email is filed as this person's answer, with what happened in words. */
  onMarked: (done: string) => void;
  onFailed: (error: unknown) => void;
}

/** Files the open email as the person's answer to one of their campaigns, with the status it gives them. */
export function MarkAsResponse({ contact, message, bodyText, onMarked, onFailed }: MarkAsResponseProps) {
  const styles = useStyles();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [campaigns, setCampaigns] = useState<Membership[] | null>(null);
  const [campaignId, setCampaignId] = useState('');
  const [status, setStatus] = useState<ResponseStatus>('responded');
  const [busy, setBusy] = useState(false);

  // The campaigns load before the popover opens, so that its focus trap starts on the form, not on a spinner.
  const load = async () => {
    setBusy(true);
    try {
      const memberships = await api.contacts.memberships(contact.id);
      setCampaigns(memberships);
      setCampaignId((memberships.find((m) => m.status === 'pending') ?? memberships[0])?.campaignId ?? '');
      setOpen(true);
    } catch (failure) {
      onFailed(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const campaign = campaigns?.find((m) => m.campaignId === campaignId);
    if (!campaign) return;
    setBusy(true);
    try {
      const result = await api.mail.file({
        ...emailRequest(message, await bodyText(), [contact.id]),
        campaignId,
        responseStatus: status,
      });
      setOpen(false);
      onMarked(`Marked as a response to ${campaign.campaignName}; filed on ${peopleSentence(result.contacts)}.`);
    } catch (failure) {
      onFailed(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popover open={open} onOpenChange={(_, data) => (data.open ? void load() : setOpen(false))} trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button size="small" icon={<MailCheckmarkRegular />} disabled={busy && !open}>
          Mark as a response
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label="Mark as a response">
        {campaigns?.length === 0 && <Text size={200}>Not in any campaign: add them to one first.</Text>}
        {campaigns && campaigns.length > 0 && (
          <form className={styles.form} onSubmit={(event) => void submit(event)}>
            <Field label="Campaign it answers">
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opened on a click; focus follows to its field */}
              <Select autoFocus value={campaignId} onChange={(_, data) => setCampaignId(data.value)}>
                {campaigns.map((m) => (
                  <option key={m.campaignId} value={m.campaignId}>
                    {m.campaignName}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Their answer">
              <Select value={status} onChange={(_, data) => setStatus(data.value as ResponseStatus)}>
                {ANSWERS.map((answer) => (
                  <option key={answer} value={answer}>
                    {STATUS_LABELS[answer]}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" appearance="primary" size="small" disabled={busy || !campaignId}>
              Mark as a response
            </Button>
          </form>
        )}
      </PopoverSurface>
    </Popover>
  );
}
