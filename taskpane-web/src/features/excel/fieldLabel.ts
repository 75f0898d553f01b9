/** A contact field's API name in words: `postalCode` → "Postal code". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .replace(/\d+/g, ' $&')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A cell's value for reading: blanks are said, not left invisible. */
export const shown = (value: string | null | undefined) => (value == null || value === '' ? '(empty)' : value);
