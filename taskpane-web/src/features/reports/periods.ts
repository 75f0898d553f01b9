import type { Period } from '../../api';

/** The quick picks of the period report, each relative to today. */
export const QUICK_PICKS = ['last-month', 'last-quarter', 'last-year', 'this-year'] as const;
export type QuickPick = (typeof QUICK_PICKS)[number];

export const QUICK_PICK_LABELS: Record<QuickPick, string> = {
  'last-month': 'Last month',
  'last-quarter': 'Last quarter',
  'last-year': 'Last year',
  'this-year': 'This year so far',
};

/** The service accepts at most ten years (3,660 days) from `from` to `to`. */
const MAX_DAYS = 3660;
const DAY_MS = 24 * 60 * 60 * 1000;

const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

/** Today in the browser's calendar, as an ISO day. */
export function todayIso(now: Date = new Date()): string {
  return iso(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The calendar month, quarter or year before the one of `today` (an ISO day), or this year up to today. */
export function quickPeriod(pick: QuickPick, today: string): Period {
  const [year = 1970, month = 1] = today.split('-').map(Number);
  const m = month - 1;
  switch (pick) {
    case 'last-month':
      return { from: iso(year, m - 1, 1), to: iso(year, m, 0) };
    case 'last-quarter': {
      const start = Math.floor(m / 3) * 3 - 3;
      return { from: iso(year, start, 1), to: iso(year, start + 3, 0) };
    }
    case 'last-year':
      return { from: iso(year - 1, 0, 1), to: iso(year - 1, 11, 31) };
    case 'this-year':
      return { from: iso(year, 0, 1), to: today };
  }
}

/** Which quick pick a period is, if any. */
export function quickPickOf(period: Period, today: string): QuickPick | null {
  return (
    QUICK_PICKS.find((pick) => {
      const candidate = quickPeriod(pick, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}

/** What is wrong with a period, in words, or null when the service will take it. */
export function periodProblem(period: Period): string | null {
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const to = Date.parse(`${period.to}T00:00:00Z`);
  if (!period.from || Number.isNaN(from)) return 'Choose the first day of the period.';
  if (!period.to || Number.isNaN(to)) return 'Choose the last day of the period.';
  if (to < from) return 'The last day must be on or after the first day.';
  if ((to - from) / DAY_MS > MAX_DAYS) return 'A period can be at most ten years long.';
  return null;
}

/** "1 Jan 2026 – 31 Mar 2026", for headings. */
export function describePeriod(period: Period): string {
  const day = (value: string) =>
    new Date(`${value}T00:00:00Z`).toLocaleDateString(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return `${day(period.from)} – ${day(period.to)}`;
}
