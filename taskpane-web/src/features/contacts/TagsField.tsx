import {
  Field,
  Input,
  InteractionTag,
  InteractionTagPrimary,
  InteractionTagSecondary,
  makeStyles,
  TagGroup,
  tokens,
} from '@fluentui/react-components';
import { useState, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface TagsFieldProps {
  value: string[];
  onChange: (tags: string[]) => void;
  validationMessage?: string;
  /** The most tags a contact carries, and the longest tag name (the service's rules); unlimited when not given. */
  maxTags?: number;
  maxTagName?: number;
}

/** Tags as removable chips; Enter or a comma adds what was typed, up to `maxTags`. */
export function TagsField({ value, onChange, validationMessage, maxTags = Infinity, maxTagName }: TagsFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState('');

  const add = () => {
    if (value.length >= maxTags) return; // the draft stays, for after a tag is removed
    const names = draft
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const next = [...value];
    for (const name of names) {
      if (next.length >= maxTags) break;
      if (!next.some((tag) => tag.toLowerCase() === name.toLowerCase())) next.push(name);
    }
    onChange(next);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className={styles.root}>
      <Field
        label="Tags"
        hint={
          value.length >= maxTags
            ? `A contact carries at most ${maxTags} tags; remove one to add another.`
            : 'Press Enter or type a comma to add a tag.'
        }
        validationMessage={validationMessage}
      >
        <Input
          maxLength={maxTagName}
          value={draft}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={onKeyDown}
          onBlur={() => draft && add()}
        />
      </Field>
      {value.length > 0 && (
        <TagGroup
          aria-label="Tags of this contact"
          onDismiss={(_, data) => onChange(value.filter((tag) => tag !== data.value))}
        >
          {value.map((tag) => (
            <InteractionTag key={tag} value={tag} size="small" appearance="brand">
              <InteractionTagPrimary hasSecondaryAction>{tag}</InteractionTagPrimary>
              <InteractionTagSecondary aria-label={`Remove tag ${tag}`} />
            </InteractionTag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
