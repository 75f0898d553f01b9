import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import type { SendPreview } from '../../../api';

function skippedLine(preview: SendPreview): string {
  const parts = [
    preview.skippedNoEmail > 0 ? `${preview.skippedNoEmail} without an email address` : '',
    preview.skippedOptedOut > 0 ? `${preview.skippedOptedOut} opted out` : '',
    preview.skippedInTrash > 0 ? `${preview.skippedInTrash} in the trash` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'Nobody is skipped.' : `Skipped: ${parts.join(', ')}.`;
}

export interface ConfirmSendDialogProps {
  /** What a send would do now; the dialog is open while there is one. */
  preview: SendPreview | null;
  busy: boolean;
  onCancel: () => void;
  onSend: () => void;
}

/** Asks before the send, saying who will receive the mail, who is skipped and why, and any limit in the way. */
export function ConfirmSendDialog({ preview, busy, onCancel, onSend }: ConfirmSendDialogProps) {
  return (
    <Dialog open={preview !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Send this campaign?</DialogTitle>
          <DialogContent>
            {preview && (
              <>
                <Text
                  as="p"
                  block
                >{`${preview.willReceive} ${preview.willReceive === 1 ? 'member' : 'members'} will receive it.`}</Text>
                <Text as="p" block>
                  {skippedLine(preview)}
                </Text>
                {preview.alreadyInSend > 0 && (
                  <Text as="p" block>{`${preview.alreadyInSend} were in an earlier send and get nothing more.`}</Text>
                )}
                {preview.cap !== null && preview.willReceive > preview.cap && (
                  <MessageBar intent="warning">
                    <MessageBarBody>{`The firm sends to at most ${preview.cap} members at a time.`}</MessageBarBody>
                  </MessageBar>
                )}
                {preview.unavailable && (
                  <MessageBar intent="error">
                    <MessageBarBody>{preview.unavailable}</MessageBarBody>
                  </MessageBar>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>Cancel</Button>
            <Button appearance="primary" disabled={busy || !preview || preview.willReceive === 0} onClick={onSend}>
              {preview ? `Send to ${preview.willReceive}` : 'Send'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
