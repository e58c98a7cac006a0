// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createRateBars } from './rateBars';
import { container, draw, snapshotPath, svgOf } from './testing/svgSnapshot';

// Deterministic SVG snapshots of the rate bars: a measured winner, a runner-up, a row not yet
// measured and an unavailable one. A changed attribute fails the test.

afterEach(() => document.body.replaceChildren());

const options = {
  ariaLabel: 'steps per second',
  winnerMark: '← auto',
  unavailableText: 'unavailable',
  format: (x: number) => x.toFixed(1),
};

describe('rate bars', () => {
  it('draws one row per candidate, the winner marked in words, the unavailable hatched', async () => {
    const el = container();
    draw(createRateBars(el, options), [
      { label: 'Typed arrays', value: 1065, unavailable: false, winner: true },
      { label: 'WASM', value: 151, unavailable: false, winner: false },
      { label: 'WebGL (GPU)', value: null, unavailable: true, winner: false },
      { label: 'CPU (tfjs)', value: null, unavailable: false, winner: false },
    ]);
    const svg = svgOf(el);
    expect(svg).toContain('1065.0 ← auto');
    await expect(svg).toMatchFileSnapshot(snapshotPath('rateBars', 'race'));
  });

  it('moves a row from measuring to unavailable in place', () => {
    const el = container();
    const chart = createRateBars(el, options);
    chart.update([{ label: 'WebGL (GPU)', value: null, unavailable: false, winner: false }]);
    chart.update([{ label: 'WebGL (GPU)', value: null, unavailable: true, winner: false }]);
    expect(el.querySelectorAll('rect.rate-bar__bar')).toHaveLength(1);
    expect(el.querySelector('rect.rate-bar__bar')!.getAttribute('fill')).toMatch(/^url\(#/);
    expect(el.querySelector('.rate-bar__value')!.textContent).toBe('unavailable');
  });
});
