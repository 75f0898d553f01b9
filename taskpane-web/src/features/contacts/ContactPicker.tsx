import { Combobox, Field } from '@fluentui/react-components';
import type { ContactSummary } from '../../api';
import { contactName } from '../../lib/contactLabels';
import { ContactOptions, useContactSearch } from '../../lib/contactSearch';
import { usePickCombobox } from '../../lib/usePickCombobox';

export interface ContactPickerProps {
  label: string;
  /** Left out of the choices (the contact itself). */
  excludeId?: string;
  value: ContactSummary | null;
  onChange: (contact: ContactSummary | null) => void;
  validationMessage?: string;
}

/** Finds a contact by typing part of its name, company or email. */
export function ContactPicker({ label, excludeId, value, onChange, validationMessage }: ContactPickerProps) {
  const combobox = usePickCombobox(value, onChange, contactName);
  const search = useContactSearch(combobox.text, excludeId);

  return (
    <Field label={label} required validationMessage={validationMessage ?? search.error}>
      <Combobox
        freeform
        placeholder="Type a name, company or email"
        open={combobox.open && search.q.length > 0}
        {...combobox.propsFor(search.options)}
      >
        <ContactOptions search={search} />
      </Combobox>
    </Field>
  );
}
