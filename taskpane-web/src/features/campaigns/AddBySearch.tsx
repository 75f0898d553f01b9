import { Combobox, Field, makeStyles, Tag, TagGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ContactSummary } from '../../api';
import { contactName } from '../../lib/contactLabels';
import { ContactOptions, useContactSearch } from '../../lib/contactSearch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface AddBySearchProps {
  picked: ContactSummary[];
  onChange: (picked: ContactSummary[]) => void;
}

/** A contact search that collects several contacts; each shows as a removable tag. */
export function AddBySearch({ picked, onChange }: AddBySearchProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const search = useContactSearch(text);
  const { q, options, error } = search;
  const [open, setOpen] = useState(false);

  const ids = picked.map((c) => c.id);
  return (
    <div className={styles.root}>
      <Field label="Find contacts" hint="Pick as many as you like." validationMessage={error}>
        <Combobox
          freeform
          multiselect
          placeholder="Type a name, company or email"
          value={text}
          selectedOptions={ids}
          open={open && q.length > 0}
          onOpenChange={(_, data) => setOpen(data.open)}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, data) => {
            const option = options.find((c) => c.id === data.optionValue);
            if (!option) return;
            onChange(ids.includes(option.id) ? picked.filter((c) => c.id !== option.id) : [...picked, option]);
          }}
        >
          <ContactOptions search={search} />
        </Combobox>
      </Field>
      {picked.length > 0 && (
        <TagGroup
          aria-label="Contacts to add"
          onDismiss={(_, data) => onChange(picked.filter((c) => c.id !== data.value))}
        >
          {picked.map((contact) => (
            <Tag
              key={contact.id}
              value={contact.id}
              dismissible
              dismissIcon={{ 'aria-label': `Remove ${contactName(contact)}` }}
              size="small"
            >
              {contactName(contact)}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
