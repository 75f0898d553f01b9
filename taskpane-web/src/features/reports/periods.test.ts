import { describe, expect, it } from 'vitest';
import { periodProblem, quickPeriod, quickPickOf, todayIso } from './periods';

describe('report periods', () => {
  it('takes the calendar month, quarter and year before today, and this year up to today', () => {
    expect(quickPeriod('last-month', '2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(quickPeriod('last-quarter', '2026-05-20')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quickPeriod('last-year', '2026-05-20')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(quickPeriod('this-year', '2026-05-20')).toEqual({ from: '2026-01-01', to: '2026-05-20' });
  });

  it('crosses into the year before in January', () => {
    expect(quickPeriod('last-month', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(quickPeriod('last-quarter', '2026-02-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(quickPeriod('last-month', '2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('knows a quick pick again from its days', () => {
    expect(quickPickOf({ from: '2026-01-01', to: '2026-03-31' }, '2026-05-20')).toBe('last-quarter');
    expect(quickPickOf({ from: '2026-01-02', to: '2026-03-31' }, '2026-05-20')).toBeNull();
  });

  it('says in words what the service would refuse', () => {
    expect(periodProblem({ from: '2026-03-01', to: '2026-02-01' })).toBe(
      'The last day must be on or after the first day.',
    );
    expect(periodProblem({ from: '2010-01-01', to: '2026-02-01' })).toBe('A period can be at most ten years long.');
    expect(periodProblem({ from: '', to: '2026-02-01' })).toBe('Choose the first day of the period.');
    expect(periodProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeNull();
  });

  it('takes today from the local calendar', () => {
    expect(todayIso(new Date(2026, 2, 5, 23, 30))).toBe('2026-03-05');
  });
});
