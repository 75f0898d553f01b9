import { OfficeError } from './outlook';

/** Office's code when the user closes a dialog. */
export const DIALOG_CLOSED = 12006;

export class DialogClosedError extends OfficeError {
  constructor() {
    super('The sign-in window was closed before signing in.', DIALOG_CLOSED);
    this.name = 'DialogClosedError';
  }
}

/** Office's dialog errors, in words. */
function openFailure(code: number | undefined, message: string | undefined): OfficeError {
  if (code === 12007) return new OfficeError('A sign-in window is already open. Finish or close it first.', code);
  if (code === 12009)
    return new OfficeError('The sign-in window was blocked. Allow pop-ups for Office, then try again.', code);
  return new OfficeError(`Office could not open the sign-in window${message ? `: ${message}` : '.'}`, code);
}

/**
 * Opens `url` (same origin as the pane) in an Office dialog and resolves with the first message it sends with
 * `messageParent`; the dialog is closed then. Rejects with `DialogClosedError` when the user closes it.
 */
export function askInDialog(
  url: string,
  size: { width: number; height: number } = { width: 30, height: 60 },
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    if (typeof Office === 'undefined' || !Office.context?.ui) {
      reject(new OfficeError('Office cannot open a window here.'));
      return;
    }
    try {
      Office.context.ui.displayDialogAsync(
        url,
        { width: size.width, height: size.height, displayInIframe: false },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            reject(openFailure(result.error?.code, result.error?.message));
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            if ('message' in arg) resolve(arg.message);
            else reject(openFailure(arg.error, undefined));
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            const code = 'error' in arg ? arg.error : undefined;
            reject(code === DIALOG_CLOSED ? new DialogClosedError() : openFailure(code, undefined));
          });
        },
      );
    } catch (error) {
      reject(openFailure(undefined, error instanceof Error ? error.message : String(error)));
    }
  });
}

/** In the dialog: hands `message` to the pane that opened it. */
export function messageParent(message: string): void {
  if (typeof Office === 'undefined' || !Office.context?.ui?.messageParent) {
    throw new OfficeError('This window was not opened by Office, so it cannot hand the sign-in back.');
  }
  Office.context.ui.messageParent(message);
}
