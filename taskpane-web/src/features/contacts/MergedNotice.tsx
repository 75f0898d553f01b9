import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { MergeResult } from '../../api';
import { describeMoves } from './mergeRows';

const useStyles = makeStyles({
  // The undo button below the message, not in it: a button inside a message bar spilled out of it over the facts.
  merged: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    flexShrink: 0,
  },
});

/** A merge just made into this contact: what moved here, and the button to undo it. */
export function MergedNotice({ merged, onUndo }: { merged: MergeResult; onUndo: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.merged}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          Merged. {['Moved here:', describeMoves(merged.moved).join(', ') || 'nothing besides the fields'].join(' ')}.
        </MessageBarBody>
      </MessageBar>
      <Button size="small" onClick={onUndo}>
        Undo merge
      </Button>
    </div>
  );
}
