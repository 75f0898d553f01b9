import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { EyeRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useApi, type MailTemplate, type Member, type RenderedMail } from '../../../api';
import { ErrorBar } from '../../../ui/ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  frame: {
    width: '100%',
    minHeight: '18rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: '#fff',
  },
  text: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface MailPreviewProps {
  campaignId: string;
  template: MailTemplate;
}

/** The mail as one member gets it, rendered by the service from the text on screen. */
export function MailPreview({ campaignId, template }: MailPreviewProps) {
  const styles = useStyles();
  const api = useApi();
  const [members, setMembers] = useState<Member[]>([]);
  const [contactId, setContactId] = useState('');
  const [mail, setMail] = useState<RenderedMail | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.campaigns.members(campaignId, { page: 0, size: 200 }).then(
      (page) => {
        if (!live) return;
        setMembers(page.items);
        setContactId((current) => current || page.items[0]?.contact.id || '');
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, campaignId]);

  const preview = async () => {
    setError(null);
    try {
      setMail(await api.campaignMail.render(campaignId, contactId, template));
    } catch (failure) {
      setMail(null);
      setError(failure);
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label="Preview for">
          <Select value={contactId} onChange={(_, data) => setContactId(data.value)}>
            {members.length === 0 && <option value="">No members yet</option>}
            {members.map((m) => (
              <option key={m.contact.id} value={m.contact.id}>
                {`${m.contact.displayName}${m.contact.email ? ` <${m.contact.email}>` : ' (no email)'}`}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<EyeRegular />} disabled={!contactId} onClick={() => void preview()}>
          Preview
        </Button>
      </div>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {mail && (
        <section aria-label="Preview">
          <Text weight="semibold" as="p">{`Subject: ${mail.subject}`}</Text>
          {/* The HTML part in a sandbox: no script, no form, no link out of the preview */}
          <iframe className={styles.frame} title="HTML part" sandbox="" srcDoc={mail.html} />
          <pre className={styles.text} aria-label="Plain-text part">
            {mail.text}
          </pre>
        </section>
      )}
    </div>
  );
}
