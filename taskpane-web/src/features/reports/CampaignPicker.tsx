import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeError, useApi, type Campaign } from '../../api';
import { useDebounced } from '../../ui/hooks';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';

export interface CampaignPickerProps {
  value: Campaign | null;
  onChange: (campaign: Campaign | null) => void;
  label?: string;
}

const OPTIONS = 20;

/** Finds a campaign by typing part of its name; before anything is typed, it offers the latest campaigns. */
export function CampaignPicker({ value, onChange, label = 'Campaign' }: CampaignPickerProps) {
  const api = useApi();
  const [text, setText] = useState(value?.name ?? '');
  const q = useDebounced(text === value?.name ? '' : text.trim(), 250);
  const [options, setOptions] = useState<Campaign[]>([]);
  const [error, setError] = useState<string | undefined>();
  // Opened by typing or pasting (which sends no key to open it), and kept open while results arrive.
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api.campaigns.list({ q: q || undefined, size: OPTIONS }, controller.signal).then(
      (page) => {
        setOptions(page.items);
        setError(undefined);
      },
      (failure: unknown) =>
        !controller.signal.aborted && setError(`The campaigns could not be searched: ${describeError(failure)}`),
    );
    return () => controller.abort();
  }, [api, q]);

  return (
    <Field label={label} validationMessage={error}>
      <Combobox
        freeform
        placeholder="Type part of a campaign's name"
        value={text}
        selectedOptions={value ? [value.id] : []}
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (value) onChange(null);
        }}
        onOptionSelect={(_, data) => {
          const picked = options.find((campaign) => campaign.id === data.optionValue) ?? null;
          onChange(picked);
          if (picked) setText(picked.name);
          setOpen(false);
        }}
      >
        {options.map((campaign) => (
          <Option key={campaign.id} value={campaign.id} text={campaign.name}>
            {`${campaign.name} · ${CAMPAIGN_STATUS_LABELS[campaign.status]} · ${CHANNEL_LABELS[campaign.channel]}`}
          </Option>
        ))}
        {options.length === 0 && !error && (
          <Option disabled value="" text="">
            {q ? 'No matching campaigns' : 'No campaigns yet'}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
