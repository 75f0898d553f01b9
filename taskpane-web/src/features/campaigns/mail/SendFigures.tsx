import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { SendProgress } from '../../../api';

const useStyles = makeStyles({
  figures: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap', margin: 0 },
  figure: { display: 'flex', flexDirection: 'column', margin: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export const members = (count: number) => `${count} ${count === 1 ? 'member' : 'members'}`;

/** Where a send stands: sent, failed, skipped and remaining, whether it is done, and the first members not sent to. */
export function SendFigures({ progress }: { progress: SendProgress }) {
  const styles = useStyles();
  const figures = [
    ['Sent', progress.sent],
    ['Failed', progress.failed],
    ['Skipped', progress.skipped],
    ['Remaining', progress.remaining],
  ] as const;
  return (
    <>
      <dl className={styles.figures} aria-label="Send progress">
        {figures.map(([label, value]) => (
          <div key={label} className={styles.figure}>
            <dt>
              <Text size={200}>{label}</Text>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text size={500} weight="semibold" aria-label={`${label}: ${value}`}>
                {value}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      {(progress.sentFromOutlook ?? 0) > 0 && (
        <Text
          size={200}
        >{`Of those sent, ${members(progress.sentFromOutlook ?? 0)} got a tracked mail written in Outlook.`}</Text>
      )}
      {progress.completedAt && progress.remaining === 0 && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>The campaign’s mail has gone out.</MessageBarBody>
        </MessageBar>
      )}
      {progress.problems.length > 0 && (
        <ul className={styles.problems} aria-label="Members not sent to">
          {progress.problems.slice(0, 10).map((p) => (
            <li key={p.contactId}>{`${p.address ?? 'No address'} — ${p.state}: ${p.reason ?? ''}`}</li>
          ))}
        </ul>
      )}
    </>
  );
}
