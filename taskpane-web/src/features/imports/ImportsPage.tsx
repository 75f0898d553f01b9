import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ApiError, useApi, type ImportJob, type UploadChoices } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { LinkButton } from '../../ui/LinkButton';
import { useSession } from '../../lib/SessionContext';
import { navigate } from '../../lib/router';
import { fileRefusal } from './fileChecks';
import { FileDrop } from './FileDrop';
import { ImportReview } from './ImportReview';
import { RecentImports } from './RecentImports';
import { PageHeader } from '../../ui/PageHeader';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

function uploadErrorTitle(error: unknown): string {
  return error instanceof ApiError && error.status !== 422 && error.status !== 413
    ? 'The upload failed'
    : 'This file cannot be imported';
}

/** The browser's import page: drop or pick a file, review and commit it; or reopen a recent import. */
export function ImportsPage({ importId }: { importId?: string }) {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  // The file stays at hand after an upload, so that it can be read again with another sheet, encoding or header row.
  const [file, setFile] = useState<{ jobId: string; file: File } | null>(null);
  const [rereadError, setRereadError] = useState<unknown>(null);
  const shown = importId && job?.id === importId ? job : null;

  useEffect(() => {
    if (!importId || job?.id === importId) return;
    const abort = new AbortController();
    setLoadError(null);
    api.imports.get(importId, abort.signal).then(setJob, (failure: unknown) => {
      if (!abort.signal.aborted) setLoadError(failure);
    });
    return () => abort.abort();
  }, [api, importId, job?.id]);

  const upload = async (file: File) => {
    const refusal = fileRefusal(file);
    setUploadError(refusal ? new Error(refusal) : null);
    if (refusal) return;
    setUploading(true);
    try {
      const created = await api.imports.upload(file);
      setJob(created);
      setFile({ jobId: created.id, file });
      navigate(`/imports/${created.id}`);
    } catch (failure) {
      setUploadError(failure);
    } finally {
      setUploading(false);
    }
  };

  const reread = async (choices: UploadChoices) => {
    if (!file) return;
    setUploading(true);
    setRereadError(null);
    try {
      const created = await api.imports.upload(file.file, choices);
      setJob(created);
      setFile({ jobId: created.id, file: file.file });
      navigate(`/imports/${created.id}`);
    } catch (failure) {
      setRereadError(failure);
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className={styles.root}>
      <PageHeader title="Import contacts">
        {importId && (
          <LinkButton to="/imports" appearance="subtle" icon={<ArrowLeftRegular />}>
            All imports
          </LinkButton>
        )}
      </PageHeader>
      {importId ? (
        <>
          <ErrorBar error={loadError} title="The import could not be opened" />
          <ErrorBar error={rereadError} title={uploadErrorTitle(rereadError)} onDismiss={() => setRereadError(null)} />
          {shown && (
            <ImportReview
              job={shown}
              onJobChange={setJob}
              onReread={file?.jobId === shown.id ? (choices) => void reread(choices) : undefined}
              rereading={uploading}
            />
          )}
          {!shown && !loadError && <Spinner label="Opening the import…" />}
        </>
      ) : (
        <>
          <ErrorBar error={uploadError} title={uploadErrorTitle(uploadError)} onDismiss={() => setUploadError(null)} />
          {canEdit ? (
            <FileDrop onFile={(chosen) => void upload(chosen)} uploading={uploading} />
          ) : (
            <MessageBar intent="info">
              <MessageBarBody>You can read past imports; your role does not allow importing.</MessageBarBody>
            </MessageBar>
          )}
          <RecentImports />
        </>
      )}
    </div>
  );
}
