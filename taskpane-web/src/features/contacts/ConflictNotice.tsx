import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { WarningFilled } from '@fluentui/react-icons';
import type { ConflictRow, OtherChange } from './conflict';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  title: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  icon: { color: tokens.colorStatusWarningForeground1, flexShrink: 0 },
  scroll: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `2px ${tokens.spacingHorizontalS}`,
      overflowWrap: 'anywhere',
    },
    '& thead th': { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  caption: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** "on Dec 5, 2026, 2:04 PM": the day and the minute of the other change. */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : `on ${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

export interface ConflictNoticeProps {
  /** Null while the stored version is being read. */
  other: OtherChange | null;
  rows: ConflictRow[];
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
}

/**
 * Someone saved the contact while this form was open: who and when, their values beside yours for every field that
 * differs, and the two ways on, inside the notice (not a message bar, whose actions can spill over the form).
 */
export function ConflictNotice({ other, rows, busy, onReload, onOverwrite }: ConflictNoticeProps) {
  const styles = useStyles();
  const who = other?.actor ?? 'Someone else';
  return (
    <section className={styles.root} role="alert" aria-labelledby="contact-conflict-title">
      <h3 className={styles.title} id="contact-conflict-title">
        <WarningFilled className={styles.icon} aria-hidden />
        {other ? `${who} changed this contact${other.at ? ` ${when(other.at)}` : ''}` : 'Changed by someone else'}
      </h3>
      <Text>Reload shows their version and drops your edits; Overwrite saves yours over theirs.</Text>
      {rows.length > 0 && (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className={styles.caption}>Their values and yours</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">{other?.actor ? `${other.actor}'s` : 'Theirs'}</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.label}</th>
                  <td>{row.theirs}</td>
                  <td>{row.yours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className={styles.actions}>
        <Button onClick={onReload} disabled={busy}>
          Reload
        </Button>
        <Button onClick={onOverwrite} disabled={busy}>
          Overwrite
        </Button>
      </div>
    </section>
  );
}
