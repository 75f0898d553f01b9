import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ImportJob } from '../../api';
import { formatCount } from '../../ui/format';

/**
 * Before a sync's commit: fields changed both in the sheet and in Steward are held back by the commit, and the user
 * picks a side for each after it. Said up front so the commit does not look like it overwrites them.
 */
export function ConflictNotice({ job }: { job: ImportJob }) {
  const count = job.conflicts?.length ?? 0;
  if (count === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{`${formatCount(count)} ${count === 1 ? 'field was' : 'fields were'} changed on both sides`}</MessageBarTitle>
        The commit leaves {count === 1 ? 'it' : 'them'} as {count === 1 ? 'it is' : 'they are'} in Steward; after it you
        pick the value to keep, field by field.
      </MessageBarBody>
    </MessageBar>
  );
}
