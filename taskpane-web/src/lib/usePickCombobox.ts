import { useState, type ChangeEvent } from 'react';

/**
 * A freeform combobox that picks one item: typing clears the pick and opens the list (also on paste, which sends no
 * key to open it), picking fills in the item's name and closes it. Spread `propsFor(options)` on the Combobox.
 */
export function usePickCombobox<T extends { id: string }>(
  value: T | null,
  onChange: (picked: T | null) => void,
  nameOf: (item: T) => string,
) {
  const [text, setText] = useState(value ? nameOf(value) : '');
  const [open, setOpen] = useState(false);
  const propsFor = (options: readonly T[]) => ({
    value: text,
    selectedOptions: value ? [value.id] : [],
    onOpenChange: (_: unknown, data: { open: boolean }) => setOpen(data.open),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.target.value);
      setOpen(true);
      if (value) onChange(null);
    },
    onOptionSelect: (_: unknown, data: { optionValue?: string }) => {
      const picked = options.find((item) => item.id === data.optionValue) ?? null;
      onChange(picked);
      if (picked) setText(nameOf(picked));
      setOpen(false);
    },
  });
  return { text, open, propsFor };
}
