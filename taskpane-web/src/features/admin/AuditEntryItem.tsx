import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { AuditEntry } from '../../api';
import { ChangesTable } from '../../ui/ChangesTable';
import { useLinkStyles } from '../../ui/linkStyles';
import { Link } from '../../lib/router';
import { auditSentence, recordPath, sentenceText } from './auditSentence';

const useStyles = makeStyles({
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sentence: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground2 },
  body: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One audit entry: when, who, what; opens to the fields before and after, the record and the address. */
export function AuditEntryItem({
  entry,
  customLabels,
}: {
  entry: AuditEntry;
  customLabels?: ReadonlyMap<string, string>;
}) {
  const styles = useStyles();
  const links = useLinkStyles();
  const sentence = auditSentence(entry, customLabels);
  const [before, record, after] = sentence;
  const path = recordPath(entry);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <li className={styles.item}>
      <div className={styles.row}>
        <Button
          size="small"
          appearance="subtle"
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={`Details of ${entry.action}: ${sentenceText(sentence)}, ${when.format(new Date(entry.occurredAt))}`}
          onClick={() => setOpen(!open)}
        />
        <Text size={200} className={styles.meta}>
          {when.format(new Date(entry.occurredAt))}
        </Text>
        <Text className={styles.sentence}>
          {before}
          {record && ' '}
          {record && path ? (
            <Link to={path} className={links.link}>
              {record}
            </Link>
          ) : (
            record
          )}
          {after}
        </Text>
      </div>
      {open && (
        <div id={bodyId} className={styles.body}>
          <Text size={200} className={styles.code}>
            {entry.action}
            {entry.actorLabel ? ` · ${entry.actorLabel}` : ''}
          </Text>
          {entry.clientIp && <Text size={200} className={styles.meta}>{`From ${entry.clientIp}`}</Text>}
          <ChangesTable changes={entry.changes} customLabels={customLabels} />
        </div>
      )}
    </li>
  );
}
