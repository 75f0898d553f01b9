import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { ApiError, useApi, type ReportTemplate } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatDate } from '../../ui/format';
import { paneCard } from '../../ui/paneCard';
import { DownloadButton } from './DownloadButton';
import { RestoreTemplate } from './RestoreTemplate';

const useStyles = makeStyles({
  card: { ...paneCard, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  file: { display: 'none' },
  missing: { margin: 0 },
});

const NAMES = { campaign: 'Campaign report', portfolio: 'Portfolio report' } as const;

/** What a refused template lacks (the 422's `missing`), one item a line. */
function missingOf(error: unknown): string[] {
  const missing = error instanceof ApiError ? error.problem.missing : undefined;
  return Array.isArray(missing) ? missing.filter((item): item is string => typeof item === 'string') : [];
}

export interface TemplateCardProps {
  template: ReportTemplate;
  /** Called after an upload or a restore, to list the templates again. */
  onChanged: () => void;
}

/** One report template: built-in or the firm's own, download it, upload the firm's version, restore the built-in. */
export function TemplateCard({ template, onChanged }: TemplateCardProps) {
  const styles = useStyles();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ title: string; cause: unknown } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const name = NAMES[template.kind];

  const act = async (title: string, action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(success);
      onChanged();
    } catch (failure) {
      setError({ title, cause: failure });
    } finally {
      setBusy(false);
    }
  };

  const upload = (file: File | undefined) => {
    if (!file) return;
    void act(
      'The template was not accepted',
      () => api.reports.uploadTemplate(template.kind, file),
      `${file.name} is now the firm's ${template.kind} template.`,
    );
  };
  const missing = error ? missingOf(error.cause) : [];

  return (
    <section className={styles.card} aria-label={`${name} template`}>
      <div className={styles.head}>
        <h2 className={styles.heading}>{name}</h2>
        <Badge appearance="tint" color={template.custom ? 'brand' : 'informative'}>
          {template.custom ? "Firm's own" : 'Built-in'}
        </Badge>
      </div>
      <Text>
        {template.custom
          ? `${template.fileName ?? 'Uploaded template'}, uploaded ${formatDate(template.uploadedAt)}${template.uploadedByName ? ` by ${template.uploadedByName}` : ''}.`
          : "Steward's built-in template. Download it, restyle it in Excel, and upload it as the firm's version."}
      </Text>
      <div className={styles.actions}>
        <DownloadButton
          onError={(cause) => setError(cause ? { title: 'The template could not be downloaded', cause } : null)}
          fetchFile={() => api.reports.templateFile(template.kind)}
        >
          Download the current template
        </DownloadButton>
        <Button icon={<ArrowUploadRegular />} disabled={busy} onClick={() => input.current?.click()}>
          Upload the firm's version
        </Button>
        <input
          ref={input}
          className={styles.file}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={`${name} template file`}
          onChange={(event) => {
            upload(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        {template.custom && (
          <RestoreTemplate
            what={template.kind}
            fileName={template.fileName}
            busy={busy}
            onRestore={() =>
              void act(
                'The built-in template was not restored',
                () => api.reports.restoreTemplate(template.kind),
                `The built-in ${template.kind} template is in use again.`,
              )
            }
          />
        )}
        {busy && <Spinner size="tiny" label="Working…" />}
      </div>
      <ErrorBar error={error?.cause} title={error?.title} onDismiss={() => setError(null)} />
      {missing.length > 0 && (
        <ul className={styles.missing} aria-label="What the template lacks">
          {missing.map((item) => (
            <li key={item}>
              <Text>{item}</Text>
            </li>
          ))}
        </ul>
      )}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
