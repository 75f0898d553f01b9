import { Checkbox, Field, Input } from '@fluentui/react-components';
import type { CustomFieldDefinition } from '../../api';
import { fieldMessage } from '../../ui/fieldMessage';

export interface CustomFieldInputsProps {
  definitions: readonly CustomFieldDefinition[];
  values: Record<string, string | boolean>;
  errors: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string | boolean>) => void;
  /** The longest text a text field takes (the service's rules); unlimited when not given. */
  maxTextLength?: number;
}

/** One input per custom field of the firm: text, number, date, or a yes/no checkbox. */
export function CustomFieldInputs({ definitions, values, errors, onChange, maxTextLength }: CustomFieldInputsProps) {
  return (
    <>
      {definitions.map((definition) => {
        const value = values[definition.key];
        const message = fieldMessage(definition.label, errors[`customFields.${definition.key}`]);
        if (definition.type === 'boolean') {
          return (
            <Field key={definition.key} validationMessage={message}>
              <Checkbox
                label={definition.label}
                checked={value === true}
                onChange={(_, data) => onChange({ ...values, [definition.key]: data.checked === true })}
              />
            </Field>
          );
        }
        return (
          <Field key={definition.key} label={definition.label} validationMessage={message}>
            <Input
              type={definition.type === 'number' ? 'number' : definition.type === 'date' ? 'date' : 'text'}
              maxLength={definition.type === 'text' ? maxTextLength : undefined}
              value={typeof value === 'string' ? value : ''}
              onChange={(_, data) => onChange({ ...values, [definition.key]: data.value })}
            />
          </Field>
        );
      })}
    </>
  );
}
