import type { DeliveryRun, ReportSchedule, ReportScheduleRequest } from '../../api';
import { formatDay, formatMoment } from '../../ui/numbers';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const DRIVE_LABELS = {
  user: { kind: "A person's OneDrive", owner: 'Their email (user principal name)' },
  site: { kind: 'A SharePoint site (its Documents)', owner: 'Site id' },
  drive: { kind: 'A document library, by drive id', owner: 'Drive id' },
} as const;

/** The browser's time zone, the sensible default for a new schedule. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The form's values from the stored schedule (or the defaults the service answers before one is saved). */
export function scheduleValues(schedule: ReportSchedule): ReportScheduleRequest {
  return {
    enabled: schedule.enabled,
    frequency: schedule.frequency,
    dayOfWeek: schedule.dayOfWeek ?? 1,
    dayOfMonth: schedule.dayOfMonth ?? 1,
    time: schedule.time.slice(0, 5),
    timeZone: schedule.version == null && schedule.timeZone === 'UTC' ? browserTimeZone() : schedule.timeZone,
    report: schedule.report,
    campaignId: schedule.campaignId ?? null,
    destination: schedule.destination ?? { drive: 'user', owner: '', folder: 'Reports' },
    version: schedule.version ?? null,
  };
}

/** What is sent: only the day the frequency uses, a trimmed destination. */
export function scheduleRequest(values: ReportScheduleRequest): ReportScheduleRequest {
  return {
    ...values,
    dayOfWeek: values.frequency === 'weekly' ? values.dayOfWeek : null,
    dayOfMonth: values.frequency === 'monthly' ? values.dayOfMonth : null,
    campaignId: values.report === 'campaign' ? values.campaignId : null,
    destination: {
      ...values.destination,
      owner: values.destination.owner.trim(),
      folder: values.destination.folder?.trim() ?? '',
    },
  };
}

/** "Every Monday at 07:00 (Europe/London)", as a person says it. */
export function describeCadence(values: ReportScheduleRequest): string {
  const at = `at ${values.time} (${values.timeZone})`;
  if (values.frequency === 'daily') return `Every day ${at}`;
  if (values.frequency === 'weekly') return `Every ${WEEKDAYS[(values.dayOfWeek ?? 1) - 1]} ${at}`;
  return `On day ${values.dayOfMonth ?? 1} of every month ${at}`;
}

/** When the next report goes out, or that none will. */
export function describeNextRun(schedule: ReportSchedule): string {
  if (!schedule.enabled || !schedule.nextRunAt) return 'The schedule is off: no report goes out.';
  return `The next report goes out ${formatMoment(schedule.nextRunAt)}.`;
}

/** A run's outcome in plain words. */
export function describeRun(run: DeliveryRun): { when: string; period: string; outcome: string } {
  const period =
    run.periodFrom && run.periodTo
      ? `${formatDay(run.periodFrom)} – ${formatDay(run.periodTo)}`
      : 'The campaign as it stood';
  const outcome =
    run.status === 'delivered'
      ? `Delivered as “${run.fileName ?? 'the report'}”.`
      : run.status === 'failed'
        ? `Not delivered: ${run.error ?? 'the report could not be delivered.'}`
        : 'Going out now…';
  return { when: formatMoment(run.dueAt), period, outcome };
}
