const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** A rate from the service (0.25) as "25%". */
export function formatPercent(rate: number | null | undefined): string {
  return percent.format(typeof rate === 'number' && Number.isFinite(rate) ? rate : 0);
}

/** A week keyed by its Monday (2026-03-02) as "Mar 2". */
export function formatWeek(monday: string): string {
  const date = new Date(`${monday}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? monday
    : date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** A date without a time (2026-03-01), as the firm wrote it, whatever the browser's time zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A moment from the service (an ISO instant) in the browser's time zone, as "Nov 5, 2026, 9:30 AM". */
export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A rate as a percentage, or a dash for a draft (the service sends null: drafts are never in a rate). */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : formatPercent(rate);
}
