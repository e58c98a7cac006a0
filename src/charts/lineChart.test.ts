// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createLineChart } from './lineChart';

describe('lineChart end labels', () => {
  it('keeps the labels of five lines ending near zero above the x axis and apart', () => {
    // AlgorithmRace's loss against time: every algorithm has learned, all losses end near 0.
    const el = document.createElement('div');
    const chart = createLineChart(el, {
      xLabel: 'training time (s)',
      yLabel: 'loss',
      ariaLabel: 'loss',
      yDomain: [0, 1],
      height: 240,
    });
    const ends = [0.01, 0.002, 0.03, 0.0, 0.015];
    chart.update(
      ends.map((end, i) => ({
        key: `s${i}`,
        label: `series ${i}`,
        points: [
          [0, 0.7],
          [10 + i, end],
        ],
      })),
    );
    // The plot area ends 40 px above the bottom (the margin for ticks and the axis title); the
    // x ticks' text sits below it. A label's baseline must stay inside the plot.
    const plotBottom = 240 - 40;
    const ys = [...el.querySelectorAll('text.line__label')].map((t) => Number(t.getAttribute('y')));
    expect(ys).toHaveLength(5);
    for (const y of ys) expect(y).toBeLessThanOrEqual(plotBottom);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++)
      expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(12);
    chart.destroy();
  });
});
