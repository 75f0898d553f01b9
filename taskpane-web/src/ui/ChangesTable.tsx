import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { fieldLabel, formatFieldValue } from './fieldLabels';
import { jsonText } from './format';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `2px ${tokens.spacingHorizontalS}`,
      overflowWrap: 'anywhere',
    },
    '& th': { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  },
  before: { color: tokens.colorPaletteRedForeground1, textDecoration: 'line-through' },
});

/** A value of a changed field, as a person reads it. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(showValue).join(', ') || '—';
  return jsonText(value);
}

// The log leaves out a null "before" (a field that was empty), so "after" alone marks a change too.
function isChange(value: unknown): value is { before?: unknown; after: unknown } {
  return typeof value === 'object' && value !== null && 'after' in value;
}

/**
 * Changed fields with before and after; other details (a sign-in's method) as field and value. Fields by their
 * labels (custom fields by their definitions' labels in `customLabels`), values formatted.
 */
export function ChangesTable({
  changes,
  customLabels,
}: {
  changes: Record<string, unknown> | null | undefined;
  customLabels?: ReadonlyMap<string, string>;
}) {
  const styles = useStyles();
  // Empty values of a creation (no tags, no custom fields) say nothing.
  const entries = Object.entries(changes ?? {}).filter(
    ([, value]) => isChange(value) || !['—', '{}'].includes(showValue(value)),
  );
  if (entries.length === 0) return <Text size={200}>No field changes recorded.</Text>;
  const beforeAfter = entries.some(([, value]) => isChange(value));
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {beforeAfter && <th scope="col">Before</th>}
          <th scope="col">{beforeAfter ? 'After' : 'Value'}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([field, value]) => (
          <tr key={field}>
            <td>{fieldLabel(field, customLabels)}</td>
            {beforeAfter && (
              <td className={isChange(value) ? styles.before : undefined}>
                {isChange(value) ? formatFieldValue(field, value.before, customLabels) : ''}
              </td>
            )}
            <td>{formatFieldValue(field, isChange(value) ? value.after : value, customLabels)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
