import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CloudArrowUpRegular, DismissRegular } from '@fluentui/react-icons';
import { ErrorBar } from '../../ui/ErrorBar';
import type { OneDriveSave } from './useOneDriveSave';

const OFF_REASON_ID = 'onedrive-off-reason';

const useStyles = makeStyles({
  off: { color: tokens.colorNeutralForeground2 },
});

/** The "Save to OneDrive" button, beside the downloads; off (and saying why, below) where it cannot work. */
export function SaveToOneDriveButton({ state }: { state: OneDriveSave }) {
  const off = state.saving === null || state.offReason !== null;
  return (
    <Button
      icon={state.busy ? <Spinner size="tiny" /> : <CloudArrowUpRegular />}
      disabledFocusable={off || state.busy}
      aria-describedby={state.offReason ? OFF_REASON_ID : undefined}
      onClick={() => void state.run()}
    >
      Save to OneDrive
    </Button>
  );
}

/** What became of the latest save (a link to the file, or why it failed), or why saving is off. */
export function OneDriveSaveMessages({ state }: { state: OneDriveSave }) {
  const styles = useStyles();
  const { saved } = state;
  return (
    <>
      {state.offReason && (
        <Text id={OFF_REASON_ID} size={200} className={styles.off}>
          {state.offReason}
        </Text>
      )}
      {saved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Saved to your OneDrive</MessageBarTitle>
            {`“${saved.fileName}” is in ${saved.folder ? `the folder ${saved.folder}` : 'the top of your OneDrive'}. `}
            {saved.webUrl && (
              <Link href={saved.webUrl} target="_blank" rel="noopener noreferrer" inline>
                Open it in OneDrive
              </Link>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={state.dismiss} />
            }
          />
        </MessageBar>
      )}
      <ErrorBar error={state.error} title="The report could not be saved to OneDrive" onDismiss={state.dismiss} />
    </>
  );
}
