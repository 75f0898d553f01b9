import {
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from '@fluentui/react-components';
import {
  SCHEDULE_FREQUENCIES,
  type Campaign,
  type DestinationDrive,
  type ReportScheduleRequest,
  type ScheduleFrequency,
} from '../../api';
import { titleCase } from '../../ui/format';
import { fieldMessage } from '../../ui/fieldMessage';
import { CampaignPicker } from './CampaignPicker';
import { DRIVE_LABELS, WEEKDAYS } from './schedule';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  narrow: { minWidth: '160px', flex: '1 1 160px' },
  wide: { minWidth: '240px', flex: '2 1 240px' },
  // Fluent's Dropdown keeps a 250 px minimum width of its own; in a row of fields it must fit its column.
  fill: { minWidth: 'auto', width: '100%' },
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
  const destination = values.destination;
  const drive = DRIVE_LABELS[destination.drive];
  return (
    <>
      <Switch
        label="Send the report on this schedule"
        checked={values.enabled}
        onChange={(_, d) => set({ enabled: d.checked })}
      />
      <div className={styles.row}>
        <Field className={styles.narrow} label="How often">
          <Dropdown
            className={styles.fill}
            value={titleCase(values.frequency)}
            selectedOptions={[values.frequency]}
            onOptionSelect={(_, d) => d.optionValue && set({ frequency: d.optionValue as ScheduleFrequency })}
          >
            {SCHEDULE_FREQUENCIES.map((frequency) => (
              <Option key={frequency} value={frequency}>
                {titleCase(frequency)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {values.frequency === 'weekly' && (
          <Field
            className={styles.narrow}
            label="Day of the week"
            validationMessage={fieldMessage('Day of the week', errors.dayOfWeek)}
          >
            <Dropdown
              className={styles.fill}
              value={WEEKDAYS[(values.dayOfWeek ?? 1) - 1]}
              selectedOptions={[String(values.dayOfWeek ?? 1)]}
              onOptionSelect={(_, d) => d.optionValue && set({ dayOfWeek: Number(d.optionValue) })}
            >
              {WEEKDAYS.map((day, index) => (
                <Option key={day} value={String(index + 1)}>
                  {day}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        {values.frequency === 'monthly' && (
          <Field
            className={styles.narrow}
            label="Day of the month"
            hint="1 to 28, so that every month has it."
            validationMessage={fieldMessage('Day of the month', errors.dayOfMonth)}
          >
            <Input
              type="number"
              min={1}
              max={28}
              value={String(values.dayOfMonth ?? 1)}
              onChange={(_, d) => set({ dayOfMonth: Number(d.value) })}
            />
          </Field>
        )}
        <Field className={styles.narrow} label="Time" validationMessage={fieldMessage('Time', errors.time)}>
          <Input type="time" value={values.time} onChange={(_, d) => set({ time: d.value })} />
        </Field>
        <Field
          className={styles.narrow}
          label="Time zone"
          hint="Such as Europe/London."
          validationMessage={fieldMessage('Time zone', errors.timeZone)}
        >
          <Input value={values.timeZone ?? ''} onChange={(_, d) => set({ timeZone: d.value })} />
        </Field>
      </div>
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
      <div className={styles.row}>
        <Field className={styles.wide} label="Deliver into">
          <Dropdown
            className={styles.fill}
            value={drive.kind}
            selectedOptions={[destination.drive]}
            onOptionSelect={(_, d) =>
              d.optionValue && set({ destination: { ...destination, drive: d.optionValue as DestinationDrive } })
            }
          >
            {(Object.keys(DRIVE_LABELS) as DestinationDrive[]).map((key) => (
              <Option key={key} value={key}>
                {DRIVE_LABELS[key].kind}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          className={styles.wide}
          label={drive.owner}
          required
          validationMessage={fieldMessage(drive.owner, errors['destination.owner'])}
        >
          <Input
            value={destination.owner}
            onChange={(_, d) => set({ destination: { ...destination, owner: d.value } })}
          />
        </Field>
        <Field
          className={styles.wide}
          label="Folder"
          hint="Such as Reports/Weekly; created when missing."
          validationMessage={fieldMessage('Folder', errors['destination.folder'])}
        >
          <Input
            value={destination.folder ?? ''}
            onChange={(_, d) => set({ destination: { ...destination, folder: d.value } })}
          />
        </Field>
      </div>
    </>
  );
}
