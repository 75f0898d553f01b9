import { Dropdown, Field, makeStyles, Option, SearchBox, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, type TagCount } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { ContactTypeDropdown } from './ContactTypeDropdown';
import type { ContactFilterState } from './useContactList';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  search: { flexGrow: 1, minWidth: '200px' },
  dropdown: { minWidth: '150px', maxWidth: '100%' },
  field: { flexGrow: 1, minWidth: '140px', maxWidth: '240px' },
});

export interface ContactFiltersProps {
  value: ContactFilterState;
  onChange: (value: ContactFilterState) => void;
}

const ANY = '';

/** Search as you type, and filters by type and tag. */
export function ContactFilters({ value, onChange }: ContactFiltersProps) {
  const styles = useStyles();
  const api = useApi();
  const [tags, setTags] = useState<TagCount[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.contacts.tags().then(
      (result) => live && setTags(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <div className={styles.root}>
      <Field label="Search" className={styles.search}>
        <SearchBox
          placeholder="Name, company, email or phone"
          value={value.q}
          onChange={(_, data) => onChange({ ...value, q: data.value })}
        />
      </Field>
      <Field label="Type" className={styles.field}>
        <ContactTypeDropdown
          className={styles.dropdown}
          value={value.type}
          anyLabel="All types"
          onChange={(type) => onChange({ ...value, type })}
        />
      </Field>
      <Field label="Tag" className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          value={value.tag || 'All tags'}
          selectedOptions={[value.tag]}
          onOptionSelect={(_, data) => onChange({ ...value, tag: data.optionValue ?? ANY })}
        >
          <Option value={ANY}>All tags</Option>
          {tags.map((tag) => (
            <Option key={tag.name} value={tag.name} text={tag.name}>
              {`${tag.name} (${tag.contacts})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ErrorBar error={error} title="Tags could not be loaded" onDismiss={() => setError(null)} />
    </div>
  );
}
