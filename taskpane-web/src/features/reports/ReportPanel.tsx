import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ErrorBar } from '../../ui/ErrorBar';
import { OneDriveSaveMessages, SaveToOneDriveButton } from './SaveToOneDrive';
import type { OneDriveSave } from './useOneDriveSave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ReportPanelProps {
  /** The panel's accessible name ("Campaign report"). */
  label: string;
  /** What picks the report (a campaign, a period), shown first. */
  picker: ReactNode;
  loading: boolean;
  error: unknown;
  /** Says what could not be loaded. */
  errorTitle: string;
  /** The report, once it is loaded. */
  children: ReactNode;
}

/** A report panel: what picks the report, then its loading or failure, then the report. */
export function ReportPanel({ label, picker, loading, error, errorTitle, children }: ReportPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={label}>
      {picker}
      <ErrorBar error={error} title={errorTitle} />
      {loading && <Spinner size="small" label="Loading the figures…" />}
      {children}
    </section>
  );
}

/** A report's title, with one line about what it covers below it. */
export function ReportTitle({ title, meta }: { title: string; meta: string }) {
  const styles = useStyles();
  return (
    <div>
      <h2 className={styles.heading}>{title}</h2>
      <Text className={styles.meta}>{meta}</Text>
    </div>
  );
}

export interface ReportActionsProps {
  oneDrive: OneDriveSave;
  /** The report's downloads, with its Save to OneDrive button placed among them; a failed one goes to `onError`. */
  downloads: (onError: (failure: unknown) => void, saveToOneDrive: ReactNode) => ReactNode;
}

/**
 * A report's downloads and Save to OneDrive, then what came of them. Give it a `key` per report, so that a failure
 * shown for one report is gone when another is picked.
 */
export function ReportActions({ oneDrive, downloads }: ReportActionsProps) {
  const styles = useStyles();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  return (
    <>
      <div className={styles.actions}>{downloads(setDownloadError, <SaveToOneDriveButton state={oneDrive} />)}</div>
      <OneDriveSaveMessages state={oneDrive} />
      <ErrorBar
        error={downloadError}
        title="The file could not be downloaded"
        onDismiss={() => setDownloadError(null)}
      />
    </>
  );
}
