const number = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return number.format(value);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/**
 * A calendar day ("2025-12-18", as date custom fields hold it) the way every other date is shown. It is read as that
 * day where the reader is: `new Date('2025-12-18')` is midnight UTC, the day before west of Greenwich.
 */
export function formatDay(day: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) return formatDate(day);
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

const amount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number as people read it: "1,875,000", "1,250.5". */
export function formatAmount(value: number): string {
  return amount.format(value);
}

export function titleCase(value: string): string {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value read from JSON as plain text: nothing for null, strings as they are, anything else as JSON writes it. */
export function jsonText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
