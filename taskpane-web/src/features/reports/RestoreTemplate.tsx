import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';

export interface RestoreTemplateProps {
  /** "campaign" or "portfolio", as the dialog names it. */
  what: string;
  fileName: string | null | undefined;
  busy: boolean;
  onRestore: () => void;
}

/** "Restore the built-in template" behind a confirmation that says what goes. */
export function RestoreTemplate({ what, fileName, busy, onRestore }: RestoreTemplateProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button icon={<ArrowResetRegular />} disabled={busy} onClick={() => setConfirming(true)}>
        Restore the built-in template
      </Button>
      <Dialog open={confirming} modalType="modal" onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{`Restore the built-in ${what} template?`}</DialogTitle>
            <DialogContent>
              {`Every ${what} report will use Steward's built-in template again, and the firm's version${fileName ? ` (${fileName})` : ''} is removed from Steward. Download it first if you want to keep it.`}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onRestore();
                }}
              >
                Restore
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
