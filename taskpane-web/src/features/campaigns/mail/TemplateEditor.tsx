import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi, type MailTemplate } from '../../../api';
import { ErrorBar } from '../../../ui/ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: { fontFamily: tokens.fontFamilyMonospace },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface TemplateEditorProps {
  campaignId: string;
  template: MailTemplate;
  canEdit: boolean;
  onChange: (template: MailTemplate) => void;
  onSaved: (template: MailTemplate) => void;
}

/** The campaign's subject, HTML and plain-text parts, with the merge fields they may use. */
export function TemplateEditor({ campaignId, template, canEdit, onChange, onSaved }: TemplateEditorProps) {
  const styles = useStyles();
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const edit = (change: Partial<MailTemplate>) => {
    setSaved(false);
    onChange({ ...template, ...change });
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const result = await api.campaignMail.saveTemplate(campaignId, template);
      setSaved(true);
      onSaved(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <Text className={styles.hint}>
        {'Merge fields: ${contact.salutation}, ${contact.firstName}, ${contact.name}, ${contact.company}, ' +
          '${adviser.name}, ${firm.name}, ${custom.your_field}, ${unsubscribeUrl}. Write them as [[${contact.firstName}]] ' +
          'in text, or th:text="${contact.firstName}" on an HTML element. Contacts’ data always appears as text.'}
      </Text>
      {template.saved === false && (
        <MessageBar intent="info">
          <MessageBarBody>This is starter text: save the mail before sending.</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Subject" required>
        <Input value={template.subject} disabled={!canEdit} onChange={(_, data) => edit({ subject: data.value })} />
      </Field>
      <Field label="HTML body">
        <Textarea
          className={styles.code}
          rows={10}
          resize="vertical"
          value={template.html}
          disabled={!canEdit}
          onChange={(_, data) => edit({ html: data.value })}
        />
      </Field>
      <Field label="Plain-text body">
        <Textarea
          className={styles.code}
          rows={6}
          resize="vertical"
          value={template.text}
          disabled={!canEdit}
          onChange={(_, data) => edit({ text: data.value })}
        />
      </Field>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {canEdit && (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<SaveRegular />} disabled={saving} onClick={() => void save()}>
            Save mail
          </Button>
          {saved && <Text role="status">Saved.</Text>}
        </div>
      )}
    </div>
  );
}
