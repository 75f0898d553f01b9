import { Badge, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Api, CustomFieldDefinition } from '../../api';
import { useRead } from '../../lib/useRead';
import { ErrorBar } from '../../ui/ErrorBar';
import { titleCase } from '../../ui/format';
import { ChangesTable } from '../../ui/ChangesTable';
import { stackedList } from '../../ui/listStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: stackedList(tokens.spacingVerticalS),
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  interaction: { borderLeftColor: tokens.colorBrandStroke1 },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground2 },
  detail: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  changes: { fontSize: tokens.fontSizeBase200 },
});

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "contact.updated" → "Updated". */
function changeTitle(action: string): string {
  return titleCase(action.split('.').pop() ?? action);
}

const readTimeline = (api: Api, contactId: string) => api.admin.timeline(contactId);

/** The contact's interactions (emails, calls, letters, notes) and recorded changes, newest first. */
export function TimelineSection({
  contactId,
  customFields = [],
}: {
  contactId: string;
  customFields?: readonly CustomFieldDefinition[];
}) {
  const styles = useStyles();
  const customLabels = useMemo(() => new Map(customFields.map((field) => [field.key, field.label])), [customFields]);
  const { data: entries, error } = useRead(readTimeline, contactId);

  return (
    <section className={styles.root} aria-labelledby="timeline-heading">
      <h3 id="timeline-heading" className={styles.heading}>
        <Text weight="semibold" size={400}>
          Timeline
        </Text>
      </h3>
      <ErrorBar error={error} />
      {entries === null && !error && <Spinner size="tiny" label="Loading the timeline…" />}
      {entries?.length === 0 && <Text>Nothing has happened with this contact yet.</Text>}
      {entries && entries.length > 0 && (
        <ol className={styles.list} aria-label="Timeline">
          {entries.map((entry, index) => {
            const change = entry.kind === 'change';
            return (
              <li
                key={`${entry.at}-${index}`}
                className={change ? styles.item : `${styles.item} ${styles.interaction}`}
              >
                <span className={styles.head}>
                  <Badge appearance={change ? 'outline' : 'tint'} color={change ? 'informative' : 'brand'}>
                    {change ? 'Change' : titleCase(entry.kind)}
                  </Badge>
                  <Text weight="semibold">{change ? changeTitle(entry.title) : entry.title}</Text>
                  <Text size={200} className={styles.meta}>
                    {when.format(new Date(entry.at))}
                    {entry.actor ? ` · ${entry.actor}` : ''}
                  </Text>
                </span>
                {entry.context && (
                  <Text size={200} weight="semibold">
                    {entry.context}
                  </Text>
                )}
                {entry.detail && (
                  <Text size={200} className={styles.detail}>
                    {entry.detail}
                  </Text>
                )}
                {change && entry.changes && Object.keys(entry.changes).length > 0 && (
                  <div className={styles.changes}>
                    <ChangesTable changes={entry.changes} customLabels={customLabels} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
