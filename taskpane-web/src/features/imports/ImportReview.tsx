import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, CheckmarkRegular } from '@fluentui/react-icons';
import type { ImportJob, UploadChoices } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatCount } from '../../ui/format';
import { useNarrow } from '../../ui/hooks';
import { useSession } from '../../lib/SessionContext';
import { useCustomFields } from '../../lib/useCustomFields';
import { CommitProgress } from './CommitProgress';
import { FileReadingPanel } from './FileReadingPanel';
import { ImportCounts } from './ImportCounts';
import { jobTitle, STATUS_BADGE, STATUS_LABELS } from './labels';
import { ReadyReview } from './ReadyReview';
import { RejectedRows } from './RejectedRows';
import { isUndoExpired, UndoImport, UndoSummary } from './UndoImport';
import { useImportActions } from './useImportActions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  compact: { gap: tokens.spacingVerticalM },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0, overflowWrap: 'anywhere' },
  facts: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ImportReviewProps {
  /** Any status: the screen follows it (preview, progress, outcome, undo). */
  job: ImportJob;
  /** Every new state of the job: after a remap, a policy change, progress, commit and undo. */
  onJobChange: (job: ImportJob) => void;
  /** When given, row numbers in the preview and the error list are buttons (the Excel pane selects that row). */
  onRowClick?: (rowNumber: number) => void;
  /** A narrow layout for a task pane of about 320 px. */
  compact?: boolean;
  /** Called once when a commit settles as committed. */
  onCommitted?: (job: ImportJob) => void;
  /** Reads the uploaded file again with other choices (encoding, header row, sheet), while it is at hand. */
  onReread?: (choices: UploadChoices) => void;
  rereading?: boolean;
}

/** One import job from preview to outcome: counts, mapping, duplicate policy, preview, commit, errors and undo. */
export function ImportReview({
  job,
  onJobChange,
  onRowClick,
  compact = false,
  onCommitted,
  onReread,
  rereading,
}: ImportReviewProps) {
  const styles = useStyles();
  const { canEdit } = useSession();
  const narrow = useNarrow();
  const { definitions } = useCustomFields();
  const customFields = definitions ?? [];
  const actions = useImportActions(job, { onJobChange, onCommitted });
  const busy = actions.busy !== null;
  const counts = job.counts;
  const commitLabel = counts
    ? `Commit: ${formatCount(counts.created)} new, ${formatCount(counts.updated)} updated`
    : 'Commit';

  return (
    <section className={mergeClasses(styles.root, compact && styles.compact)} aria-label={`Import of ${jobTitle(job)}`}>
      <div className={styles.titleRow}>
        <h2 className={styles.title}>
          <Text size={compact ? 400 : 500} weight="semibold">
            {jobTitle(job)}
          </Text>
        </h2>
        <Badge appearance="tint" color={STATUS_BADGE[job.status]}>
          {STATUS_LABELS[job.status]}
        </Badge>
        <Text size={200} className={styles.facts}>{`${formatCount(job.rowsTotal)} rows`}</Text>
      </div>
      {/* An expired undo is told where the button was, not as an error. */}
      <ErrorBar error={isUndoExpired(actions.error) ? null : actions.error} onDismiss={actions.dismissError} />

      {job.status === 'receiving' && <Spinner size="tiny" label="Receiving the sheet’s rows…" />}
      {job.status === 'committing' && (
        <CommitProgress
          progress={
            actions.progress ?? {
              id: job.id,
              status: job.status,
              rowsDone: job.rowsDone,
              rowsTotal: job.rowsTotal,
              error: null,
            }
          }
        />
      )}
      {job.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The commit failed; nothing was changed</MessageBarTitle>
            {job.error ?? 'Steward could not finish the import.'}
          </MessageBarBody>
        </MessageBar>
      )}
      {job.status === 'committed' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Import committed</MessageBarTitle>
            {counts && `${formatCount(counts.created)} contacts created and ${formatCount(counts.updated)} updated.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {job.status === 'undone' && job.undo && <UndoSummary undo={job.undo} />}

      {job.status === 'ready' && job.reading && (
        <FileReadingPanel key={job.id} job={job} onReread={canEdit ? onReread : undefined} busy={busy || rereading} />
      )}
      {counts && <ImportCounts job={job} compact={compact} />}

      {canEdit && (job.status === 'ready' || job.status === 'failed') && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={
              actions.busy === 'commit' ? (
                <Spinner size="extra-tiny" />
              ) : job.status === 'failed' ? (
                <ArrowSyncRegular />
              ) : (
                <CheckmarkRegular />
              )
            }
            disabled={busy}
            onClick={() => void actions.commit()}
          >
            {job.status === 'failed' ? 'Commit again' : commitLabel}
          </Button>
        </div>
      )}
      {canEdit && job.status === 'committed' && (
        <div className={styles.actions}>
          <UndoImport job={job} busy={busy} failure={actions.error} onUndo={() => void actions.undo()} />
        </div>
      )}
      {!canEdit && (
        <MessageBar intent="info">
          <MessageBarBody>You can read this import; your role does not allow importing.</MessageBarBody>
        </MessageBar>
      )}

      {job.status === 'ready' && (
        <ReadyReview
          job={job}
          customFields={customFields}
          onRemap={canEdit ? (choice) => void actions.remap(choice) : undefined}
          onChoosePolicy={canEdit ? (policy) => void actions.choosePolicy(policy) : undefined}
          disabled={busy}
          stacked={compact || narrow}
          onRowClick={onRowClick}
        />
      )}
      {(job.status === 'committed' || job.status === 'undone') && (counts?.rejected ?? 0) > 0 && (
        <RejectedRows jobId={job.id} customFields={customFields} onRowClick={onRowClick} />
      )}
    </section>
  );
}
