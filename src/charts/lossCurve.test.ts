// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createLossCurve } from './lossCurve';

describe('lossCurve', () => {
  it('draws the reference line at its value, above the curve that falls below it', () => {
    const el = document.createElement('div');
    const chart = createLossCurve(el, { xLabel: 'step', yLabel: 'bits', width: 400, height: 200 });
    chart.update({
      points: [
        { step: 0, value: 5 },
        { step: 100, value: 2 },
      ],
      reference: { value: 5.39, label: 'untrained' },
    });
    const ref = el.querySelector('.loss-curve__reference')!;
    const path = el.querySelector('.loss-curve__line')!.getAttribute('d')!;
    const lastY = Number(/,([\d.]+)$/.exec(path)![1]);
    expect(Number(ref.getAttribute('y1'))).toBeLessThan(lastY); // SVG y grows downwards
    expect(el.querySelector('.loss-curve__reference-label')!.textContent).toBe('untrained');
    chart.destroy();
    expect(el.querySelector('svg')).toBeNull();
  });
});
