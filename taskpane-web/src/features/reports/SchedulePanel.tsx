import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  ApiError,
  useApi,
  type Campaign,
  type DeliveryRun,
  type ReportSchedule,
  type ReportScheduleRequest,
} from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { describeCadence, describeNextRun, scheduleRequest, scheduleValues } from './schedule';
import { ScheduleForm } from './ScheduleForm';
import { ScheduleRuns } from './ScheduleRuns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '860px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** Admins: the firm's scheduled report (when, which, into which folder) and how its latest runs went. */
export function SchedulePanel() {
  const styles = useStyles();
  const api = useApi();
  const [schedule, setSchedule] = useState<ReportSchedule | null>(null);
  const [values, setValues] = useState<ReportScheduleRequest | null>(null);
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [runs, setRuns] = useState<DeliveryRun[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [runsError, setRunsError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const show = useCallback((stored: ReportSchedule) => {
    setSchedule(stored);
    setValues(scheduleValues(stored));
  }, []);
  const load = useCallback(async () => {
    setError(null);
    try {
      const stored = await api.reports.schedule();
      show(stored);
      if (stored.campaignId) setCampaign(await api.campaigns.get(stored.campaignId));
    } catch (failure) {
      setError(failure);
    }
  }, [api, show]);
  const loadRuns = useCallback(
    () =>
      api.reports.scheduleRuns().then((list) => {
        setRuns(list);
        setRunsError(null);
      }, setRunsError),
    [api],
  );
  useEffect(() => {
    void load();
    void loadRuns();
  }, [load, loadRuns]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values) return;
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      show(await api.reports.saveSchedule(scheduleRequest(values)));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (!values || !schedule)
    return error ? (
      <ErrorBar error={error} title="The schedule could not be loaded" />
    ) : (
      <Spinner label="Loading the schedule…" />
    );
  const errors = error instanceof ApiError ? error.errors : {};
  const stale = error instanceof ApiError && error.status === 409;
  return (
    <section className={styles.root} aria-label="Scheduled report">
      <Text>
        Steward can put a report into a OneDrive or SharePoint folder on a schedule. It uploads as the Steward app, so
        the folder is a named person&apos;s OneDrive or a SharePoint site, and the app needs Microsoft Graph permission
        to write there.
      </Text>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-label="Schedule">
        {saved && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{`The schedule was saved. ${describeNextRun(schedule)}`}</MessageBarBody>
          </MessageBar>
        )}
        <ErrorBar
          error={error}
          title={stale ? 'Changed by someone else: reload, then save again' : 'The schedule could not be saved'}
          actions={stale ? <Button onClick={() => void load()}>Reload</Button> : undefined}
        />
        <ScheduleForm
          values={values}
          onChange={setValues}
          campaign={campaign}
          onCampaign={setCampaign}
          errors={errors}
        />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save schedule'}
          </Button>
          <Text>{values.enabled ? describeCadence(values) : 'Off: no report goes out.'}</Text>
        </div>
      </form>
      <h2 className={styles.heading}>Recent runs</h2>
      <ErrorBar
        error={runsError}
        title="The recent runs could not be loaded"
        actions={<Button onClick={() => void loadRuns()}>Try again</Button>}
      />
      {runs ? <ScheduleRuns runs={runs} /> : !runsError && <Spinner size="small" label="Loading the runs…" />}
    </section>
  );
}
