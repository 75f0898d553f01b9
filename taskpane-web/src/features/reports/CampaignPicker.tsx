import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeError, useApi, type Campaign } from '../../api';
import { useDebounced } from '../../ui/hooks';
import { usePickCombobox } from '../../lib/usePickCombobox';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';

export interface CampaignPickerProps {
  value: Campaign | null;
  onChange: (campaign: Campaign | null) => void;
  label?: string;
}

const OPTIONS = 20;
const nameOf = (campaign: Campaign) => campaign.name;

/** Finds a campaign by typing part of its name; before anything is typed, it offers the latest campaigns. */
export function CampaignPicker({ value, onChange, label = 'Campaign' }: CampaignPickerProps) {
  const api = useApi();
  const combobox = usePickCombobox(value, onChange, nameOf);
  const { text } = combobox;
  const q = useDebounced(text === value?.name ? '' : text.trim(), 250);
  const [options, setOptions] = useState<Campaign[]>([]);
  const [error, setError] = useState<string | undefined>();

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
        open={combobox.open}
        {...combobox.propsFor(options)}
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
