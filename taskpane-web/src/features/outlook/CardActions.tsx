import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { NoteAddRegular, TagRegular } from '@fluentui/react-icons';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useApi, type ContactSummary } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { ErrorBar } from '../../ui/ErrorBar';
import { addTags, noteRequest, parseTags } from './mailActions';
import { MarkAsResponse } from './MarkAsResponse';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '240px' },
});

export interface CardActionsProps {
  contact: ContactSummary;
  message: OpenMessage;
  bodyText: () => Promise<string>;
  onChange: (contact: ContactSummary) => void;
  /** Called once the email is filed as this person's response to a campaign. */
  onMarked: () => void;
}

/** Tag, Add note, Mark as a response: each says in words what happened. */
export function CardActions({ contact, message, bodyText, onChange, onMarked }: CardActionsProps) {
  const styles = useStyles();
  const api = useApi();
  const [open, setOpen] = useState<'tag' | 'note' | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      setDone(await work());
      setOpen(null);
      setText('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (open === 'tag') {
      void run(async () => {
        const tags = parseTags(text);
        onChange(await addTags(api, contact, tags));
        return tags.length === 1 ? `Tagged “${tags[0]}”.` : `Added ${tags.length} tags.`;
      });
    } else {
      void run(async () => {
        await api.mail.file(noteRequest([contact.id], text));
        return 'Note added to the timeline.';
      });
    }
  };

  const popover = (kind: 'tag' | 'note', label: string, icon: ReactElement) => (
    <Popover open={open === kind} onOpenChange={(_, data) => setOpen(data.open ? kind : null)} trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button size="small" icon={icon}>
          {label}
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={label}>
        <form className={styles.form} onSubmit={submit}>
          {kind === 'tag' ? (
            <Field label="Tags" hint="Separate several with commas.">
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opened on a click; focus follows to its field */}
              <Input autoFocus value={text} onChange={(_, data) => setText(data.value)} />
            </Field>
          ) : (
            <Field label="Note">
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opened on a click; focus follows to its field */}
              <Textarea autoFocus resize="vertical" value={text} onChange={(_, data) => setText(data.value)} />
            </Field>
          )}
          <Button type="submit" appearance="primary" size="small" disabled={busy || !text.trim()}>
            {kind === 'tag' ? 'Add tag' : 'Save note'}
          </Button>
        </form>
      </PopoverSurface>
    </Popover>
  );

  return (
    <>
      <div className={styles.actions}>
        {popover('tag', 'Tag', <TagRegular />)}
        {popover('note', 'Add note', <NoteAddRegular />)}
        <MarkAsResponse
          contact={contact}
          message={message}
          bodyText={bodyText}
          onMarked={(text) => {
            setError(null);
            setDone(text);
            onMarked();
          }}
          onFailed={(failure) => {
            setDone('');
            setError(failure);
          }}
        />
      </div>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {done && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
