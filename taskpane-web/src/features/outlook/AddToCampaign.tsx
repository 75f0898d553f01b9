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
import { MegaphoneRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useApi, type Campaign } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '240px' },
});

/** How many campaigns the picker offers, newest first; a firm runs a handful a year. */
const CAMPAIGNS_SHOWN = 100;

export interface AddToCampaignProps {
  contactId: string;
  name: string;
  /** The campaigns the person is in already, left out of the choice. */
  memberOf: string[];
  onAdded: (campaign: Campaign) => void;
}

/** Puts the person into one more campaign, chosen from the firm's campaigns they are not in yet. */
export function AddToCampaign({ contactId, name, memberOf, onAdded }: AddToCampaignProps) {
  const styles = useStyles();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<Campaign[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // The choices load before the popover opens, so that its focus trap starts on the form, not on a spinner.
  const load = async () => {
    setError(null);
    setBusy(true);
    try {
      const page = await api.campaigns.list({ size: CAMPAIGNS_SHOWN });
      const others = page.items.filter((campaign) => !memberOf.includes(campaign.id));
      setChoices(others);
      setChosen(others[0]?.id ?? '');
      setOpen(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const campaign = choices?.find((c) => c.id === chosen);
    if (!campaign) return;
    setBusy(true);
    setError(null);
    try {
      await api.campaigns.addContacts(campaign.id, [contactId]);
      setOpen(false);
      onAdded(campaign);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Popover open={open} onOpenChange={(_, data) => (data.open ? void load() : setOpen(false))} trapFocus>
        <PopoverTrigger disableButtonEnhancement>
          <Button size="small" appearance="subtle" icon={<MegaphoneRegular />} disabled={busy && !open}>
            Add to campaign
          </Button>
        </PopoverTrigger>
        <PopoverSurface aria-label={`Add ${name} to a campaign`}>
          {choices?.length === 0 && <Text size={200}>{name} is in every campaign already.</Text>}
          {choices && choices.length > 0 && (
            <form className={styles.form} onSubmit={(event) => void submit(event)}>
              <Field label="Campaign">
                {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opened on a click; focus follows to its field */}
                <Select autoFocus value={chosen} onChange={(_, data) => setChosen(data.value)}>
                  {choices.map((campaign) => (
                    <option key={campaign.id} value={campaign.id}>
                      {campaign.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button type="submit" appearance="primary" size="small" disabled={busy || !chosen}>
                Add to campaign
              </Button>
            </form>
          )}
        </PopoverSurface>
      </Popover>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
    </>
  );
}
