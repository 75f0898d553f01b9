import {
  Badge,
  Dropdown,
  makeStyles,
  mergeClasses,
  Option,
  OptionGroup,
  Radio,
  RadioGroup,
  SearchBox,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { IMPORT_FIELDS, type ColumnChoice, type ColumnMapping, type CustomFieldDefinition } from '../../api';
import { columnSamples } from './columnSamples';
import { FIELD_LABELS } from './labels';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.3fr) minmax(200px, 240px)',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
  },
  stacked: { gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalXS },
  unrecognised: {
    borderLeftColor: tokens.colorPaletteMarigoldBorderActive,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  headerText: { overflowWrap: 'anywhere' },
  samples: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2, fontStyle: 'italic', overflowWrap: 'anywhere', flexBasis: '100%' },
  dropdown: { minWidth: 0, width: '100%' },
  filters: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
  },
  search: { flexGrow: 1, minWidth: '160px', maxWidth: '320px' },
  shown: { color: tokens.colorNeutralForeground2 },
});

/** Above this many columns (an Outlook export has 92) the columns can be searched and filtered. */
export const FILTER_FROM_COLUMNS = 12;

const STANDARD_FIELDS = IMPORT_FIELDS.filter((field) => field !== 'customField' && field !== 'ignore');
const CUSTOM_PREFIX = 'custom:';

function optionValue(column: Pick<ColumnMapping, 'field' | 'customField'>): string {
  return column.field === 'customField' ? `${CUSTOM_PREFIX}${column.customField ?? ''}` : column.field;
}

function choiceOf(column: number, value: string): ColumnChoice {
  return value.startsWith(CUSTOM_PREFIX)
    ? { column, field: 'customField', customField: value.slice(CUSTOM_PREFIX.length) }
    : { column, field: value as ColumnChoice['field'] };
}

export interface MappingEditorProps {
  mapping: ColumnMapping[];
  /** The first data rows as read from the file. */
  sampleRows: string[][];
  customFields: CustomFieldDefinition[];
  /** Without it the mapping is read-only (viewers, jobs past their preview). */
  onChange?: (choice: ColumnChoice) => void;
  disabled?: boolean;
  stacked?: boolean;
}

/** Each column of the file: its header, its first values, and the Steward field it fills (or "ignore"). */
export function MappingEditor({ mapping, sampleRows, customFields, onChange, disabled, stacked }: MappingEditorProps) {
  const styles = useStyles();
  const label = (column: ColumnMapping) =>
    column.field === 'customField'
      ? (customFields.find((definition) => definition.key === column.customField)?.label ??
        column.customField ??
        'Custom field')
      : FIELD_LABELS[column.field];

  const [query, setQuery] = useState('');
  const [show, setShow] = useState<'all' | 'imported' | 'ignored'>('all');
  const filterable = mapping.length > FILTER_FROM_COLUMNS;
  const needle = query.trim().toLowerCase();
  const shown = mapping.filter(
    (column) =>
      (show === 'all' || (show === 'ignored') === (column.field === 'ignore')) &&
      (needle === '' || column.header.toLowerCase().includes(needle) || label(column).toLowerCase().includes(needle)),
  );

  return (
    <>
      {filterable && (
        <div className={styles.filters}>
          <SearchBox
            className={styles.search}
            size="small"
            aria-label="Find a column"
            placeholder="Find a column or field"
            value={query}
            onChange={(_, data) => setQuery(data.value)}
          />
          <RadioGroup
            layout="horizontal"
            aria-label="Show columns"
            value={show}
            onChange={(_, data) => setShow(data.value as typeof show)}
          >
            <Radio value="all" label="All" />
            <Radio value="imported" label="Imported" />
            <Radio value="ignored" label="Not imported" />
          </RadioGroup>
          <Text size={200} className={styles.shown} aria-live="polite">
            {shown.length === mapping.length
              ? `${mapping.length} columns`
              : `${shown.length} of ${mapping.length} columns`}
          </Text>
        </div>
      )}
      {shown.length === 0 && <Text className={styles.shown}>No column matches these filters.</Text>}
      <ul className={styles.list} aria-label="Column mapping">
        {shown.map((column) => {
          const unrecognised = !column.recognised && column.field === 'ignore';
          const leftOut = column.recognised && column.field === 'ignore';
          const samples = columnSamples(column.column, sampleRows);
          return (
            <li
              key={column.column}
              className={mergeClasses(
                styles.item,
                stacked && styles.stacked,
                (unrecognised || leftOut) && styles.unrecognised,
              )}
            >
              <span className={styles.header}>
                <Text weight="semibold" className={styles.headerText}>
                  {column.header}
                </Text>
                {unrecognised && (
                  <Badge appearance="tint" color="warning">
                    Not recognised
                  </Badge>
                )}
                {leftOut && (
                  <Badge appearance="tint" color="warning">
                    Left out
                  </Badge>
                )}
                {column.label && column.field !== 'ignore' && (
                  <Badge appearance="outline" color="informative">
                    {column.label}
                  </Badge>
                )}
                {column.note && (
                  <Text size={200} className={styles.note}>
                    {column.note}
                  </Text>
                )}
              </span>
              <Text size={200} className={styles.samples}>
                {[
                  column.field === 'ignore' ? 'Not imported' : null,
                  samples.length > 0 ? samples.join(' · ') : 'Empty in the first rows',
                ]
                  .filter(Boolean)
                  .join(': ')}
              </Text>
              {onChange ? (
                <Dropdown
                  className={styles.dropdown}
                  aria-label={`Field for column "${column.header}"`}
                  disabled={disabled}
                  value={label(column)}
                  selectedOptions={[optionValue(column)]}
                  onOptionSelect={(_, data) => {
                    if (data.optionValue && data.optionValue !== optionValue(column))
                      onChange(choiceOf(column.column, data.optionValue));
                  }}
                >
                  <OptionGroup label="Contact fields">
                    {STANDARD_FIELDS.map((field) => (
                      <Option key={field} value={field}>
                        {FIELD_LABELS[field]}
                      </Option>
                    ))}
                  </OptionGroup>
                  {customFields.length > 0 && (
                    <OptionGroup label="Custom fields">
                      {customFields.map((definition) => (
                        <Option key={definition.key} value={`${CUSTOM_PREFIX}${definition.key}`}>
                          {definition.label}
                        </Option>
                      ))}
                    </OptionGroup>
                  )}
                  <Option value="ignore">{FIELD_LABELS.ignore}</Option>
                </Dropdown>
              ) : (
                <Text>{label(column)}</Text>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
