import { Field, makeStyles, Radio, RadioGroup, Switch } from '@fluentui/react-components';
import { type Campaign, type ReportScheduleRequest } from '../../api';
import { fieldMessage } from '../../ui/fieldMessage';
import { CampaignPicker } from './CampaignPicker';
import { ScheduleDestinationFields, ScheduleWhenFields } from './ScheduleFields';

const useStyles = makeStyles({
  wide: { minWidth: '240px', flex: '2 1 240px' },
});

export interface ScheduleFormProps {
  values: ReportScheduleRequest;
  onChange: (values: ReportScheduleRequest) => void;
  campaign: Campaign | null;
  onCampaign: (campaign: Campaign | null) => void;
  /** Field → the service's word on it (from a 422). */
  errors: Readonly<Record<string, string>>;
}

/** The fields of the firm's report schedule: when, which report, and into which folder. */
export function ScheduleForm({ values, onChange, campaign, onCampaign, errors }: ScheduleFormProps) {
  const styles = useStyles();
  const set = (change: Partial<ReportScheduleRequest>) => onChange({ ...values, ...change });
  return (
    <>
      <Switch
        label="Send the report on this schedule"
        checked={values.enabled}
        onChange={(_, d) => set({ enabled: d.checked })}
      />
      <ScheduleWhenFields values={values} set={set} errors={errors} />
      <Field label="Report">
        <RadioGroup
          value={values.report}
          onChange={(_, d) => set({ report: d.value === 'campaign' ? 'campaign' : 'portfolio' })}
        >
          <Radio
            value="portfolio"
            label="All campaigns of the period just ended (yesterday, the last 7 days or last month)"
          />
          <Radio value="campaign" label="One campaign, as it stands" />
        </RadioGroup>
      </Field>
      {values.report === 'campaign' && (
        <div className={styles.wide}>
          <CampaignPicker
            value={campaign}
            onChange={(picked) => {
              onCampaign(picked);
              set({ campaignId: picked?.id ?? null });
            }}
            label="Campaign to report on"
          />
          {errors.campaignId && <Field validationMessage={fieldMessage('Campaign', errors.campaignId)} />}
        </div>
      )}
      <ScheduleDestinationFields values={values} set={set} errors={errors} />
    </>
  );
}
