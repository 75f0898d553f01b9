import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { AuditEntry } from '../../api';
import { ChangesTable } from '../../ui/ChangesTable';

const useStyles = makeStyles({
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  action: { fontFamily: tokens.fontFamilyMonospace },
  meta: { color: tokens.colorNeutralForeground2 },
  body: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One audit entry: when, who, what; opens to the fields before and after, the record and the address. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const styles = useStyles();
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
          aria-label={`Details of ${entry.action} at ${when.format(new Date(entry.occurredAt))}`}
          onClick={() => setOpen(!open)}
        />
        <Text size={200} className={styles.meta}>{when.format(new Date(entry.occurredAt))}</Text>
        <Text className={styles.action}>{entry.action}</Text>
        <Text size={200} className={styles.meta}>{entry.actorLabel ?? 'Steward'}</Text>
      </div>
      {open && (
        <div id={bodyId} className={styles.body}>
          {entry.entityType && <Text size={200}>{`${entry.entityType} ${entry.entityId ?? ''}`}</Text>}
          {entry.clientIp && <Text size={200} className={styles.meta}>{`From ${entry.clientIp}`}</Text>}
          <ChangesTable changes={entry.changes} />
        </div>
      )}
    </li>
  );
}
