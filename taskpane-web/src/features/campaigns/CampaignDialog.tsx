import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { CAMPAIGN_STATUSES, CHANNELS, type Campaign } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { FormDialog } from '../../ui/FormDialog';
import { fieldMessage } from '../../ui/fieldMessage';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../lib/campaignLabels';
import { ChoiceDropdown } from '../../ui/ChoiceDropdown';
import { useCampaignSave } from './useCampaignSave';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: tokens.spacingHorizontalM },
});

export interface CampaignDialogProps {
  campaign: Campaign | null;
  onClose: () => void;
  onSaved: (campaign: Campaign) => void;
}

/** Create or edit a campaign: name, channel, send date, description and status. */
export function CampaignDialog({ campaign, onClose, onSaved }: CampaignDialogProps) {
  const styles = useStyles();
  const form = useCampaignSave(campaign, onSaved);
  const { values, setValues, fieldErrors: errors } = form;
  return (
    <FormDialog
      title={campaign ? `Edit ${campaign.name}` : 'New campaign'}
      maxWidth="560px"
      busy={form.busy}
      onSave={() => void form.save()}
      onClose={onClose}
    >
      {form.conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Changed by someone else: reload or overwrite</MessageBarTitle>
            Reload shows their version and drops your edits; overwrite saves yours over theirs.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void form.reload()} disabled={form.busy}>
              Reload
            </Button>
            <Button onClick={() => void form.overwrite()} disabled={form.busy}>
              Overwrite
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ErrorBar error={form.error} />
      <Field label="Name" required validationMessage={fieldMessage('Name', errors.name)}>
        <Input value={values.name} onChange={(_, d) => setValues({ ...values, name: d.value })} />
      </Field>
      <div className={styles.row}>
        <Field label="Channel" required validationMessage={fieldMessage('Channel', errors.channel)}>
          <ChoiceDropdown
            choices={CHANNELS}
            labels={CHANNEL_LABELS}
            value={values.channel}
            onChange={(channel) => channel && setValues({ ...values, channel })}
          />
        </Field>
        <Field label="Send date" validationMessage={fieldMessage('Send date', errors.sendDate)}>
          <Input type="date" value={values.sendDate} onChange={(_, d) => setValues({ ...values, sendDate: d.value })} />
        </Field>
        <Field
          label="Status"
          hint="Draft, then sent, then completed."
          validationMessage={fieldMessage('Status', errors.status)}
        >
          <ChoiceDropdown
            choices={CAMPAIGN_STATUSES}
            labels={CAMPAIGN_STATUS_LABELS}
            value={values.status}
            onChange={(status) => status && setValues({ ...values, status })}
          />
        </Field>
      </div>
      <Field label="Description" validationMessage={fieldMessage('Description', errors.description)}>
        <Textarea
          resize="vertical"
          value={values.description}
          onChange={(_, d) => setValues({ ...values, description: d.value })}
        />
      </Field>
    </FormDialog>
  );
}
