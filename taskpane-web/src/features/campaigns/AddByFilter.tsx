import { Dropdown, Field, Input, makeStyles, Option, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { CONTACT_TYPES, useApi, type ContactType, type MemberFilter, type TagCount } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatCount } from '../../ui/format';
import { useDebounced } from '../../ui/hooks';
import { TYPE_LABELS } from '../../lib/contactLabels';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  count: { minHeight: '24px' },
  dropdown: { minWidth: 0, width: '100%' },
});

export interface AddByFilterProps {
  value: MemberFilter;
  onChange: (value: MemberFilter) => void;
  /** How many contacts the filter takes (null while counting). */
  onCount: (count: number | null) => void;
}

/** Type, tag and search text; says how many contacts will be added, from the contact list's total. */
export function AddByFilter({ value, onChange, onCount }: AddByFilterProps) {
  const styles = useStyles();
  const api = useApi();
  const [tags, setTags] = useState<TagCount[]>([]);
  const [count, setCount] = useState<{ n: number; capped: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const q = useDebounced(value.q ?? '', 300);

  useEffect(() => {
    api.contacts.tags().then(setTags, setError);
  }, [api]);

  useEffect(() => {
    const controller = new AbortController();
    setCount(null);
    onCount(null);
    api.contacts
      .list({ type: value.type, tag: value.tag, q: q.trim() || undefined, page: 0, size: 1 }, controller.signal)
      .then(
        (page) => {
          setCount({ n: page.totalElements, capped: page.totalCapped });
          onCount(page.totalElements);
        },
        (failure: unknown) => !controller.signal.aborted && setError(failure),
      );
    return () => controller.abort();
  }, [api, value.type, value.tag, q, onCount]);

  return (
    <>
      <div className={styles.grid}>
        <Field label="Contact type">
          <Dropdown
            className={styles.dropdown}
            value={value.type ? TYPE_LABELS[value.type] : 'All types'}
            selectedOptions={[value.type ?? '']}
            onOptionSelect={(_, d) =>
              onChange({ ...value, type: (d.optionValue || undefined) as ContactType | undefined })
            }
          >
            <Option value="">All types</Option>
            {CONTACT_TYPES.map((type) => (
              <Option key={type} value={type}>
                {TYPE_LABELS[type]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Tag">
          <Dropdown
            className={styles.dropdown}
            value={value.tag || 'All tags'}
            selectedOptions={[value.tag ?? '']}
            onOptionSelect={(_, d) => onChange({ ...value, tag: d.optionValue || undefined })}
          >
            <Option value="">All tags</Option>
            {tags.map((tag) => (
              <Option key={tag.name} value={tag.name} text={tag.name}>{`${tag.name} (${tag.contacts})`}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Search text">
          <Input
            value={value.q ?? ''}
            placeholder="Name, company or email"
            onChange={(_, d) => onChange({ ...value, q: d.value || undefined })}
          />
        </Field>
      </div>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      <Text className={styles.count} role="status" weight="semibold">
        {count === null ? (
          <Spinner size="tiny" label="Counting matching contacts…" labelPosition="after" />
        ) : (
          `${formatCount(count.n)}${count.capped ? '+' : ''} ${count.n === 1 ? 'contact matches' : 'contacts match'}; those not yet in the campaign will be added.`
        )}
      </Text>
    </>
  );
}
