import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type ReportTemplate } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { TemplateCard } from './TemplateCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
});

/** The firm's report templates, for admins: which is its own, download, upload and restore. */
export function TemplatesPanel() {
  const styles = useStyles();
  const api = useApi();
  const [templates, setTemplates] = useState<ReportTemplate[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api.reports.templates().then(
      (list) => {
        if (!live) return;
        setTemplates(list);
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return (
    <section className={styles.root} aria-label="Report templates">
      <Text>
        Reports are written into these Excel templates. Restyle a template in Excel (fonts, colours, table styles, chart
        types) and upload it: every later report keeps the restyling. Keep the named tables and their column headings.
      </Text>
      <ErrorBar
        error={error}
        title="The templates could not be loaded"
        actions={<Button onClick={reload}>Try again</Button>}
      />
      {!templates && !error && <Spinner size="small" label="Loading the templates…" />}
      {templates?.map((template) => (
        <TemplateCard key={template.kind} template={template} onChanged={reload} />
      ))}
    </section>
  );
}
