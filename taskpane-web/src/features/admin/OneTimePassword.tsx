import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Registered } from '../../api';

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
    userSelect: 'all',
    overflowWrap: 'anywhere',
  },
});

/** A password Steward chose, shown this once with a copy button; Done forgets it. */
export function OneTimePassword({ registered, onDone }: { registered: Registered; onDone: () => void }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const password = registered.oneTimePassword ?? '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{`One-time password for ${registered.user.email}`}</MessageBarTitle>
        <div>
          <code className={styles.code} data-testid="one-time-password">
            {password}
          </code>
        </div>
        It is shown only now. Give it to {registered.user.fullName} in person or by phone; they choose their own at
        first sign-in.
        {copied === 'yes' && ' Copied.'}
        {copied === 'failed' && ' Copying is not allowed here: select the password and copy it by hand.'}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<CopyRegular />} onClick={() => void copy()}>
          Copy
        </Button>
        <Button onClick={onDone}>Done</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
