import { Dropdown, Option } from '@fluentui/react-components';
import { CONTACT_TYPES, type ContactType } from '../../api';
import { TYPE_LABELS } from '../../lib/contactLabels';

export interface ContactTypeDropdownProps {
  /** The chosen type; '' is the "any type" choice, offered only with `anyLabel`. */
  value: ContactType | '';
  onChange: (type: ContactType | '') => void;
  /** Offers an "any type" choice with this text first (a filter has one, a contact's form has not). */
  anyLabel?: string;
  className?: string;
}

/** The contact types to choose from: the form's Type field and the list's type filter. */
export function ContactTypeDropdown({ value, onChange, anyLabel, className }: ContactTypeDropdownProps) {
  return (
    <Dropdown
      className={className}
      value={value ? TYPE_LABELS[value] : (anyLabel ?? '')}
      selectedOptions={[value]}
      onOptionSelect={(_, data) => onChange((data.optionValue ?? '') as ContactType | '')}
    >
      {anyLabel !== undefined && <Option value="">{anyLabel}</Option>}
      {CONTACT_TYPES.map((type) => (
        <Option key={type} value={type}>
          {TYPE_LABELS[type]}
        </Option>
      ))}
    </Dropdown>
  );
}
