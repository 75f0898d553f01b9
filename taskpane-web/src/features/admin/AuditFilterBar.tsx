import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { AdminUser } from '../../api';
import { titleCase } from '../../ui/format';
import { ENTITY_TYPES, type AuditFilterForm } from './auditFilters';

const useStyles = makeStyles({
  // Each field keeps its label above it at every width: one column on a phone, as many as fit elsewhere.
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
  },
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  input: { minWidth: 0, width: '100%' },
});

export interface AuditFilterBarProps {
  value: AuditFilterForm;
  users: AdminUser[];
  onChange: (value: AuditFilterForm) => void;
}

/** User, record type, action (or its prefix, such as "auth.") and a date range. */
export function AuditFilterBar({ value, users, onChange }: AuditFilterBarProps) {
  const styles = useStyles();
  const userName = users.find((u) => u.id === value.userId)?.fullName;
  return (
    <div className={styles.root}>
      <Field className={styles.field} label="User">
        <Dropdown
          className={styles.dropdown}
          value={userName ?? 'Everyone'}
          selectedOptions={[value.userId]}
          onOptionSelect={(_, d) => onChange({ ...value, userId: d.optionValue ?? '' })}
        >
          <Option value="">Everyone</Option>
          {users.map((user) => (
            <Option key={user.id} value={user.id}>
              {user.fullName}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field className={styles.field} label="Record type">
        <Dropdown
          className={styles.dropdown}
          value={value.entityType ? titleCase(value.entityType) : 'All records'}
          selectedOptions={[value.entityType]}
          onOptionSelect={(_, d) => onChange({ ...value, entityType: d.optionValue ?? '' })}
        >
          <Option value="">All records</Option>
          {ENTITY_TYPES.map((type) => (
            <Option key={type} value={type}>
              {titleCase(type)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field className={styles.field} label="Action" hint="Such as contact.updated, or auth. for all sign-ins">
        <Input
          className={styles.input}
          value={value.action}
          onChange={(_, d) => onChange({ ...value, action: d.value })}
        />
      </Field>
      <Field className={styles.field} label="From">
        <Input
          className={styles.input}
          type="date"
          value={value.from}
          onChange={(_, d) => onChange({ ...value, from: d.value })}
        />
      </Field>
      <Field className={styles.field} label="To">
        <Input
          className={styles.input}
          type="date"
          value={value.to}
          onChange={(_, d) => onChange({ ...value, to: d.value })}
        />
      </Field>
    </div>
  );
}
