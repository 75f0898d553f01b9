import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';
import { ColumnChart, labelPositions } from './ColumnChart';

/** Gives every element the width a 360 px phone leaves a chart. */
function atWidth(width: number) {
  Element.prototype.getBoundingClientRect = function () {
    return {
      width,
      height: 200,
      top: 0,
      left: 0,
      right: width,
      bottom: 200,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    };
  };
}

const weeks = Array.from({ length: 12 }, (_, i) => ({ label: `Nov ${i + 1}`, values: [i + 1] }));

describe('charts on a phone', () => {
  it('draws columns at the width they get, so that labels keep 12 px and do not overlap', () => {
    atWidth(300);
    render(<ColumnChart title="Responses by week" seriesName="Responses" data={weeks} empty="None" />);
    const svg = screen.getByRole('img', { name: 'Responses by week' });
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 180');
    const labels = [...svg.querySelectorAll('text')].filter((text) => text.textContent?.startsWith('Nov'));
    expect(labels.every((text) => text.getAttribute('font-size') === '12')).toBe(true);
    // 12 weeks in 300 px: a 25 px slot each, so every third label (52 px of room each).
    expect(labels.map((text) => text.textContent)).toEqual(['Nov 1', 'Nov 4', 'Nov 7', 'Nov 10']);
  });

  it('never lets the first label, pushed off the edge, touch the second ("Sep 14Sep 28" at 360 px)', () => {
    atWidth(312);
    const twelveWeeks = Array.from({ length: 12 }, (_, i) => ({ label: `Sep ${i + 1}`, values: [1] }));
    render(<ColumnChart title="Twelve weeks" seriesName="Responses" data={twelveWeeks} empty="None" />);
    const svg = screen.getByRole('img', { name: 'Twelve weeks' });
    const xs = [...svg.querySelectorAll('text')]
      .filter((text) => text.textContent?.startsWith('Sep'))
      .map((text) => Number(text.getAttribute('x')));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(52);
    // A 26 px slot: every second label would do, but the first is pushed from 13 to 26 px, 39 px from the third.
    const positions = labelPositions(
      Array.from({ length: 12 }, (_, i) => i * 26 + 13),
      312,
      2,
    );
    expect([...positions.keys()]).toEqual([0, 4, 6, 8, 10]);
  });

  it('draws bars at the width they get, with labels shortened only as far as needed', () => {
    atWidth(300);
    render(
      <BarChart
        title="By channel"
        series={[{ name: 'Members', color: 'red' }]}
        data={[
          { label: 'Email newsletter for estate planning', values: [4] },
          { label: 'Letter', values: [2] },
        ]}
        empty="None"
      />,
    );
    const svg = screen.getByRole('img', { name: 'By channel' });
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 300 /);
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.every((text) => text.getAttribute('font-size') === '12')).toBe(true);
    expect(texts.map((text) => text.textContent)).toContain('Letter');
    expect(texts.find((text) => text.textContent?.startsWith('Email'))?.textContent).toBe('Email newsl…');
  });
});
