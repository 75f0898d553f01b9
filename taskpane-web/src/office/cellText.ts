/**
 * The one rule for user text written into Excel, the same as the service's `CellText`: text that starts with
 * = + - @, a tab or a carriage return would be read as a formula (OWASP, "CSV Injection"), so it is written with
 * Excel's text prefix, an apostrophe that Excel keeps out of the cell's value and shows nowhere: the cell holds the
 * text as typed, as a quote-prefixed text cell, which is also what the service writes into its workbooks.
 *
 * Writing a range's values is like typing them, so text that looks like a number or a date ("02134", "1/2") would be
 * converted too, and gets the same prefix. Numbers and booleans are written as they are: -2 stays the number -2, only
 * the text "-2" is kept as text.
 */

/** The characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'] as const;

export type CellValue = string | number | boolean;

/** Whether a spreadsheet would read this text as a formula. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && (FORMULA_STARTS as readonly string[]).includes(text.charAt(0));
}

/** Text Excel would turn into a number or a date when it is written as a value. */
function looksLikeNumberOrDate(text: string): boolean {
  return /^[\d\s.,:/]+$/.test(text) && /\d/.test(text);
}

/** A text value that Excel will keep exactly as given. */
export function asCellText(text: string | null | undefined): string {
  const value = text ?? '';
  return startsLikeFormula(value) || looksLikeNumberOrDate(value) ? `'${value}` : value;
}

/** A value for `range.values`, decided by its type: numbers and booleans as they are, text through `asCellText`. */
export function cellValue(value: CellValue | null | undefined): CellValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return asCellText(value);
}
