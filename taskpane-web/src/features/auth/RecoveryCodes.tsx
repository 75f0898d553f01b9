import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
    gap: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    listStyle: 'none',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The recovery codes, shown this one time only. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className={styles.root}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          Two-step sign-in is on. Keep these recovery codes somewhere safe: each one signs you in once if you lose your
          phone. They are shown only now.
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list} aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      {copied === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>Copying is blocked here; select the codes and copy them by hand.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button onClick={() => void copy()}>{copied === 'yes' ? 'Copied' : 'Copy codes'}</Button>
        <Button appearance="primary" onClick={onDone}>
          I have saved my codes
        </Button>
      </div>
    </div>
  );
}
