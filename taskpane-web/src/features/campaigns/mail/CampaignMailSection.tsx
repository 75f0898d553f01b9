import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type MailTemplate } from '../../../api';
import { ErrorBar } from '../../../ui/ErrorBar';
import { MailPreview } from './MailPreview';
import { SendPanel } from './SendPanel';
import { TemplateEditor } from './TemplateEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

export interface CampaignMailSectionProps {
  campaignId: string;
  canEdit: boolean;
  onSent: () => void;
}

/** An email campaign's mail: write it, preview it for a member, send it and watch it go out. */
export function CampaignMailSection({ campaignId, canEdit, onSent }: CampaignMailSectionProps) {
  const styles = useStyles();
  const api = useApi();
  const [template, setTemplate] = useState<MailTemplate | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.campaignMail.template(campaignId).then(
      (result) => live && setTemplate(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, campaignId]);

  return (
    <div className={styles.root}>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {!template && !error && <Spinner size="small" label="Loading the campaign’s mail…" />}
      {template && (
        <>
          <TemplateEditor
            campaignId={campaignId}
            template={template}
            canEdit={canEdit}
            onChange={setTemplate}
            onSaved={setTemplate}
          />
          <MailPreview campaignId={campaignId} template={template} />
          <SendPanel campaignId={campaignId} canEdit={canEdit && template.saved !== false} onCompleted={onSent} />
        </>
      )}
    </div>
  );
}
