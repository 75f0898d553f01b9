import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import {
  SCHEDULE_FREQUENCIES,
  type DestinationDrive,
  type ReportScheduleRequest,
  type ScheduleFrequency,
} from '../../api';
import { titleCase } from '../../ui/format';
import { fieldMessage } from '../../ui/fieldMessage';
import { DRIVE_LABELS, WEEKDAYS } from './schedule';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  narrow: { minWidth: '160px', flex: '1 1 160px' },
  wide: { minWidth: '240px', flex: '2 1 240px' },
  // Fluent's Dropdown keeps a 250 px minimum width of its own; in a row of fields it must fit its column.
  fill: { minWidth: 'auto', width: '100%' },
});

/** What a part of the schedule form edits: the values, a change to some of them, and the service's word per field. */
export interface ScheduleFieldsProps {
  values: ReportScheduleRequest;
  set: (change: Partial<ReportScheduleRequest>) => void;
  errors: Readonly<Record<string, string>>;
}

/** When the report goes: how often, on which day, at what time, in which time zone. */
export function ScheduleWhenFields({ values, set, errors }: ScheduleFieldsProps) {
  const styles = useStyles();
  return (
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
  );
}

/** Where the report goes: which drive, whose, and into which folder. */
export function ScheduleDestinationFields({ values, set, errors }: ScheduleFieldsProps) {
  const styles = useStyles();
  const destination = values.destination;
  const drive = DRIVE_LABELS[destination.drive];
  return (
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
  );
}
